import TrellisSyntax

/// Tries one input: its bytes, decoded as UTF-8 (an invalid sequence becomes U+FFFD), are
/// lexed and parsed as a script and as an expression.
/// A syntax error is a correct outcome; only a crash or a hang is a finding.
func fuzzSyntax(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Parser.parseScript(text)
    _ = try? Parser.parseExpression(text)
    return 0
}
