import TrellisCore
import TrellisEngine

/// Types that only a result row can decode, so that `Decodable` structs may have fields of these types:
/// ``Row/decode(_:)`` reads them as typed reads do, and their `init(from:)` refuses other decoders
/// (``JSONValueDecoder`` reads JSON text into a ``Value``).
protocol RowOnlyDecodable: Decodable, ValueConvertible {}

extension RowOnlyDecodable {
    public init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath,
            debugDescription: "\(Self.self) decodes only from Trellis result rows (Row.decode)"))
    }
}

extension Value: RowOnlyDecodable {}
extension DateValue: RowOnlyDecodable {}
extension LocalTimeValue: RowOnlyDecodable {}
extension TimeValue: RowOnlyDecodable {}
extension LocalDateTimeValue: RowOnlyDecodable {}
extension DateTimeValue: RowOnlyDecodable {}
extension DurationValue: RowOnlyDecodable {}
extension PathValue: RowOnlyDecodable {}
extension NodeSnapshot: RowOnlyDecodable {}
extension RelationshipSnapshot: RowOnlyDecodable {}
