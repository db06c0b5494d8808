import TrellisCore
import TrellisEngine

/// A result is a collection of ``Row``s: `for row in result { … }`, `result.count`, `result[0]`.
extension QueryResult: RandomAccessCollection {
    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }

    /// The row at `position`, readable by column name and as Swift types.
    public subscript(position: Int) -> Row {
        Row(columns: columns, values: rows[position], entities: entities)
    }

    /// Decodes every row into `type` (see ``Row/decode(_:)``).
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> [T] {
        try map { try $0.decode(type) }
    }
}
