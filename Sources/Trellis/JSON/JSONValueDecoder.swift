/// Reads JSON text (RFC 8259) as a ``Value``, for example query parameters sent by a program
/// written in another language.
///
/// | JSON | value |
/// | --- | --- |
/// | `null`, `true`, `false`, string | the same |
/// | number without fraction or exponent (`42`, `-7`) | integer; outside the 64-bit range it is an error |
/// | number with fraction or exponent (`1.0`, `2.5e3`) | float |
/// | array, object | list, map |
///
/// So `1` and `1.0` stay apart, as they do in the query language. Strings are never turned into
/// dates or other temporal values: a query does that with `date($text)` and the like.
///
/// The reader is strict: no comments, trailing commas, single quotes, leading zeros, raw control
/// characters in strings, unpaired surrogates in `\u` escapes, invalid UTF-8, or repeated keys in
/// one object. Every error names its line and column.
///
/// ```swift
/// let parameters = try JSONValueDecoder().decode(#"{"urn": 116110, "fsm": 34.0}"#)
/// // .map(["urn": .int(116110), "fsm": .float(34.0)])
/// ```
public struct JSONValueDecoder: Sendable {
    /// How deeply arrays and objects may nest; deeper text is an error rather than a risk to the stack.
    public var maximumDepth: Int

    /// A decoder accepting up to `maximumDepth` levels of nested arrays and objects.
    public init(maximumDepth: Int = 512) {
        self.maximumDepth = maximumDepth
    }

    /// The value of the JSON text `text`, which holds exactly one value (surrounding whitespace allowed).
    /// - Throws: ``JSONDecodingError``.
    public func decode(_ text: String) throws -> Value {
        try decode(utf8: Array(text.utf8))
    }

    /// The value of the JSON text encoded as UTF-8 in `bytes`; invalid UTF-8 is an error.
    /// - Throws: ``JSONDecodingError``.
    public func decode(utf8 bytes: [UInt8]) throws -> Value {
        var reader = JSONReader(bytes: bytes, maximumDepth: maximumDepth)
        return try reader.document()
    }
}

/// The recursive-descent reader behind ``JSONValueDecoder``.
private struct JSONReader {
    let bytes: [UInt8]
    let maximumDepth: Int
    var position = 0
    var depth = 0

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    mutating func document() throws -> Value {
        skipWhitespace()
        let result = try value()
        skipWhitespace()
        if position < bytes.count { throw failure("\(describeNext()) after the value; one value only") }
        return result
    }

    private mutating func value() throws -> Value {
        guard position < bytes.count else { throw failure("expected a value, found the end of the text") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value, found \(describeNext())")
        }
    }

    private mutating func object() throws -> Value {
        try enterNesting()
        position += 1  // {
        var entries: [String: Value] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            position += 1
            depth -= 1
            return .map(entries)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("expected a string key, found \(describeNext())") }
            let keyStart = position
            let key = try string()
            if entries[key] != nil {
                throw JSONDecodingError("the key \(JSONValueEncoder.quoted(key)) appears twice", at: location(of: keyStart))
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after the key, found \(describeNext())") }
            position += 1
            skipWhitespace()
            entries[key] = try value()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "}")) {
                position += 1
                depth -= 1
                return .map(entries)
            } else {
                throw failure("expected ',' or '}' after an object member, found \(describeNext())")
            }
        }
    }

    private mutating func array() throws -> Value {
        try enterNesting()
        position += 1  // [
        var items: [Value] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            position += 1
            depth -= 1
            return .list(items)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "]")) {
                position += 1
                depth -= 1
                return .list(items)
            } else {
                throw failure("expected ',' or ']' after an array element, found \(describeNext())")
            }
        }
    }

    private mutating func enterNesting() throws {
        depth += 1
        if depth > maximumDepth { throw failure("arrays and objects nest more than \(maximumDepth) deep") }
    }

    /// A string literal, from its opening quote to past its closing quote.
    private mutating func string() throws -> String {
        let start = position
        position += 1  // "
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw JSONDecodingError("the string is not closed", at: location(of: start))
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                // Every byte appended was checked to be valid UTF-8.
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                appendUTF8(try escape(), to: &text)
            case 0..<0x20:
                throw failure("control character U+\(LiteralText.hex4(UInt32(byte))) must be escaped in a string")
            case 0x80...:
                let length = try scalarLength()
                text.append(contentsOf: bytes[position..<position + length])
                position += length
            default:
                text.append(byte)
                position += 1
            }
        }
    }

    /// An escape sequence starting at the backslash, as the scalar it stands for.
    private mutating func escape() throws -> Unicode.Scalar {
        let start = position
        position += 1  // backslash
        guard position < bytes.count else { throw JSONDecodingError("the string is not closed", at: location(of: start)) }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit(escapeStart: start)
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate must be followed by an escaped low surrogate.
                let lowStart = position
                if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try hexUnit(escapeStart: lowStart)
                    if (0xDC00...0xDFFF).contains(low) {
                        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                    }
                }
                throw JSONDecodingError("\\u\(LiteralText.hex4(unit)) is a high surrogate without a low surrogate after it",
                                        at: location(of: start))
            case 0xDC00...0xDFFF:
                throw JSONDecodingError("\\u\(LiteralText.hex4(unit)) is a low surrogate without a high surrogate before it",
                                        at: location(of: start))
            default:
                return Unicode.Scalar(unit)!
            }
        default:
            position = start
            throw failure("unknown escape \\\(describe(byte: letter)); use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX")
        }
    }

    /// The four hexadecimal digits after `\u`.
    private mutating func hexUnit(escapeStart: Int) throws -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexDigit(bytes[position]) else {
                throw JSONDecodingError("\\u must be followed by four hexadecimal digits", at: location(of: escapeStart))
            }
            unit = unit << 4 | digit
            position += 1
        }
        return unit
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to text: inout [UInt8]) {
        UTF8.encode(scalar) { text.append($0) }
    }

    /// The length of the well-formed UTF-8 sequence starting at `position` (a non-ASCII byte).
    private func scalarLength() throws -> Int {
        guard let length = Self.utf8SequenceLength(in: bytes, at: position) else { throw failure("invalid UTF-8") }
        return length
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or nil when the bytes there are not one
    /// (stray continuation bytes, overlong forms, surrogates and values past U+10FFFF included).
    private static func utf8SequenceLength(in bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return length
    }

    /// A number: an integer when written without fraction or exponent, a float otherwise.
    private mutating func number() throws -> Value {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else {
            throw failure("expected a digit after '-', found \(describeNext())")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw failure("a number may not start with 0 followed by more digits") }
        } else {
            skipDigits()
        }
        var isInteger = true
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw failure("expected a digit after the decimal point, found \(describeNext())")
            }
            skipDigits()
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw failure("expected a digit in the exponent, found \(describeNext())")
            }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger {
            guard let integer = Int64(text) else {
                throw JSONDecodingError("the integer \(text) does not fit in 64 bits", at: location(of: start))
            }
            return .int(integer)
        }
        guard let float = Double(text), float.isFinite else {
            throw JSONDecodingError("the number \(text) is too large for a 64-bit float", at: location(of: start))
        }
        return .float(float)
    }

    private mutating func skipDigits() {
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func literal(_ word: StaticString) throws {
        let expected = word.withUTF8Buffer { Array($0) }
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected else {
            throw failure("expected a value, found \(describeNext())")
        }
        position += expected.count
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    /// The next character for a message: `'x'`, `U+00E9`, `invalid UTF-8` or `the end of the text`.
    private func describeNext() -> String {
        guard position < bytes.count else { return "the end of the text" }
        let byte = bytes[position]
        if byte < 0x80 { return describe(byte: byte) }
        guard let length = Self.utf8SequenceLength(in: bytes, at: position) else { return "invalid UTF-8" }
        let scalar = String(decoding: bytes[position..<position + length], as: UTF8.self).unicodeScalars.first!
        return "'\(scalar)' (U+\(String(scalar.value, radix: 16, uppercase: true)))"
    }

    private func describe(byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "U+\(LiteralText.hex4(UInt32(byte)))"
    }

    private func failure(_ message: String) -> JSONDecodingError {
        JSONDecodingError(message, at: location(of: position))
    }

    /// Line and column of byte `offset`, columns counted in Unicode scalars as query positions are.
    private func location(of offset: Int) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }
}
