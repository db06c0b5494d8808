import Testing
import Trellis

@Suite("Statement splitting")
struct StatementSplitterTests {
    @Test func splitsAtTopLevelSemicolons() {
        let split = StatementSplitter.split("CREATE (a);\nMATCH (n) RETURN n;\n")
        #expect(split.statements.map(\.text) == ["CREATE (a)", "MATCH (n) RETURN n"])
        #expect(split.statements.allSatisfy { $0.isTerminated })
        #expect(split.unterminatedStatement == nil)
        #expect(!split.endsInsideLiteral)
    }

    @Test func semicolonsInsideStringsNamesAndCommentsDoNotSplit() {
        let script = """
            RETURN 'a;b', "c;d", 'it\\'s;', "q\\";";
            MATCH (`odd;name`) RETURN `x``;y`; // a comment; still a comment
            /* block; comment */ RETURN 1
            """
        let split = StatementSplitter.split(script)
        #expect(split.statements.map(\.text) == [
            #"RETURN 'a;b', "c;d", 'it\'s;', "q\";""#,
            "MATCH (`odd;name`) RETURN `x``;y`",
            "// a comment; still a comment\n/* block; comment */ RETURN 1",
        ])
        #expect(split.statements.map(\.isTerminated) == [true, true, false])
        #expect(split.unterminatedStatement?.text == "// a comment; still a comment\n/* block; comment */ RETURN 1")
    }

    @Test func skipsEmptyAndCommentOnlyStatements() {
        let split = StatementSplitter.split(";; // nothing\n ; /* none */ ;\n  ")
        #expect(split.statements.isEmpty)
    }

    @Test func keepsLineColumnAndOffsetOfEachStatement() {
        let script = "CREATE (a); CREATE (b);\n\n  MATCH (n)\n  RETURN n"
        let split = StatementSplitter.split(script)
        #expect(split.statements.count == 3)
        #expect(split.statements[0].range.start == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(split.statements[0].range.end == SourceLocation(line: 1, column: 11, offset: 10))
        #expect(split.statements[1].range.start == SourceLocation(line: 1, column: 13, offset: 12))
        #expect(split.statements[2].range.start == SourceLocation(line: 3, column: 3, offset: 27))
        #expect(split.statements[2].text == "MATCH (n)\n  RETURN n")
        #expect(split.end == SourceLocation(line: 4, column: 11, offset: script.utf8.count))
    }

    @Test func columnsCountUnicodeScalars() {
        let split = StatementSplitter.split("RETURN 'é'; RETURN 2")
        #expect(split.statements[1].range.start == SourceLocation(line: 1, column: 13, offset: 13))
    }

    @Test func relocatesErrorsIntoTheScript() {
        let script = "CREATE (a);\nRETURN 1; RETURN x,\n  y"
        let statement = StatementSplitter.split(script).statements[2]
        #expect(statement.text == "RETURN x,\n  y")
        // 'x' at 1:8 of the statement, 'y' at 2:3.
        let x = SourceRange(start: SourceLocation(line: 1, column: 8, offset: 7), end: SourceLocation(line: 1, column: 9, offset: 8))
        let moved = statement.relocating(TrellisError.compile("UndefinedVariable", "x", at: x))
        #expect(moved.range?.start == SourceLocation(line: 2, column: 18, offset: 29))
        #expect(moved.range?.end == SourceLocation(line: 2, column: 19, offset: 30))
        #expect(statement.scriptLocation(for: SourceLocation(line: 2, column: 3, offset: 12)) ==
            SourceLocation(line: 3, column: 3, offset: 34))
        let unplaced = TrellisError(.arithmeticError, "DivisionByZero", "division by zero")
        #expect(statement.relocating(unplaced) == unplaced)
    }

    @Test func relocatedErrorsRenderAgainstTheWholeScript() {
        let script = "CREATE (a);\nRETURN 1; RETURN x"
        let statement = StatementSplitter.split(script).statements[2]
        let x = SourceRange(start: SourceLocation(line: 1, column: 8, offset: 7), end: SourceLocation(line: 1, column: 9, offset: 8))
        let error = statement.relocating(TrellisError.compile("UndefinedVariable", "undefined variable 'x'", at: x))
        #expect(DiagnosticRenderer(sourceName: "s.cypher", source: script).render(error) == """
            s.cypher:2:18: error: undefined variable 'x' [SyntaxError.UndefinedVariable]
            RETURN 1; RETURN x
                             ^

            """)
    }

    @Test func reportsOpenLiteralsAtTheEnd() {
        #expect(StatementSplitter.split("RETURN 'abc").endsInsideLiteral)
        #expect(StatementSplitter.split("RETURN `abc").endsInsideLiteral)
        #expect(StatementSplitter.split("RETURN 1 /* open").endsInsideLiteral)
        #expect(!StatementSplitter.split("RETURN 1 // line comment").endsInsideLiteral)
        #expect(StatementSplitter.split("RETURN 'a\\'").endsInsideLiteral)
    }

    @Test func continuesFromARemainder() {
        let first = StatementSplitter.split("CREATE (a); MATCH (n)\n")
        #expect(first.terminatedStatements.map(\.text) == ["CREATE (a)"])
        #expect(first.remainder == " MATCH (n)\n")
        #expect(first.remainderStart == SourceLocation(line: 1, column: 12, offset: 11))
        let second = StatementSplitter.split(first.remainder + "RETURN n;\n", startingAt: first.remainderStart)
        #expect(second.statements.map(\.text) == ["MATCH (n)\nRETURN n"])
        #expect(second.statements[0].range.start == SourceLocation(line: 1, column: 13, offset: 12))
        #expect(second.remainderStart == SourceLocation(line: 2, column: 10, offset: 31))
    }
}
