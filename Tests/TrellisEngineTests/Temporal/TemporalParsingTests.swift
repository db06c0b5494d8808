import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Temporal parsing")
struct TemporalParsingTests {
    @Test(arguments: [
        ("21:40:32.142", "21:40:32.142"), ("214032.142", "21:40:32.142"), ("21:40:32", "21:40:32"),
        ("2140", "21:40"), ("21", "21:00"), ("00:00:00.000000001", "00:00:00.000000001"),
    ])
    func localTimes(input: String, expected: String) {
        #expect(TemporalParsing.localTime(input)?.description == expected)
    }

    @Test(arguments: ["24:00", "12:60", "12:00:61", "1", "12:00.5", "12:00+01:00", "12:00:00.1234567890"])
    func invalidLocalTimes(input: String) {
        #expect(TemporalParsing.localTime(input) == nil)
    }

    @Test(arguments: [
        ("21:40:32.142+0100", "21:40:32.142+01:00"), ("214032.142Z", "21:40:32.142Z"),
        ("2140-00:00", "21:40Z"), ("2140-02", "21:40-02:00"), ("22+18:00", "22:00+18:00"), ("12:00", "12:00Z"),
    ])
    func times(input: String, expected: String) {
        #expect(TemporalParsing.time(input, now: 0)?.description == expected)
    }

    @Test func offsetsBeyondEighteenHoursAreRejected() {
        #expect(TemporalParsing.time("12:00+18:01", now: 0) == nil)
        #expect(TemporalZone.parseOffset("+19") == nil)
    }

    @Test(arguments: [
        ("2015-07-21T21:40:32.142+0100", "2015-07-21T21:40:32.142+01:00"),
        ("2015-W30-2T214032.142Z", "2015-07-21T21:40:32.142Z"),
        ("2015-202T21:40:32+01:00", "2015-07-21T21:40:32+01:00"),
        ("2015T214032-0100", "2015-01-01T21:40:32-01:00"),
        ("2015-07-21", "2015-07-21T00:00Z"),
        ("2015-07-21T21:40:32.142[Europe/London]", "2015-07-21T21:40:32.142+01:00[Europe/London]"),
        ("1818-07-21T21:40:32.142[Europe/Stockholm]", "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]"),
        ("2015-07-21T21:40:32.142-04[America/New_York]", "2015-07-21T21:40:32.142-04:00[America/New_York]"),
    ])
    func dateTimes(input: String, expected: String) throws {
        #expect(try TemporalParsing.dateTime(input)?.description == expected)
    }

    @Test func unknownZonesAreRejected() throws {
        #expect(try TemporalParsing.dateTime("2015-07-21T12:00[Mars/Olympus]") == nil)
    }

    @Test func localDateTimesTakeSignedLongYears() {
        #expect(TemporalParsing.localDateTime("+999999999-12-31T23:59:59")?.description == "+999999999-12-31T23:59:59")
        #expect(TemporalParsing.localDateTime("-0044-03-15")?.description == "-0044-03-15T00:00")
    }

    @Test(arguments: [
        ("P14DT16H12M", "P14DT16H12M"), ("P5M1.5D", "P5M1DT12H"), ("P0.75M", "P22DT19H51M49.5S"),
        ("PT0.75M", "PT45S"), ("P2.5W", "P17DT12H"), ("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S"),
        ("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S"), ("-P1D", "P-1D"), ("PT-0.5S", "PT-0.5S"),
    ])
    func durations(input: String, expected: String) {
        #expect(DurationParsing.parse(input)?.description == expected)
    }

    @Test(arguments: ["P", "PT", "1D", "P1H", "PT1D", "P1M1Y", "P1.5"])
    func invalidDurations(input: String) {
        #expect(DurationParsing.parse(input) == nil)
    }
}
