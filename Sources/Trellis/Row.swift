import TrellisCore
import TrellisEngine

/// One row of a result: a value per column, readable by position or by column name, as a
/// ``Value`` or as a Swift type.
///
/// ```swift
/// for row in try db.execute("MATCH (s:School) RETURN s.name AS name, s.urn AS urn") {
///     let name = try row["name", as: String.self]
///     let urn = try row["urn", as: Int.self]
/// }
/// ```
///
/// Nodes and relationships in a row can be read as ``NodeSnapshot`` and ``RelationshipSnapshot``
/// (their labels, types and properties as the statement saw them), and a whole row can be decoded
/// into a `Decodable` type with ``decode(_:)``.
public struct Row: Sendable, RandomAccessCollection {
    /// The column names, in order.
    public let columns: [String]
    /// The values, one per column.
    public let values: [Value]
    /// The nodes and relationships the row mentions.
    public let entities: ResultEntities

    public init(columns: [String], values: [Value], entities: ResultEntities = ResultEntities()) {
        self.columns = columns
        self.values = values
        self.entities = entities
    }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }

    /// The value in column `position`.
    public subscript(position: Int) -> Value { values[position] }

    /// The value in the column named `column`, or nil when there is no such column.
    public subscript(column: String) -> Value? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// The value in the column named `column`, read as `type`.
    /// - Throws: ``TrellisError`` of kind `UsageError` when there is no such column, or of kind
    ///   `TypeError` when the value cannot be read as `type` (read `T?` to accept null).
    public subscript<T: ValueConvertible>(column: String, as type: T.Type) -> T {
        get throws {
            guard let index = columns.firstIndex(of: column) else {
                throw TrellisError(.usageError, "NoSuchColumn",
                                   "the row has no column '\(column)'; its columns are \(columns.map { "'\($0)'" }.joined(separator: ", "))")
            }
            return try read(index, as: type)
        }
    }

    /// The value in column `position`, read as `type`.
    /// - Throws: ``TrellisError`` of kind `UsageError` when `position` is out of range, or of kind
    ///   `TypeError` when the value cannot be read as `type` (read `T?` to accept null).
    public subscript<T: ValueConvertible>(position: Int, as type: T.Type) -> T {
        get throws {
            guard values.indices.contains(position) else {
                throw TrellisError(.usageError, "NoSuchColumn", "the row has \(values.count) column(s); there is no column \(position)")
            }
            return try read(position, as: type)
        }
    }

    private func read<T: ValueConvertible>(_ index: Int, as type: T.Type) throws -> T {
        let value = values[index]
        if let converted = T.fromQueryValue(value, entities: entities) { return converted }
        let what = if case .null = value { "null (read it as \(T.self)? to accept null)" } else { "a value of type \(value.typeName)" }
        throw TrellisError(.typeError, "ValueTypeMismatch", "column '\(columns[index])' holds \(what), which cannot be read as \(T.self)")
    }

    /// Decodes the row into `type`: each stored property of a struct is read from the column of the
    /// same name; a row of one column also decodes as that column's value (so `RETURN s` decodes a
    /// struct from the properties of the node `s`).
    ///
    /// Inside a column, a MAP decodes as a struct or dictionary of its entries, a node or relationship
    /// as a struct of its properties, a LIST as an array, and `null` as `nil` of an optional;
    /// scalars and ``ValueConvertible`` types (``DateValue``, ``NodeSnapshot``, ``Value``) decode as
    /// typed reads do.
    /// - Throws: ``TrellisError`` of kind `TypeError` (code `DecodingFailed`) naming the column or key
    ///   that is missing or holds a value of another type.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        do {
            return try T(from: RowDecoder(row: self))
        } catch let error as DecodingError {
            throw TrellisError(.typeError, "DecodingFailed", "cannot decode \(T.self): \(Self.describe(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return "\(error)"
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
    }
}
