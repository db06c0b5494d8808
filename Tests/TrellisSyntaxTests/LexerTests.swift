import Testing
import TrellisCore
@testable import TrellisSyntax

@Suite struct LexerTests {
    private func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(text).map(\.kind).dropLast()
    }

    private func single(_ text: String) throws -> TokenKind {
        let tokens = try kinds(text)
        #expect(tokens.count == 1, "\(text) gave \(tokens)")
        return tokens.first ?? .endOfInput
    }

    private func expectLexError(_ marked: String, code: String = "UnexpectedSyntax",
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectSyntaxError(marked, code: code, sourceLocation: sourceLocation) { _ = try Lexer.tokenize($0) }
    }

    // MARK: - Positions

    @Test func positionsCountLinesColumnsAndBytes() throws {
        let tokens = try Lexer.tokenize("MATCH (n)\n  RETURN n")
        let starts = tokens.map { [$0.range.start.line, $0.range.start.column, $0.range.start.offset] }
        #expect(starts == [[1, 1, 0], [1, 7, 6], [1, 8, 7], [1, 9, 8], [2, 3, 12], [2, 10, 19], [2, 11, 20]])
        #expect(tokens[0].range.end == SourceLocation(line: 1, column: 6, offset: 5))
        #expect(tokens.last?.kind == .endOfInput)
    }

    @Test func columnsCountScalarsAndOffsetsCountBytes() throws {
        let text = "RETURN 'é😀' AS ñ,\r\n\tx"
        let tokens = try Lexer.tokenize(text)
        // 'é😀' is 4 scalars wide but 1 + 2 + 4 + 1 = 8 bytes long.
        #expect(tokens[1].range.start == SourceLocation(line: 1, column: 8, offset: 7))
        #expect(tokens[1].range.end == SourceLocation(line: 1, column: 12, offset: 15))
        #expect(tokens[2].range.start == SourceLocation(line: 1, column: 13, offset: 16))
        #expect(tokens[3].kind == .identifier("ñ"))
        #expect(tokens[3].range.start == SourceLocation(line: 1, column: 16, offset: 19))
        #expect(tokens[3].range.end.offset == 21)
        #expect(tokens[5].range.start == SourceLocation(line: 2, column: 2, offset: 25))
        #expect(tokens[3].text(in: text) == "ñ")
        #expect(tokens[1].text(in: text) == "'é😀'")
    }

    @Test func emptyTextIsJustTheEnd() throws {
        let tokens = try Lexer.tokenize("  \n ")
        #expect(tokens.count == 1)
        #expect(tokens[0].kind == .endOfInput)
        #expect(tokens[0].range.start == SourceLocation(line: 2, column: 2, offset: 4))
    }

    // MARK: - Words

    @Test func keywordsAreCaseInsensitive() throws {
        #expect(try kinds("match Match MATCH mAtCh") == Array(repeating: .keyword(.match), count: 4))
        #expect(try single("shortestpath") == .keyword(.shortestPath))
        #expect(Keyword(caseInsensitive: "Return") == .return)
        #expect(Keyword(caseInsensitive: "nope") == nil)
        #expect(Keyword.match.isReserved && !Keyword.count.isReserved)
        #expect(Keyword.allSpellings.contains("UNWIND"))
    }

    @Test func identifiers() throws {
        #expect(try single("_name1") == .identifier("_name1"))
        #expect(try single("ñandú") == .identifier("ñandú"))
        #expect(try single("名前") == .identifier("名前"))
        #expect(try single("matches") == .identifier("matches"))
        #expect(try kinds("a1 b") == [.identifier("a1"), .identifier("b")])
    }

    @Test func quotedIdentifiers() throws {
        #expect(try single("`a b`") == .quotedIdentifier("a b"))
        #expect(try single("`x``y`") == .quotedIdentifier("x`y"))
        #expect(try single("`MATCH`") == .quotedIdentifier("MATCH"))
        expectLexError("RETURN 1️⃣`abc")
    }

    @Test func parameters() throws {
        #expect(try single("$name") == .parameter("name"))
        #expect(try single("$0") == .parameter("0"))
        #expect(try single("$`a b`") == .parameter("a b"))
        expectLexError("RETURN 1️⃣$ x")
    }

    // MARK: - Numbers

    @Test func integers() throws {
        #expect(try single("0") == .integer(0))
        #expect(try single("42") == .integer(42))
        #expect(try single("0x1F") == .integer(31))
        #expect(try single("0xff") == .integer(255))
        #expect(try single("0o17") == .integer(15))
        #expect(try single("9223372036854775808") == .integer(9_223_372_036_854_775_808))
        #expect(try single("18446744073709551616") == .integer(nil))
        #expect(try kinds("1..3") == [.integer(1), .punctuation(.dotDot), .integer(3)])
        #expect(try kinds("1.x") == [.integer(1), .punctuation(.dot), .identifier("x")])
    }

    @Test func floats() throws {
        #expect(try single("1.5") == .float(1.5))
        #expect(try single(".5") == .float(0.5))
        #expect(try single("1e10") == .float(1e10))
        #expect(try single("1.5E-3") == .float(1.5e-3))
        #expect(try single("2e+2") == .float(200))
        #expect(try single("0.0") == .float(0))
        #expect(try single("1.7976931348623157e308") == .float(.greatestFiniteMagnitude))
    }

    @Test func malformedNumbers() {
        expectLexError("RETURN 1️⃣0x", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣0xZ", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣0x1A2b3j4D5E6f7 AS literal", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣0o19", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣1e", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣1.5e-", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣09", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣017", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣123abc", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣0X1F", code: "InvalidNumberLiteral")
        expectLexError("RETURN 1️⃣1.34E999", code: "FloatingPointOverflow")
    }

    // MARK: - Strings

    @Test func strings() throws {
        #expect(try single("'text'") == .string("text"))
        #expect(try single("\"text\"") == .string("text"))
        #expect(try single("''") == .string(""))
        #expect(try single("'say \"hi\"'") == .string("say \"hi\""))
        #expect(try single("'line\nbreak'") == .string("line\nbreak"))
        #expect(try single("'🧐🍌'") == .string("🧐🍌"))
    }

    @Test func escapes() throws {
        #expect(try single(#"'\\ \' \" \n \t \r \b \f'"#) == .string("\\ ' \" \n \t \r \u{8} \u{C}"))
        #expect(try single(#"'\u01FF'"#) == .string("ǿ"))
        #expect(try single(#"'\u00e9t\u00E9'"#) == .string("été"))
        #expect(try single(#"'\U0001F600'"#) == .string("😀"))
        #expect(try single(#"'\uD83D\uDE00'"#) == .string("😀"))
        #expect(try single(#""\"""#) == .string("\""))
    }

    @Test func badEscapes() {
        expectLexError(#"RETURN 'a1️⃣\u12'"#, code: "InvalidUnicodeLiteral")
        expectLexError(#"RETURN 'a1️⃣\uZZZZ'"#, code: "InvalidUnicodeLiteral")
        expectLexError(#"RETURN '1️⃣\uD800'"#, code: "InvalidUnicodeLiteral")
        expectLexError(#"RETURN '1️⃣\U00110000'"#, code: "InvalidUnicodeLiteral")
        expectLexError(#"RETURN 'a1️⃣\q'"#)
    }

    @Test func unterminatedStringPointsAtItsStart() {
        expectLexError("RETURN 1,\n  1️⃣'abc\ndef")
        expectLexError("RETURN 1️⃣\"abc\\\"")
    }

    // MARK: - Comments and operators

    @Test func commentsAreSkipped() throws {
        #expect(try kinds("1 // two\n3 /* four\n */ 5") == [.integer(1), .integer(3), .integer(5)])
        #expect(try kinds("1/*x*/2") == [.integer(1), .integer(2)])
        #expect(try kinds("a\u{A0}b") == [.identifier("a"), .identifier("b")])
    }

    @Test func commentsOnRequest() throws {
        let text = "1 // two\n/* three */"
        let tokens = try Lexer.tokenize(text, includeComments: true)
        #expect(tokens.map(\.kind) == [.integer(1), .comment, .comment, .endOfInput])
        #expect(tokens[1].text(in: text) == "// two")
        #expect(tokens[2].range.start == SourceLocation(line: 2, column: 1, offset: 9))
    }

    @Test func unterminatedCommentPointsAtItsStart() {
        expectLexError("RETURN 1 1️⃣/* never closed")
    }

    @Test func everyOperator() throws {
        for mark in Punctuation.allCases {
            #expect(try single(mark.rawValue) == .punctuation(mark), "\(mark.rawValue)")
        }
        #expect(try kinds("-->") == [.punctuation(.minus), .punctuation(.arrowRight)])
        #expect(try kinds("<--") == [.punctuation(.less), .punctuation(.minus), .punctuation(.minus)])
        #expect(try kinds("<-->") == [.punctuation(.less), .punctuation(.minus), .punctuation(.arrowRight)])
        #expect(try kinds("x<-1") == [.identifier("x"), .punctuation(.less), .punctuation(.minus), .integer(1)])
        #expect(try kinds("a=~b") == [.identifier("a"), .punctuation(.regexMatch), .identifier("b")])
    }

    @Test func unexpectedCharacters() {
        expectLexError("RETURN 9223372 1️⃣#54775808")
        expectLexError("RETURN 1️⃣!x")
        expectLexError("RETURN 'ok', 1️⃣§")
    }

    @Test func tokenizingIncompleteTextKeepsTheTokensBeforeTheError() {
        let (tokens, error) = Lexer.tokenizeUpToError("MATCH (n) WHERE n.name = 'unfinished")
        #expect(tokens.map(\.kind) == [
            .keyword(.match), .punctuation(.leftParen), .identifier("n"), .punctuation(.rightParen), .keyword(.where),
            .identifier("n"), .punctuation(.dot), .identifier("name"), .punctuation(.equal), .endOfInput,
        ])
        #expect(tokens.last?.range.start.offset == 25)
        #expect(error?.range?.start.offset == 25)
        let (complete, noError) = Lexer.tokenizeUpToError("RETURN 1 // fine")
        #expect(complete.count == 4 && noError == nil)
    }
}
