import Testing
import Trellis

@Suite("Diagnostics")
struct DiagnosticRendererTests {
    /// A range on one line, from 1-based columns counted in Unicode scalars.
    static func range(in source: String, line: Int, column: Int, length: Int) -> SourceRange {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lineOffset = lines[..<(line - 1)].reduce(0) { $0 + $1.utf8.count + 1 }
        let scalars = Array(lines[line - 1].unicodeScalars)
        func offset(_ column: Int) -> Int {
            lineOffset + scalars[..<min(column - 1, scalars.count)].reduce(0) { $0 + String($1).utf8.count }
        }
        return SourceRange(start: SourceLocation(line: line, column: column, offset: offset(column)),
                           end: SourceLocation(line: line, column: column + length, offset: offset(column + length)))
    }

    @Test func caretUnderTheOffendingToken() {
        let source = "MATCH (s:School)\nWITH s\nRETURN x.name\n"
        let error = TrellisError.compile("UndefinedVariable", "undefined variable 'x'",
                                         at: Self.range(in: source, line: 3, column: 8, length: 1))
        #expect(DiagnosticRenderer(sourceName: "report.cypher", source: source).render(error) == """
            report.cypher:3:8: error: undefined variable 'x' [SyntaxError.UndefinedVariable]
            RETURN x.name
                   ^

            """)
    }

    @Test func caretSpansTheRange() {
        let source = "RETURN 1 + 'a'"
        let error = TrellisError.type("InvalidArgumentType", "cannot add", at: Self.range(in: source, line: 1, column: 8, length: 7))
        #expect(DiagnosticRenderer(sourceName: "<command>", source: source).render(error) == """
            <command>:1:8: error: cannot add [TypeError.InvalidArgumentType]
            RETURN 1 + 'a'
                   ^^^^^^^

            """)
    }

    @Test func multiByteCharactersBeforeTheToken() {
        let source = "MATCH (s {name: 'Zürich — 日本'}) RETURN y"
        let error = TrellisError.compile("UndefinedVariable", "undefined variable 'y'",
                                         at: Self.range(in: source, line: 1, column: 40, length: 1))
        let text = DiagnosticRenderer(sourceName: "<stdin>", source: source).render(error)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "<stdin>:1:40: error: undefined variable 'y' [SyntaxError.UndefinedVariable]")
        #expect(lines[1] == source)
        // 'y' is preceded by 39 scalars, two of them double-width: 41 columns.
        #expect(lines[2] == String(repeating: " ", count: 41) + "^")
    }

    @Test func tabsAreExpandedInBothLines() {
        let source = "MATCH (n)\n\tRETURN\tm"
        let error = TrellisError.compile("UndefinedVariable", "undefined variable 'm'",
                                         at: Self.range(in: source, line: 2, column: 9, length: 1))
        #expect(DiagnosticRenderer(sourceName: "t.cypher", source: source).render(error) == """
            t.cypher:2:9: error: undefined variable 'm' [SyntaxError.UndefinedVariable]
                RETURN  m
                        ^

            """)
    }

    @Test func rangeOverSeveralLinesMarksTheFirstLineToItsEnd() {
        let source = "RETURN [1,\n 2"
        var range = Self.range(in: source, line: 1, column: 8, length: 1)
        range.end = SourceLocation(line: 2, column: 3, offset: source.utf8.count)
        let error = TrellisError.syntax("InvalidSyntax", "unclosed list", at: range)
        #expect(DiagnosticRenderer(sourceName: "<stdin>", source: source).render(error) == """
            <stdin>:1:8: error: unclosed list [SyntaxError.InvalidSyntax]
            RETURN [1,
                   ^^^

            """)
    }

    @Test func emptyRangeAndEndOfInputGetOneCaret() {
        let source = "RETURN 1 +"
        let end = SourceLocation(line: 1, column: 11, offset: 10)
        let error = TrellisError.syntax("UnexpectedEnd", "unexpected end of input", at: SourceRange(at: end))
        #expect(DiagnosticRenderer(sourceName: "<command>", source: source).render(error) == """
            <command>:1:11: error: unexpected end of input [SyntaxError.UnexpectedEnd]
            RETURN 1 +
                      ^

            """)
    }

    @Test func fallsBackOnLineAndColumnWhenOffsetsDisagree() {
        let source = "MATCH (n)\r\nRETURN é, q"
        // Offsets missing (0) but line and column right: column 11 is 'q'.
        let range = SourceRange(start: SourceLocation(line: 2, column: 11, offset: 0),
                                end: SourceLocation(line: 2, column: 12, offset: 0))
        let error = TrellisError.compile("UndefinedVariable", "undefined variable 'q'", at: range)
        #expect(DiagnosticRenderer(sourceName: "<stdin>", source: source).render(error) == """
            <stdin>:2:11: error: undefined variable 'q' [SyntaxError.UndefinedVariable]
            RETURN é, q
                      ^

            """)
    }

    @Test func errorsWithoutRangeNameOnlyTheFile() {
        let error = TrellisError(.arithmeticError, "DivisionByZero", "division by zero")
        #expect(DiagnosticRenderer(sourceName: "report.cypher", source: "RETURN 1/0").render(error) ==
            "report.cypher: error: division by zero [ArithmeticError.DivisionByZero]\n")
        let plain = TrellisError(.internalError, "", "oops")
        #expect(DiagnosticRenderer(sourceName: "<command>", source: "").render(plain) == "<command>: error: oops [InternalError]\n")
    }

    @Test func rangesOutsideTheTextShowNoSnippet() {
        let range = SourceRange(at: SourceLocation(line: 9, column: 1, offset: 500))
        let error = TrellisError.syntax("InvalidSyntax", "bad", at: range)
        #expect(DiagnosticRenderer(sourceName: "a", source: "RETURN 1").render(error) == "a:9:1: error: bad [SyntaxError.InvalidSyntax]\n")
    }
}
