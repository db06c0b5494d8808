import Foundation
import Testing

/// Without a terminal on both sides, `trellis` reads statements like `trellis run`: no banner,
/// no prompts, no colour.
@Suite("Non-interactive use", .enabled(if: TrellisProgram.executable != nil || programsAreRequired, "trellis has not been built"))
struct NonInteractiveTests {
    @Test func pipedStatementsRunWithoutPrompts() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(TrellisProgram.executable))
        let home = try TrellisProgram.makeHomeFolder()
        process.arguments = ["--init", try ShellFixture.writeScript(in: home)]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("MATCH (s:School) RETURN count(s) AS schools;\nRETURN x;\n".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let reported = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(printed == "+---------+\n| schools |\n+---------+\n|       5 |\n+---------+\n(1 row)\n")
        #expect(reported.hasPrefix("<stdin>:2:8: error: variable 'x' is not defined"))
        #expect(!reported.contains("\u{1B}["))
        #expect(process.terminationStatus == 1)
    }

    @Test func typingWithOutputToAFileShowsNoPrompts() throws {
        let home = try TrellisProgram.makeHomeFolder()
        let results = home.appendingPathComponent("results.txt")
        let executable = try #require(TrellisProgram.executable)
        let session = try TerminalSession(
            executable: "/bin/sh",
            arguments: ["-c", "exec '\(executable)' --init '\(try ShellFixture.writeScript(in: home))' > '\(results.path)'"],
            environment: TrellisProgram.environment(home: home))
        session.type("RETURN 'to the file' AS destination;\r")
        session.press(.controlD)
        #expect(session.waitForExit() == 0)
        let written = try String(contentsOf: results, encoding: .utf8)
        #expect(written == """
            +-------------+
            | destination |
            +-------------+
            | to the file |
            +-------------+
            (1 row)

            """)
        #expect(!session.screen.text.contains("trellis>"))
    }
}
