import Foundation
import Testing
import Trellis
import TrellisCore
import TrellisGraph
@testable import TrellisStorage

/// Stored temporal values outside the supported range (see `TemporalRange`) are damage: the
/// decoder refuses them instead of building a value that traps when printed or taken apart.
@Suite("Temporal decoding")
struct TemporalDecodingTests {
    /// The bytes of a value with `tag`, then `fields` as variable-length integers, then `tail`.
    static func encoded(_ tag: ValueTag, _ fields: [Int64], tail: [UInt8] = []) -> [UInt8] {
        var encoder = BinaryEncoder()
        encoder.writeUInt8(tag.rawValue)
        for field in fields { encoder.writeVarInt(field) }
        for byte in tail { encoder.writeUInt8(byte) }
        return encoder.bytes
    }

    static let outOfRange: [(String, [UInt8])] = [
        ("a date past the last day", encoded(.date, [TemporalRange.days.upperBound + 1])),
        ("a date at Int64.max", encoded(.date, [.max])),
        ("a local time at Int64.min", encoded(.localTime, [.min])),  // trapped
        ("a local time past midnight", encoded(.localTime, [LocalTimeValue.nanosecondsPerDay])),
        ("a time at -1 ns", encoded(.time, [-1, 0])),
        ("a local datetime at Int64.min days", encoded(.localDateTime, [.min, 0])),
        ("a datetime at Int64.max seconds", encoded(.dateTime, [.max, 0, 50_400], tail: [0])),  // trapped when printed
        ("a datetime at Int64.min seconds", encoded(.dateTime, [.min, 0, 0], tail: [0])),
        ("a datetime with Int64.max nanoseconds", encoded(.dateTime, [.max, .max, 0], tail: [0])),  // trapped
        ("a datetime with a year of -3168871881", encoded(.dateTime, [-100_000_000_000_000_000, 0, 0], tail: [0])),
        ("a duration with a fraction past a second", encoded(.duration, [0, 0, .max, 1_000_000_000])),  // trapped
        ("a duration with a negative fraction", encoded(.duration, [0, 0, 0, -1])),
    ]

    @Test func valuesOutOfRangeAreRefused() {
        for (name, bytes) in Self.outOfRange {
            #expect(throws: DecodingFailure.self, "\(name)") { try BinaryDecoder(bytes: bytes).readValue() }
            #expect(throws: DecodingFailure.self, "\(name)") { try BinaryDecoder(bytes: bytes).readColumnValue() }
            #expect(throws: DecodingFailure.self, "\(name)") { try BinaryDecoder(bytes: bytes).skipColumnValue() }
        }
    }

    @Test func theEdgesOfTheRangeRoundTrip() throws {
        let values: [Value] = [
            .date(DateValue(daysSinceEpoch: TemporalRange.days.lowerBound)), .date(DateValue(daysSinceEpoch: TemporalRange.days.upperBound)),
            .localTime(LocalTimeValue(nanosecondOfDay: LocalTimeValue.nanosecondsPerDay - 1)),
            .time(TimeValue(localTime: .midnight, offsetSeconds: -86_400)),
            .dateTime(DateTimeValue(epochSeconds: TemporalRange.localSeconds.upperBound + 64_800, nanosecond: 999_999_999,
                                    offsetSeconds: -64_800)),
            .dateTime(DateTimeValue(epochSeconds: TemporalRange.localSeconds.lowerBound - 64_800, nanosecond: 0,
                                    offsetSeconds: 64_800, zoneID: "Europe/Stockholm")),
            .duration(DurationValue(months: .min, days: .max, seconds: .min, nanoseconds: 999_999_999)),
        ]
        for value in values {
            #expect(TemporalRange.contains(value), "\(value)")
            var encoder = BinaryEncoder()
            encoder.writeValue(value)
            #expect(identical(try BinaryDecoder(bytes: encoder.bytes).readValue(), value), "\(value)")
        }
    }

    /// A database file whose one node holds a datetime no statement can make any more (as
    /// `datetime({epochSeconds: 9223372036854775807, timezone: '+14:00'})` once did) is damaged:
    /// opening and reading it is an error, not a trap.
    @Test func aFileHoldingAnOutOfRangeDatetimeIsDamaged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let graph = PropertyGraph()
        var properties = PropertyList()
        properties.set(graph.internKey("e"), .dateTime(DateTimeValue(epochSeconds: .max, nanosecond: 0, offsetSeconds: 50_400)))
        graph.createNode(labels: [graph.internLabel("Z")], properties: properties)
        try writeSnapshot(graph, to: path)
        do {
            let db = try Database(path: path, readOnly: true)
            let rows = try db.execute("MATCH (z:Z) RETURN toString(z.e)").rows
            Issue.record("the damaged value was read as \(rows)")
        } catch let error as TrellisError {
            #expect(error.kind == .storageError && error.code == StorageError.Code.corruptFile, "\(error)")
        }
    }
}
