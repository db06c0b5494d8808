import Trellis

/// A cell that cannot be turned into a value to hand to the engine.
public struct ValueConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension ExpectedValue {
    /// The engine value for a parameter or procedure-table cell.
    ///
    /// - Throws: ``ValueConversionError`` for nodes, relationships and paths, which only
    ///   a graph can hold.
    public func engineValue() throws -> Value {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .int(number)
        case .float(let number): return .float(number)
        case .string(let string): return .string(string)
        case .list(let items): return .list(try items.map { try $0.engineValue() })
        case .map(let entries): return .map(try entries.mapValues { try $0.engineValue() })
        case .node, .relationship, .path:
            throw ValueConversionError(message: "\(self) cannot be passed to the engine as a value")
        }
    }
}
