/// Text that arrives as bytes (standard input, a command-line argument, a file, a line typed at
/// the prompt) read strictly: bytes that are not UTF-8 are an error at their place, never
/// silently replaced by U+FFFD.
public enum UTF8Text {
    /// The error code of text that is not valid UTF-8 (kind `SyntaxError`, found at compile time).
    public static let invalidCode = "InvalidUTF8"

    /// The offset of the first byte of `bytes` that does not begin a valid UTF-8 sequence
    /// (overlong forms, surrogates and code points past U+10FFFF included), or nil when all of
    /// `bytes` is valid.
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        // The common case, checked by the standard library's fast validator.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// The location of byte `offset` of `bytes`, which are valid UTF-8 before it, when the
    /// first byte is at `start`: lines end at LF, columns count Unicode scalars.
    public static func location(ofOffset offset: Int, in bytes: some Collection<UInt8>,
                                from start: SourceLocation = .start) -> SourceLocation {
        var location = start
        for byte in bytes.prefix(offset) {
            location.offset += 1
            if byte == 0x0A {
                location.line += 1
                location.column = 1
            } else if byte & 0xC0 != 0x80 {
                location.column += 1
            }
        }
        return location
    }

    /// The error for `bytes` whose first invalid byte is at `offset`, located in the text that
    /// starts at `start`.
    public static func invalidError(in bytes: some Collection<UInt8>, atOffset offset: Int,
                                    from start: SourceLocation = .start) -> TrellisError {
        let location = location(ofOffset: offset, in: bytes, from: start)
        let byte = bytes.dropFirst(offset).first ?? 0
        let hex = String(byte, radix: 16, uppercase: true)
        var end = location
        end.offset += 1
        end.column += 1
        return TrellisError(
            .syntaxError, invalidCode,
            "the text is not valid UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) at byte offset \(location.offset) "
                + "does not begin a valid sequence",
            at: SourceRange(start: location, end: end), phase: .compileTime)
    }

    /// `bytes` as a string.
    /// - Parameter start: Where the first byte lies in a longer text, for the error's position.
    /// - Throws: ``TrellisError`` of kind `SyntaxError`, code `InvalidUTF8`, at the first byte
    ///   that does not begin a valid sequence; its message gives the byte offset.
    public static func decode(_ bytes: some Collection<UInt8>, from start: SourceLocation = .start) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidOffset(in: bytes) ?? 0
        throw invalidError(in: bytes, atOffset: offset, from: start)
    }
}
