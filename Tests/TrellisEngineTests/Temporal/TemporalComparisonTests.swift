import Testing
import Trellis

@Suite("Temporal comparison")
struct TemporalComparisonTests {
    @Test func timesCompareByInstant() throws {
        #expect(try evaluate("time('10:00+01:00') < time('09:35Z')") == .bool(true))
        #expect(try evaluate("time('10:00+01:00') = time('09:00Z')") == .bool(false))
        #expect(try evaluate("time('10:00+01:00') <= time('09:00Z')") == .bool(true))
    }

    @Test func datetimesCompareByInstant() throws {
        #expect(try evaluate("datetime('2015-07-21T21:40+01:00') > datetime('2015-07-21T20:30Z')") == .bool(true))
    }

    @Test func differentTemporalTypesAreIncomparable() throws {
        #expect(try evaluate("date('2015-07-21') < localdatetime('2015-07-21T00:00')") == .null)
        #expect(try evaluate("date('2015-07-21') = localdatetime('2015-07-21T00:00')") == .bool(false))
    }

    @Test func durationsAreEqualPartByPartButNotOrdered() throws {
        #expect(try evaluate("duration('PT70S') = duration('PT1M10S')") == .bool(true))
        #expect(try evaluate("duration('PT24H') = duration('P1D')") == .bool(false))
        #expect(try evaluate("duration('PT1S') < duration('PT2S')") == .null)
    }

    @Test func sortingFollowsTheGlobalTypeOrder() throws {
        let result = try Database().execute("""
            UNWIND [duration('PT1S'), localtime('12:00'), time('12:00Z'), date('2015-01-01'),
                    localdatetime('2015-01-01T12:00'), datetime('2015-01-01T12:00Z'), 'text'] AS v
            RETURN valueType(v) AS t ORDER BY v
            """)
        let names = result.rows.map { row -> String in
            if case .string(let s) = row[0] { return s }
            return ""
        }
        #expect(names == [
            "ZONED DATETIME NOT NULL", "LOCAL DATETIME NOT NULL", "DATE NOT NULL", "ZONED TIME NOT NULL",
            "LOCAL TIME NOT NULL", "DURATION NOT NULL", "STRING NOT NULL",
        ])
    }

    @Test func sortingTimesUsesTheirInstants() throws {
        let result = try Database().execute("""
            UNWIND [time('12:31+01:00'), time('12:35+05:00'), time('10:35-08:00')] AS t
            RETURN toString(t) AS s ORDER BY t
            """)
        #expect(result.rows.map { $0[0] } == [.string("12:35+05:00"), .string("12:31+01:00"), .string("10:35-08:00")])
    }
}
