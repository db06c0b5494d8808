import Testing
import TrellisCore

/// Values fill row slots and stored properties, so their size is paid on every copy.
@Suite struct ValueLayoutTests {
    @Test func valueIsNoLargerThanAStringAndATag() {
        #expect(MemoryLayout<Value>.stride <= 24)
    }

    @Test func boxedTemporalValuesKeepTheirContent() throws {
        let zoned = DateTimeValue(epochSeconds: 1_700_000_000, nanosecond: 5, offsetSeconds: 3600, zoneID: "Europe/London")
        let duration = DurationValue(months: 14, days: -3, seconds: 61, nanoseconds: 7)
        let values: [Value] = [.dateTime(zoned), .duration(duration)]
        guard case .dateTime(let z) = values[0], case .duration(let d) = values[1] else {
            Issue.record("boxed cases changed case"); return
        }
        #expect(z == zoned)
        #expect(d == duration)
        #expect(values[0] == .dateTime(zoned))
        #expect(values[0] != .dateTime(DateTimeValue(epochSeconds: 1_700_000_000, nanosecond: 6, offsetSeconds: 3600, zoneID: "Europe/London")))
    }
}
