import TrellisCore

/// Splits query text into tokens with exact source positions.
///
/// The lexer works on the UTF-8 bytes of the text in one pass. Every token's
/// range gives 1-based line and column (counted in Unicode scalars) and the
/// 0-based UTF-8 byte offset. The last token is always ``TokenKind/endOfInput``.
public struct Lexer: Sendable {
    let bytes: [UInt8]
    let includeComments: Bool
    private var position = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []

    /// A lexer over `text`; with `includeComments`, comments become ``TokenKind/comment`` tokens.
    public init(_ text: String, includeComments: Bool = false) {
        self.init(bytes: Array(text.utf8), includeComments: includeComments)
    }

    init(bytes: [UInt8], includeComments: Bool = false) {
        self.bytes = bytes
        self.includeComments = includeComments
    }

    /// The tokens of `text`, ending with ``TokenKind/endOfInput``.
    ///
    /// - Throws: a ``TrellisCore/TrellisError`` of kind `SyntaxError` for a character that
    ///   cannot start a token, an unterminated string, quoted name or comment, a malformed
    ///   number (`InvalidNumberLiteral`), a float that overflows (`FloatingPointOverflow`)
    ///   or a bad `\u` escape (`InvalidUnicodeLiteral`).
    public static func tokenize(_ text: String, includeComments: Bool = false) throws -> [Token] {
        var lexer = Lexer(text, includeComments: includeComments)
        return try lexer.tokenize()
    }

    /// The tokens of `text` up to the first lexical error, and that error if there is one.
    ///
    /// Meant for editors and highlighting, where text is often incomplete (e.g. a string
    /// still being typed). The tokens always end with ``TokenKind/endOfInput``, placed
    /// where lexing stopped.
    public static func tokenizeUpToError(_ text: String, includeComments: Bool = true) -> (tokens: [Token], error: TrellisError?) {
        var lexer = Lexer(text, includeComments: includeComments)
        do {
            return (try lexer.tokenize(), nil)
        } catch {
            let stop = (error as? TrellisError)?.range?.start ?? lexer.location
            var tokens = lexer.tokens
            tokens.append(Token(kind: .endOfInput, range: SourceRange(at: stop)))
            return (tokens, error as? TrellisError)
        }
    }

    /// Lexes the whole text; see ``tokenize(_:includeComments:)``.
    public mutating func tokenize() throws -> [Token] {
        tokens = []
        guard bytes.count < Token.maximumTextBytes else {
            throw TrellisError(.limitExceeded, "StatementTooLong",
                               "the text is \(bytes.count) bytes long; texts of 4 GiB or more cannot be parsed",
                               at: SourceRange(at: .start), phase: .compileTime)
        }
        tokens.reserveCapacity(bytes.count / 3 + 1)
        position = 0
        line = 1
        column = 1
        while true {
            try skipTrivia()
            guard position < bytes.count else {
                tokens.append(Token(kind: .endOfInput, range: SourceRange(at: location)))
                return tokens
            }
            try lexToken()
        }
    }

    // MARK: - Cursor

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: position) }

    @inline(__always) private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    @inline(__always) private mutating func advance() {
        let byte = bytes[position]
        position += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    @inline(__always) private mutating func advance(_ count: Int) {
        for _ in 0..<count { advance() }
    }

    /// The Unicode scalar starting at `index` and its length in bytes.
    private func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = byte(at: index) else { return nil }
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    // MARK: - Character classes

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Length of the identifier-start character at `index`, or nil.
    private func identifierStartLength(at index: Int) -> Int? {
        guard let byte = byte(at: index) else { return nil }
        if Lexer.isASCIILetter(byte) || byte == 0x5F { return 1 }
        guard byte >= 0x80, let (scalar, length) = scalar(at: index) else { return nil }
        return scalar.properties.isXIDStart ? length : nil
    }

    /// Length of the identifier-continuation character at `index`, or nil.
    private func identifierPartLength(at index: Int) -> Int? {
        guard let byte = byte(at: index) else { return nil }
        if Lexer.isASCIILetter(byte) || Lexer.isDigit(byte) || byte == 0x5F { return 1 }
        guard byte >= 0x80, let (scalar, length) = scalar(at: index) else { return nil }
        return scalar.properties.isXIDContinue ? length : nil
    }

    // MARK: - Trivia

    private mutating func skipTrivia() throws {
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                advance()
            case 0x2F where self.byte(at: position + 1) == 0x2F:  // "//"
                let start = location
                while position < bytes.count, bytes[position] != 0x0A { advance() }
                if includeComments { emit(.comment, from: start) }
            case 0x2F where self.byte(at: position + 1) == 0x2A:  // "/*"
                let start = location
                advance(2)
                while true {
                    guard position < bytes.count else {
                        throw error("unterminated comment", from: start, length: 2)
                    }
                    if bytes[position] == 0x2A, self.byte(at: position + 1) == 0x2F {
                        advance(2)
                        break
                    }
                    advance()
                }
                if includeComments { emit(.comment, from: start) }
            case 0x80...:
                guard let (scalar, length) = scalar(at: position), scalar.properties.isWhitespace else { return }
                advance(length)
            default:
                return
            }
        }
    }

    // MARK: - Tokens

    private mutating func emit(_ kind: TokenKind, from start: SourceLocation) {
        tokens.append(Token(kind: kind, range: SourceRange(start: start, end: location)))
    }

    private mutating func punctuation(_ mark: Punctuation, length: Int) {
        let start = location
        advance(length)
        emit(.punctuation(mark), from: start)
    }

    private func error(_ message: String, from start: SourceLocation, length: Int = 1,
                       code: String = "UnexpectedSyntax") -> TrellisError {
        var end = start
        var index = start.offset
        // Extend the range over `length` scalars on the same line.
        for _ in 0..<length {
            guard index < bytes.count, bytes[index] != 0x0A else { break }
            index += scalar(at: index)?.1 ?? 1
            end.column += 1
        }
        end.offset = index
        return TrellisError.syntax(code, message, at: SourceRange(start: start, end: end))
    }

    private func error(_ message: String, from start: SourceLocation, to end: SourceLocation,
                       code: String) -> TrellisError {
        TrellisError.syntax(code, message, at: SourceRange(start: start, end: end))
    }

    private mutating func lexToken() throws {
        let byte = bytes[position]
        let next = self.byte(at: position + 1)
        switch byte {
        case 0x28: punctuation(.leftParen, length: 1)
        case 0x29: punctuation(.rightParen, length: 1)
        case 0x5B: punctuation(.leftBracket, length: 1)
        case 0x5D: punctuation(.rightBracket, length: 1)
        case 0x7B: punctuation(.leftBrace, length: 1)
        case 0x7D: punctuation(.rightBrace, length: 1)
        case 0x2C: punctuation(.comma, length: 1)
        case 0x3A: punctuation(.colon, length: 1)
        case 0x3B: punctuation(.semicolon, length: 1)
        case 0x7C: punctuation(.pipe, length: 1)
        case 0x2A: punctuation(.star, length: 1)
        case 0x2F: punctuation(.slash, length: 1)
        case 0x25: punctuation(.percent, length: 1)
        case 0x5E: punctuation(.caret, length: 1)
        case 0x2E:  // "."
            if next == 0x2E {
                punctuation(.dotDot, length: 2)
            } else if let next, Lexer.isDigit(next) {
                try lexNumber()
            } else {
                punctuation(.dot, length: 1)
            }
        case 0x3D:  // "="
            if next == 0x7E { punctuation(.regexMatch, length: 2) } else { punctuation(.equal, length: 1) }
        case 0x3C:  // "<"
            if next == 0x3E {
                punctuation(.notEqual, length: 2)
            } else if next == 0x3D {
                punctuation(.lessOrEqual, length: 2)
            } else {
                punctuation(.less, length: 1)
            }
        case 0x3E:  // ">"
            if next == 0x3D { punctuation(.greaterOrEqual, length: 2) } else { punctuation(.greater, length: 1) }
        case 0x21:  // "!"
            guard next == 0x3D else { throw error("unexpected character '!'", from: location) }
            punctuation(.bangEqual, length: 2)
        case 0x2B:  // "+"
            if next == 0x3D { punctuation(.plusEqual, length: 2) } else { punctuation(.plus, length: 1) }
        case 0x2D:  // "-"
            if next == 0x3E { punctuation(.arrowRight, length: 2) } else { punctuation(.minus, length: 1) }
        case 0x27, 0x22:
            try lexString()
        case 0x60:
            let start = location
            let name = try lexQuotedName()
            emit(.quotedIdentifier(name), from: start)
        case 0x24:
            try lexParameter()
        case 0x30...0x39:
            try lexNumber()
        default:
            if identifierStartLength(at: position) != nil {
                lexWord()
            } else {
                let text = scalar(at: position).map { String(Character($0.0)) } ?? "?"
                throw error("unexpected character '\(text)'", from: location)
            }
        }
    }

    private mutating func lexWord() {
        let start = location
        while let length = identifierPartLength(at: position) { advance(length) }
        let range = start.offset ..< position
        if let keyword = Keyword.lookUp(bytes, range) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(.identifier(String(decoding: bytes[range], as: UTF8.self)), from: start)
        }
    }

    /// Reads `` `name` `` with ``` `` ``` standing for one backtick; returns the name.
    private mutating func lexQuotedName() throws -> String {
        let start = location
        advance()
        var name = [UInt8]()
        while true {
            guard position < bytes.count else {
                throw error("unterminated quoted name", from: start)
            }
            let byte = bytes[position]
            if byte == 0x60 {
                if self.byte(at: position + 1) == 0x60 {
                    name.append(0x60)
                    advance(2)
                    continue
                }
                advance()
                return String(decoding: name, as: UTF8.self)
            }
            name.append(byte)
            advance()
        }
    }

    private mutating func lexParameter() throws {
        let start = location
        advance()
        if byte(at: position) == 0x60 {
            let name = try lexQuotedName()
            emit(.parameter(name), from: start)
            return
        }
        let nameStart = position
        while let length = identifierPartLength(at: position) { advance(length) }
        guard position > nameStart else {
            throw error("expected a parameter name after '$'", from: start)
        }
        emit(.parameter(String(decoding: bytes[nameStart..<position], as: UTF8.self)), from: start)
    }

    // MARK: - Strings

    private mutating func lexString() throws {
        let start = location
        let quote = bytes[position]
        advance()
        let contentStart = position
        var decoded: [UInt8]? = nil
        while true {
            guard position < bytes.count else {
                throw error("unterminated string literal", from: start)
            }
            let byte = bytes[position]
            if byte == quote {
                let value = decoded.map { String(decoding: $0, as: UTF8.self) }
                    ?? String(decoding: bytes[contentStart..<position], as: UTF8.self)
                advance()
                emit(.string(value), from: start)
                return
            }
            if byte == 0x5C {  // backslash
                if decoded == nil { decoded = Array(bytes[contentStart..<position]) }
                try lexEscape(into: &decoded!)
                continue
            }
            decoded?.append(byte)
            advance()
        }
    }

    private mutating func lexEscape(into buffer: inout [UInt8]) throws {
        let start = location
        guard let escaped = byte(at: position + 1) else {
            throw error("unterminated string literal", from: start)
        }
        switch escaped {
        case 0x5C, 0x27, 0x22: buffer.append(escaped)
        case 0x6E: buffer.append(0x0A)  // n
        case 0x74: buffer.append(0x09)  // t
        case 0x72: buffer.append(0x0D)  // r
        case 0x62: buffer.append(0x08)  // b
        case 0x66: buffer.append(0x0C)  // f
        case 0x75, 0x55:  // u, U
            advance(2)
            var value = try hexEscapeValue(digits: escaped == 0x75 ? 4 : 8, escapeStart: start)
            if escaped == 0x75, (0xD800...0xDBFF).contains(value),
               byte(at: position) == 0x5C, byte(at: position + 1) == 0x75 {
                // A UTF-16 surrogate pair written as two escapes.
                let saved = (position, line, column)
                advance(2)
                let low = try hexEscapeValue(digits: 4, escapeStart: start)
                if (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    (position, line, column) = saved
                }
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("invalid Unicode escape: U+\(String(value, radix: 16, uppercase: true)) is not a Unicode scalar",
                            from: start, to: location, code: "InvalidUnicodeLiteral")
            }
            buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
            return
        default:
            let shown = scalar(at: position + 1).map { String(Character($0.0)) } ?? "?"
            throw error("invalid escape sequence '\\\(shown)'", from: start, length: 2)
        }
        advance(2)
    }

    private mutating func hexEscapeValue(digits: Int, escapeStart: SourceLocation) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = byte(at: position), let digit = Lexer.hexValue(byte) else {
                throw error("invalid Unicode escape: expected \(digits) hexadecimal digits",
                            from: escapeStart, to: location, code: "InvalidUnicodeLiteral")
            }
            value = value << 4 | UInt32(digit)
            advance()
        }
        return value
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    // MARK: - Numbers

    private mutating func lexNumber() throws {
        let start = location
        if bytes[position] == 0x30, let marker = byte(at: position + 1), marker == 0x78 || marker == 0x6F {
            try lexRadixInteger(radix: marker == 0x78 ? 16 : 8, from: start)
            return
        }
        var isFloat = false
        while let byte = byte(at: position), Lexer.isDigit(byte) { advance() }
        let integerDigits = position - start.offset
        if byte(at: position) == 0x2E, let next = byte(at: position + 1), Lexer.isDigit(next) {
            isFloat = true
            advance()
            while let byte = byte(at: position), Lexer.isDigit(byte) { advance() }
        }
        if let marker = byte(at: position), marker == 0x65 || marker == 0x45 {  // e, E
            isFloat = true
            advance()
            if let sign = byte(at: position), sign == 0x2B || sign == 0x2D { advance() }
            let exponentStart = position
            while let byte = byte(at: position), Lexer.isDigit(byte) { advance() }
            if position == exponentStart { try rejectNumber(from: start, "the exponent has no digits") }
        }
        if identifierPartLength(at: position) != nil {
            try rejectNumber(from: start, "a number cannot be followed directly by a letter")
        }
        let text = String(decoding: bytes[start.offset..<position], as: UTF8.self)
        if isFloat {
            guard let value = Double(text) else { try rejectNumber(from: start, "malformed number") }
            guard value.isFinite else {
                throw error("floating-point literal \(text) is too large", from: start, to: location,
                            code: "FloatingPointOverflow")
            }
            emit(.float(value), from: start)
            return
        }
        if integerDigits > 1, bytes[start.offset] == 0x30 {
            try rejectNumber(from: start, "leading zeros are not allowed (write octal numbers as 0o17)")
        }
        var magnitude: UInt64? = 0
        for index in start.offset..<position {
            magnitude = Lexer.accumulate(magnitude, radix: 10, digit: UInt64(bytes[index] - 0x30))
        }
        emit(.integer(magnitude), from: start)
    }

    private mutating func lexRadixInteger(radix: UInt64, from start: SourceLocation) throws {
        advance(2)
        var magnitude: UInt64? = 0
        var digitCount = 0
        var valid = true
        while let length = identifierPartLength(at: position) {
            if length == 1, let digit = Lexer.hexValue(bytes[position]), UInt64(digit) < radix {
                magnitude = Lexer.accumulate(magnitude, radix: radix, digit: UInt64(digit))
                digitCount += 1
            } else {
                valid = false
            }
            advance(length)
        }
        guard valid, digitCount > 0 else {
            try rejectNumber(from: start, radix == 16 ? "malformed hexadecimal number" : "malformed octal number")
        }
        emit(.integer(magnitude), from: start)
    }

    @inline(__always) private static func accumulate(_ value: UInt64?, radix: UInt64, digit: UInt64) -> UInt64? {
        guard let value else { return nil }
        let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
        let (sum, overflow2) = shifted.addingReportingOverflow(digit)
        return overflow1 || overflow2 ? nil : sum
    }

    /// Throws `InvalidNumberLiteral` covering the number and any letters glued to it.
    private mutating func rejectNumber(from start: SourceLocation, _ reason: String) throws -> Never {
        while let length = identifierPartLength(at: position) { advance(length) }
        let text = String(decoding: bytes[start.offset..<position], as: UTF8.self)
        throw error("invalid number literal '\(text)': \(reason)", from: start, to: location,
                    code: "InvalidNumberLiteral")
    }
}
