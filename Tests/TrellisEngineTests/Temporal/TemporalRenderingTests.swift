import Testing
import TrellisCore

@Suite("Temporal rendering")
struct TemporalRenderingTests {
    @Test func localTimesUseTheShortestExactForm() {
        func render(_ h: Int64, _ m: Int64, _ s: Int64, _ n: Int64) -> String {
            LocalTimeValue(hour: h, minute: m, second: s, nanosecond: n)!.description
        }
        #expect(render(12, 0, 0, 0) == "12:00")
        #expect(render(12, 31, 14, 0) == "12:31:14")
        #expect(render(12, 31, 14, 500_000_000) == "12:31:14.500")
        #expect(render(12, 31, 14, 645_876_000) == "12:31:14.645876")
        #expect(render(12, 31, 14, 645_876_123) == "12:31:14.645876123")
        #expect(render(0, 0, 0, 1) == "00:00:00.000000001")
    }

    @Test func offsetsAreZuluOrSignedHoursAndMinutes() {
        let time = LocalTimeValue(hour: 9, minute: 5, second: 0, nanosecond: 0)!
        #expect(TimeValue(localTime: time, offsetSeconds: 0).description == "09:05Z")
        #expect(TimeValue(localTime: time, offsetSeconds: -5400).description == "09:05-01:30")
        #expect(TimeValue(localTime: time, offsetSeconds: 3208).description == "09:05+00:53:28")
    }

    @Test func dateTimesShowNamedZonesInBrackets() {
        let named = DateTimeValue(epochSeconds: 0, nanosecond: 0, offsetSeconds: 3600, zoneID: "Europe/Stockholm")
        #expect(named.description == "1970-01-01T01:00+01:00[Europe/Stockholm]")
        let fixed = DateTimeValue(epochSeconds: -1, nanosecond: 2_000_000_000, offsetSeconds: 0)
        #expect(fixed.description == "1970-01-01T00:00:01Z")
    }

    @Test func durationsSignEachPart() {
        #expect(DurationValue.zero.description == "PT0S")
        #expect(DurationValue(months: -20, days: 0, seconds: 0, nanoseconds: 0).description == "P-1Y-8M")
        #expect(DurationValue(months: 149, days: -14, seconds: 57_600, nanoseconds: 0).description == "P12Y5M-14DT16H")
        #expect(DurationValue(months: 0, days: 0, seconds: -60, nanoseconds: -1_000_000).description == "PT-1M-0.001S")
        #expect(DurationValue(months: 0, days: 0, seconds: -60, nanoseconds: 1_000_000).description == "PT-59.999S")
        #expect(DurationValue(months: 0, days: 1, seconds: 0, nanoseconds: -1_000_000).description == "P1DT-0.001S")
    }

    @Test func fractionalAmountsCarryIntoSmallerParts() {
        let d = DurationValue(approximateMonths: 0.75, days: 0, seconds: 0, nanoseconds: 0)
        #expect(d?.description == "P22DT19H51M49.5S")
    }
}
