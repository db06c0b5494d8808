/// JSON text that ``JSONValueDecoder`` could not read, and where.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. `expected ',' or '}' after an object member`.
    public var message: String
    /// Where: 1-based line and column (counted in Unicode scalars) and the 0-based UTF-8 byte offset.
    public var location: SourceLocation

    /// An error saying `message` about the text at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `invalid JSON at 1:17: MESSAGE`.
    public var description: String { "invalid JSON at \(location): \(message)" }
}
