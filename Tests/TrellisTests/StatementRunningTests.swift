import Testing
import Trellis
@testable import TrellisCLI

/// How the command line feeds statements to the database. Every statement here is invalid,
/// so each one produces exactly one diagnostic, whatever the engine can run.
@Suite("Running statements")
struct StatementRunningTests {
    let output = CapturedOutput()
    let errors = CapturedOutput()

    func makeRunner() -> ScriptRunner {
        ScriptRunner(database: Database(), printer: ResultPrinter(format: .table, output: output),
                     reporter: ErrorReporter(output: errors))
    }

    static func lines(_ lines: [String]) -> () -> String? {
        var remaining = lines[...]
        return { remaining.popFirst() }
    }

    @Test func scriptsStopAtTheFirstError() {
        let source = ScriptSource(name: "bad.cypher", text: "NOT VALID 1;\nNOT VALID 2;\nNOT VALID 3")
        #expect(!makeRunner().run(source))
        #expect(errors.diagnostics(for: "bad.cypher").count == 1)
    }

    @Test func scriptsCanContinueAfterErrors() {
        let source = ScriptSource(name: "bad.cypher", text: "NOT VALID 1;\nNOT VALID 2;\n// done\nNOT VALID 3")
        #expect(!makeRunner().run(source, continueOnError: true))
        #expect(errors.diagnostics(for: "bad.cypher").count == 3)
    }

    @Test func streamedInputStopsAtTheFirstError() {
        let streaming = StreamingScriptRunner(runner: makeRunner())
        #expect(!streaming.run(readingLinesFrom: Self.lines(["NOT VALID 1;\n", "NOT VALID 2;\n", "NOT VALID 3"])))
        #expect(errors.diagnostics(for: "<stdin>").count == 1)
    }

    @Test func streamedInputRunsEveryStatementIncludingAnUnterminatedLastOne() {
        let streaming = StreamingScriptRunner(runner: makeRunner(), continueOnError: true)
        let input = ["NOT VALID 1; NOT\n", "VALID 2 ';'\n", "; /* ; */\n", "NOT VALID 3"]
        #expect(!streaming.run(readingLinesFrom: Self.lines(input)))
        #expect(errors.diagnostics(for: "<stdin>").count == 3)
    }

    @Test func emptyInputSucceeds() {
        let streaming = StreamingScriptRunner(runner: makeRunner())
        #expect(streaming.run(readingLinesFrom: Self.lines(["\n", "// nothing\n", ";\n"])))
        #expect(errors.text.isEmpty)
    }

    @Test func shellEndsStatementsAtSemicolonsAndEmptyLines() {
        let input = [
            "NOT VALID 1; NOT",  // runs one statement, keeps " NOT"
            " VALID 2;",         // runs "NOT\n VALID 2"
            "NOT VALID 3",
            "",                  // an empty line ends the statement
            "",
            ":help",
            "NOT VALID 4 'a;",   // the ';' is inside a string
            "b';",
            ":quit",
            "NOT VALID 5;",      // never read
        ]
        SimpleShell(runner: makeRunner()).run(readingLinesFrom: Self.lines(input))
        #expect(errors.diagnostics(for: "<stdin>").count == 4)
        #expect(output.text.components(separatedBy: SimpleShell.prompt).count - 1 == 6)
        #expect(output.text.components(separatedBy: SimpleShell.continuationPrompt).count - 1 == 3)
        #expect(output.text.contains(":quit"))
    }

    @Test func shellLeavesAtEndOfInputAndReportsUnknownCommands() {
        SimpleShell(runner: makeRunner()).run(readingLinesFrom: Self.lines([":frobnicate"]))
        #expect(errors.text == "error: unknown command :frobnicate; type :help for help\n")
        #expect(output.text.hasSuffix(SimpleShell.prompt + "\n"))
    }
}
