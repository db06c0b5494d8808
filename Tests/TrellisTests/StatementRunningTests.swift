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
}
