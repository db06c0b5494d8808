import TrellisCore
import TrellisEngine

/// A ``Value`` decodes from any decoder's null, booleans, integers (as INTEGER), other numbers (as
/// FLOAT), strings, arrays and string-keyed objects, so a `Decodable` struct may hold a field of any
/// query type. From a result row (``Row/decode(_:)``) it is the column's value as it is.
extension Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? container.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? container.decode(Double.self) {
            self = .float(d)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let items = try? container.decode([Value].self) {
            self = .list(items)
        } else if let entries = try? container.decode([String: Value].self) {
            self = .map(entries)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a value a query can hold"))
        }
    }
}

/// Types that only a result row can decode: their `init(from:)` serves ``Row/decode(_:)`` (which reads
/// them as typed reads do) and refuses other decoders.
protocol RowOnlyDecodable: Decodable, ValueConvertible {}

extension RowOnlyDecodable {
    public init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath,
            debugDescription: "\(Self.self) decodes only from Trellis result rows (Row.decode)"))
    }
}

extension DateValue: RowOnlyDecodable {}
extension LocalTimeValue: RowOnlyDecodable {}
extension TimeValue: RowOnlyDecodable {}
extension LocalDateTimeValue: RowOnlyDecodable {}
extension DateTimeValue: RowOnlyDecodable {}
extension DurationValue: RowOnlyDecodable {}
extension PathValue: RowOnlyDecodable {}
extension NodeSnapshot: RowOnlyDecodable {}
extension RelationshipSnapshot: RowOnlyDecodable {}
