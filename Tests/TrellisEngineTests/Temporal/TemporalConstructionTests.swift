import Testing
import Trellis

@Suite("Temporal construction")
struct TemporalConstructionTests {
    @Test func subsecondFieldsAddUp() throws {
        #expect(try text("localtime({hour: 12, minute: 31, second: 14, millisecond: 123, microsecond: 456, nanosecond: 789})")
            == "12:31:14.123456789")
    }

    @Test func namedZonesFollowTheirSummerTime() throws {
        #expect(try text("datetime({year: 1984, month: 7, day: 20, timezone: 'Europe/Stockholm'})")
            == "1984-07-20T00:00+02:00[Europe/Stockholm]")
        #expect(try text("datetime({year: 1984, month: 10, day: 11, timezone: 'Europe/Stockholm'})")
            == "1984-10-11T00:00+01:00[Europe/Stockholm]")
    }

    @Test func aNewZoneConvertsAZonedSource() throws {
        #expect(try text("time({time: time('12:31+01:00'), timezone: '+05:00'})") == "16:31+05:00")
        #expect(try text("time({time: localtime('12:31'), timezone: '+05:00'})") == "12:31+05:00")
    }

    @Test func epochFieldsGiveInstants() throws {
        #expect(try text("datetime({epochSeconds: 0, nanosecond: 5})") == "1970-01-01T00:00:00.000000005Z")
        #expect(try text("datetime({epochMillis: -1})") == "1969-12-31T23:59:59.999Z")
        #expect(try evaluate("datetime('2015-07-21T21:40:32.142+01:00').epochMillis") == .int(1_437_511_232_142))
    }

    @Test func truncationKeepsTheZoneUnlessOneIsGiven() throws {
        #expect(try text("datetime.truncate('day', datetime('2015-07-21T21:40+01:00'))") == "2015-07-21T00:00+01:00")
        #expect(try text("time.truncate('hour', time('12:31-01:00'), {timezone: '+01:00'})") == "12:00+01:00")
        #expect(try text("localtime.truncate('millisecond', localtime('12:31:14.645876123'), {nanosecond: 2})")
            == "12:31:14.645000002")
    }

    @Test func componentsOfDurations() throws {
        let d = "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111})"
        #expect(try evaluate("\(d).quarters") == .int(5))
        #expect(try evaluate("\(d).minutesOfHour") == .int(1))
        #expect(try evaluate("\(d).milliseconds") == .int(3_661_111))
    }

    @Test func theStatementClockIsFixed() throws {
        #expect(try text("duration.inSeconds(datetime(), datetime())") == "PT0S")
    }

    @Test func invalidFieldsAreArgumentErrors() {
        #expect(throws: (any Error).self) { try evaluate("localtime({hour: 24})") }
        #expect(throws: (any Error).self) { try evaluate("datetime({year: 1984, timezone: 'Nowhere/Special'})") }
        #expect(throws: (any Error).self) { try evaluate("date({year: 1984, hour: 1})") }
    }
}
