import Trellis

/// A request line of `trellis serve` that could not be understood. Answered with an error of
/// kind `ProtocolError`; the server goes on with the next line.
public struct ServeProtocolError: Error, Sendable, Hashable {
    /// The kind every protocol error is reported under.
    static let kind = "ProtocolError"

    /// What went wrong, one of the codes below.
    public var code: String
    public var message: String

    /// The line is not valid JSON (or not valid UTF-8, or a number is out of range).
    static func invalidJSON(_ error: JSONDecodingError) -> ServeProtocolError {
        ServeProtocolError(code: "InvalidJSON", message: "invalid JSON at column \(error.location.column): \(error.message)")
    }

    /// The line is JSON but not an object.
    static func notAnObject(_ value: Value) -> ServeProtocolError {
        ServeProtocolError(code: "NotAnObject", message: "a request is a JSON object, not \(JSONKind.name(of: value))")
    }

    /// Neither "query" nor "command".
    static let missingQuery = ServeProtocolError(
        code: "MissingQuery", message: "a request needs \"query\" (a string) or \"command\"")

    /// A member holds the wrong kind of value.
    static func invalidField(_ message: String) -> ServeProtocolError {
        ServeProtocolError(code: "InvalidField", message: message)
    }

    /// A member the protocol does not know, such as a misspelt "parameters".
    static func unknownField(_ name: String, allowed: [String]) -> ServeProtocolError {
        let names = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        return ServeProtocolError(code: "UnknownField",
                                  message: "unknown member \(JSONValueEncoder.quoted(name)); a request may hold \(names)")
    }

    /// A line longer than the server's bound on a request (`--max-request-size`); it was read and
    /// dropped a piece at a time, never held whole.
    static func requestTooLong(byteCount: Int, limit: Int) -> ServeProtocolError {
        ServeProtocolError(code: "RequestTooLong",
                           message: "the request line is \(byteCount) bytes long, longer than the limit of \(StatementLimits.describe(bytes: limit)); it was skipped")
    }

    /// A "command" other than "interrupt".
    static func unknownCommand(_ name: String) -> ServeProtocolError {
        ServeProtocolError(code: "UnknownCommand",
                           message: "unknown command \(JSONValueEncoder.quoted(name)); the only command is \"interrupt\"")
    }
}
