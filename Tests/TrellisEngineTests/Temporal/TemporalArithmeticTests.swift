import Testing
import Trellis

@Suite("Temporal arithmetic")
struct TemporalArithmeticTests {
    @Test func monthsClampToTheEndOfTheMonth() throws {
        #expect(try text("date('2015-01-31') + duration('P1M')") == "2015-02-28")
        #expect(try text("date('2016-03-31') - duration('P1M')") == "2016-02-29")
    }

    @Test func datesTakeWholeDaysOfTheSeconds() throws {
        #expect(try text("date('1984-10-11') + duration({hours: 47})") == "1984-10-12")
    }

    @Test func timesWrapAroundMidnight() throws {
        #expect(try text("localtime('23:30') + duration('PT45M')") == "00:15")
        #expect(try text("time('00:10+01:00') - duration('PT20M')") == "23:50+01:00")
    }

    @Test func datetimesMoveDaysOnTheClockAndSecondsOnTheTimeLine() throws {
        // Summer time in Stockholm starts on 2015-03-29 at 02:00.
        #expect(try text("datetime('2015-03-28T12:00[Europe/Stockholm]') + duration('P1D')")
            == "2015-03-29T12:00+02:00[Europe/Stockholm]")
        #expect(try text("datetime('2015-03-28T12:00[Europe/Stockholm]') + duration('PT24H')")
            == "2015-03-29T13:00+02:00[Europe/Stockholm]")
    }

    @Test func durationsAddPartByPart() throws {
        #expect(try text("duration('P1M2D') + duration('PT1H') - duration('P3D')") == "P1M-1DT1H")
        #expect(try text("-duration('PT1.5S')") == "PT-1.5S")
    }

    @Test func durationsScaleByNumbers() throws {
        let d = "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})"
        #expect(try text("\(d) * 2") == "P24Y10M28DT32H26M20.000000002S")
        #expect(try text("\(d) / 2") == "P6Y2M22DT13H21M8S")
        #expect(try text("0.5 * \(d)") == "P6Y2M22DT13H21M8S")
    }

    @Test func betweenCountsMonthsThenDaysThenSeconds() throws {
        #expect(try text("duration.between(date('1984-10-11'), date('2015-06-24'))") == "P30Y8M13D")
        #expect(try text("duration.between(localtime('14:30'), date('2015-06-24'))") == "PT-14H-30M")
        #expect(try text("duration.inMonths(date('2018-03-11'), date('2016-06-24'))") == "P-1Y-8M")
        #expect(try text("duration.inSeconds(localtime('12:34:54.7'), localtime('12:34:54.3'))") == "PT-0.4S")
    }

    @Test func addingTwoInstantsIsATypeError() {
        #expect(throws: (any Error).self) { try evaluate("date('2015-01-01') + date('2015-01-02')") }
    }
}
