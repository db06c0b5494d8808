import Foundation
import Testing

/// The shell as people use it: the real `trellis` program in a pseudo-terminal, typed at with
/// keys, checked by what its screen shows. It starts on the small graph of ``ShellFixture``.
@Suite("Interactive shell in a terminal", .enabled(if: TrellisProgram.executable != nil || programsAreRequired, "trellis has not been built"))
struct InteractiveShellTests {
    static let prompt = "trellis> "

    /// Starts the shell on the fixture graph and waits for its first prompt.
    private func startShell(home: URL? = nil) throws -> (TerminalSession, URL) {
        let home = try home ?? TrellisProgram.makeHomeFolder()
        let session = try TrellisProgram.startShell(home: home)
        try session.waitForCursorLine(Self.prompt)
        return (session, home)
    }

    @Test func aQueryTypedOnTwoLinesRuns() throws {
        let (session, _) = try startShell()
        session.type("MATCH (s:School)\r")
        try session.waitForCursorLine("   ...> ")
        session.type("RETURN count(s) AS schools;\r")
        let screen = try session.waitForText("(1 row)")
        #expect(screen.contains("trellis> MATCH (s:School)\n   ...> RETURN count(s) AS schools;"))
        #expect(screen.contains("│ schools │\n├─────────┤\n│       5 │"))
        try session.waitForCursorLine(Self.prompt)
    }

    @Test func tabCompletesALabelAndASchoolName() throws {
        let (session, _) = try startShell()
        session.type("MATCH (s:Sch")
        session.press(.tab)
        try session.waitForCursorLine(Self.prompt + "MATCH (s:School")
        session.type(" {name: 'Padn")
        session.press(.tab)
        // Two schools start so: Tab fills in what they share.
        try session.waitForCursorLine(Self.prompt + "MATCH (s:School {name: 'Padnell")
        session.type("J")
        session.press(.tab)
        try session.waitForCursorLine(Self.prompt + "MATCH (s:School {name: 'Padnell Junior School'")
        session.type("}) RETURN s.urn AS urn;\r")
        let screen = try session.waitForText("(1 row)")
        #expect(screen.contains("900101"))
    }

    @Test func tabListsTheChoicesWhenTheyAgreeNoFurther() throws {
        let (session, _) = try startShell()
        session.type("MATCH (s:School {name: 'Padnell ")
        session.press(.tab)
        let line = Self.prompt + "MATCH (s:School {name: 'Padnell "
        let screen = try session.waitUntil("the choices, then the line again") { screen in
            screen.text.contains("Padnell Infant School  Padnell Junior School\n" + line.withoutTrailingSpaces)
                && screen.cursorColumn == line.count
        }
        #expect(screen.hasSuffix(line.withoutTrailingSpaces))
    }

    @Test func upArrowRecallsAStatementFromTheLastSession() throws {
        let (first, home) = try startShell()
        first.type("RETURN 'kept for later' AS note;\r")
        try first.waitForText("(1 row)")
        try first.waitForCursorLine(Self.prompt)
        first.press(.controlD)
        #expect(first.waitForExit() == 0)

        let (second, _) = try startShell(home: home)
        second.press(.up)
        try second.waitForCursorLine(Self.prompt + "RETURN 'kept for later' AS note;")
        second.press(.enter)
        let screen = try second.waitForText("(1 row)")
        #expect(screen.contains("kept for later"))
    }

    @Test func controlCCancelsARunningQueryAndTheGraphIsAsBefore() throws {
        let (session, _) = try startShell()
        // A write (a node for each row of a four-way cross product of every node), then a read that
        // would take practically forever (a three-way cross product of every node, the new ones
        // included), counted as it goes so that it holds no rows: cancelling it must undo the write.
        // The write alone once finished before the first Ctrl-C.
        session.type("MATCH (a), (b), (c), (d) CREATE (:Scratch) WITH count(*) AS made MATCH (x), (y), (z) RETURN made, count(*);\r")
        // Once Enter has been taken, the cursor is on the line below the statement.
        try session.waitUntil("the statement to be entered") { screen in
            screen.text.contains("RETURN made, count(*);") && screen.cursorLine.isEmpty
        }
        // Ctrl-C once a second until the cancellation shows (the first may come before the statement starts).
        let clock = ContinuousClock()
        var lastPress = clock.now - .seconds(1)
        try session.waitUntil("the statement to be cancelled", timeout: .seconds(20)) { screen in
            if screen.text.contains("Cancelled") { return true }
            if lastPress.duration(to: clock.now) >= .seconds(1) {
                session.press(.controlC)
                lastPress = clock.now
            }
            return false
        }
        try session.waitForCursorLine(Self.prompt)
        session.type("MATCH (n:Scratch) RETURN count(n) AS scratch;\r")
        let screen = try session.waitForText("(1 row)")
        #expect(screen.contains("Cancelled: the statement was stopped"))
        #expect(screen.contains("│       0 │") || screen.contains("|       0 |"))
    }

    @Test func controlCAtThePromptClearsTheLine() throws {
        let (session, _) = try startShell()
        session.type("MATCH (n:Sch")
        try session.waitForCursorLine(Self.prompt + "MATCH (n:Sch")
        session.press(.controlC)
        try session.waitForText("MATCH (n:Sch^C")
        try session.waitForCursorLine(Self.prompt)
        session.type("RETURN 1 AS one;\r")
        let screen = try session.waitForText("(1 row)")
        #expect(!screen.contains("error"))
    }

    @Test func controlDOnAnEmptyLineLeaves() throws {
        let (session, _) = try startShell()
        session.press(.controlD)
        #expect(session.waitForExit() == 0)
    }

    @Test func errorsPointAtWhatWasTypedAndTheShellCarriesOn() throws {
        let (session, _) = try startShell()
        session.type("MATCH (s:School) RETURN s.name, count(r);\r")
        let screen = try session.waitForText("^")
        #expect(screen.contains("error: variable 'r' is not defined"))
        #expect(screen.contains("MATCH (s:School) RETURN s.name, count(r);\n" + String(repeating: " ", count: 38) + "^"))
        try session.waitForCursorLine(Self.prompt)
        session.type(":quit\r")
        #expect(session.waitForExit() == 0)
    }
}
