import Testing
import Trellis
import TrellisCore

/// Extreme inputs to the temporal functions and operators end in a value within the supported
/// range (years -999999999 to +999999999) or in an error value, never in a trap. Each of the
/// queries marked "trapped" stopped the process with an arithmetic overflow before the range
/// checks; those marked "out of range" gave a value that no constructor accepts.
@Suite("Temporal range")
struct TemporalRangeTests {
    static let max = "9223372036854775807"
    static let min = "-9223372036854775808"

    /// The error `expression` fails with; a test failure when it gives a value.
    func failure(_ expression: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TrellisError? {
        do {
            let value = try evaluate(expression)
            Issue.record("\(expression) gave \(value)", sourceLocation: sourceLocation)
        } catch let error as TrellisError {
            return error
        } catch {
            Issue.record("\(expression) threw \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    /// Expects `expression` to fail with `kind` and `code`, located in the query.
    func expectFailure(_ expression: String, _ kind: TrellisError.Kind, _ code: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let error = failure(expression, sourceLocation: sourceLocation) else { return }
        #expect(error.kind == kind && error.code == code, "\(expression): \(error)", sourceLocation: sourceLocation)
        #expect(error.range != nil, "\(expression): \(error) has no source range", sourceLocation: sourceLocation)
    }

    func expectOutOfRange(_ expression: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectFailure(expression, .argumentError, "InvalidArgumentValue", sourceLocation: sourceLocation)
    }

    func expectOverflow(_ expression: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectFailure(expression, .arithmeticError, "IntegerOverflow", sourceLocation: sourceLocation)
    }

    @Test func epochFieldsOutsideTheRangeAreErrors() {
        expectOutOfRange("datetime({epochSeconds: -9223372036854775807})")  // trapped
        expectOutOfRange("datetime({epochSeconds: \(Self.min)})")
        expectOutOfRange("datetime({epochSeconds: \(Self.max), timezone: '+14:00'})")  // trapped
        expectOutOfRange("datetime({epochSeconds: \(Self.max), nanosecond: 999999999})")
        expectOutOfRange("datetime({epochSeconds: -100000000000000000})")  // out of range: year -3168871881
        expectOutOfRange("datetime({epochSeconds: 100000000000000000, timezone: 'Europe/Stockholm'})")
        expectOutOfRange("datetime.fromepoch(\(Self.max), 0)")
        expectOutOfRange("datetime.fromepoch(\(Self.max), \(Self.max))")
        expectOutOfRange("datetime.fromepoch(-9223372036854775807, 0)")  // trapped
    }

    @Test func epochMillisCoverAllOfTheirRange() throws {
        // The most milliseconds an INTEGER holds are some 292 million years, inside the range.
        #expect(try text("datetime({epochMillis: -9223372036854775807})") == "-292275055-05-16T16:47:04.193Z")  // trapped
        #expect(try text("datetime.fromepochmillis(\(Self.min))") == "-292275055-05-16T16:47:04.192Z")  // trapped
        #expect(try text("datetime.fromepochmillis(\(Self.max))") == "+292278994-08-17T07:12:55.807Z")
        #expect(try evaluate("datetime.fromepochmillis(\(Self.min)).epochMillis") == .int(.min))
        #expect(try evaluate("datetime.fromepoch(0, \(Self.max)).epochSeconds") == .int(9_223_372_036))
    }

    @Test func theEdgesOfTheRangeAreValues() throws {
        #expect(try text("date('-999999999-01-01')") == "-999999999-01-01")
        #expect(try text("datetime({year: 999999999, month: 12, day: 31, timezone: 'Europe/Stockholm'})")
            == "+999999999-12-31T00:00+01:00[Europe/Stockholm]")  // trapped
        #expect(try text("datetime({year: -999999999, month: 1, day: 1, timezone: 'America/New_York'})")
            == "-999999999-01-01T00:00-04:56:02[America/New_York]")
        #expect(try text("datetime('+999999999-12-31T23:59:59.999999999-18:00')") == "+999999999-12-31T23:59:59.999999999-18:00")
        #expect(try evaluate("datetime('+999999999-12-31T23:59:59-18:00').epochSeconds") == .int(31_556_889_832_845_599))
        #expect(try text("date({year: -999999999, week: 1, dayOfWeek: 1})") == "-999999999-01-01")
    }

    @Test func constructorsStayInTheRange() {
        expectOutOfRange("datetime({datetime: datetime('+999999999-12-31T23:00-18:00'), timezone: '+18:00'})")  // out of range
        expectOutOfRange("datetime.truncate('millennium', datetime({year: -999999999, timezone: '+18:00'}))")
        expectFailure("date({year: 999999999, week: 52, dayOfWeek: 7})", .argumentError, "InvalidArgumentValue")  // out of range
        expectFailure("date('+999999999-W52-7')", .argumentError, "InvalidArgumentValue")  // out of range
        expectFailure("date({year: 1000000000})", .argumentError, "InvalidArgumentValue")
        expectFailure("localdatetime({year: \(Self.min), month: 1})", .argumentError, "InvalidArgumentValue")
    }

    @Test func arithmeticStaysInTheRange() {
        expectOutOfRange("date('2020-01-01') + duration({months: \(Self.max)})")  // trapped
        expectOutOfRange("date('2020-01-01') - duration({months: \(Self.max)})")  // trapped
        expectOutOfRange("date('2020-01-01') + duration({days: \(Self.max), seconds: \(Self.max)})")  // trapped
        expectOutOfRange("localdatetime('2020-01-01') + duration({seconds: 9000000000000000000})")  // out of range
        expectOutOfRange("localdatetime('+999999999-12-31T23:59:59.999999999') + duration({nanoseconds: 1})")  // out of range
        expectOutOfRange("datetime('2020-01-01') + duration({seconds: 9000000000000000000})")  // out of range
        expectOutOfRange("datetime('2020-01-01T00:00[Europe/Stockholm]') + duration({seconds: 9000000000000000000})")  // trapped
        expectOutOfRange("datetime('-999999999-01-01T00:00+18:00') - duration({nanoseconds: 1})")
    }

    @Test func componentsTooLargeForAnIntegerOverflow() throws {
        expectOverflow("datetime({year: 999999999, month: 12, day: 31}).epochMillis")  // trapped
        expectOverflow("duration({seconds: \(Self.max)}).milliseconds")  // wrapped to -1000
        expectOverflow("duration({seconds: \(Self.min)}).microseconds")  // wrapped
        expectOverflow("duration({seconds: 9223372037}).nanoseconds")  // wrapped
        #expect(try evaluate("duration({seconds: 9223372036, nanoseconds: 854775807}).nanoseconds") == .int(.max))
        #expect(try evaluate("duration({months: \(Self.max)}).years") == .int(768_614_336_404_564_650))
    }

    @Test func durationPartsThatOverflowAreErrors() throws {
        expectOverflow("duration({seconds: \(Self.max), nanoseconds: 999999999}) + duration({nanoseconds: 1})")  // trapped
        expectOverflow("duration({seconds: \(Self.max), nanoseconds: 999999999}) * 1 + duration({nanoseconds: 1})")  // trapped
        expectOverflow("duration({seconds: 4611686018427387904, nanoseconds: 500000000}) * 2")
        expectFailure("duration({seconds: \(Self.max), nanoseconds: \(Self.max)})", .argumentError, "NumberOutOfRange")  // trapped
        expectFailure("duration('-P-768614336404564650Y-8M')", .argumentError, "InvalidArgumentValue")  // trapped
        expectFailure("duration('PT-2562047788015215H-30M-8.5S')", .argumentError, "InvalidArgumentValue")  // trapped
        expectOverflow("-duration({seconds: \(Self.min)})")
        // Negating keeps the fraction: -(min + 1ns) is max + 999999999ns.
        #expect(try text("-duration({seconds: \(Self.min), nanoseconds: 1})") == "PT2562047788015215H30M7.999999999S")
        #expect(try text("duration('-PT-2562047788015215H-30M-7.5S')") == "PT2562047788015215H30M7.5S")
    }

    /// A dump writes durations as their text; every duration's text must read back, parts of
    /// 19 digits included (they were refused, so a dump with one did not reload).
    @Test func everyDurationsTextReadsBack() throws {
        for parts in ["months: \(Self.max), days: \(Self.min), seconds: \(Self.max), nanoseconds: 999999999",
                      "months: \(Self.min), days: \(Self.max), seconds: \(Self.min)",
                      "seconds: \(Self.min), nanoseconds: 500000000", "days: -1, seconds: 1, nanoseconds: 1"] {
            let d = "duration({\(parts)})"
            let written = try text(d) ?? ""
            #expect(try evaluate("duration('\(written)') = \(d)") == .bool(true), "\(written)")
        }
        #expect(try text("duration('P-9223372036854775808D')") == "P-9223372036854775808D")
        expectFailure("duration('P9223372036854775808D')", .argumentError, "InvalidArgumentValue")
    }

    /// The integer, float and string inputs a property test throws at every field.
    static let extremes: [Value] = [
        .int(.min), .int(.min + 1), .int(.max), .int(-100_000_000_000_000_000), .int(100_000_000_000_000_000),
        .int(-31_557_014_135_596_800), .int(-31_557_014_135_661_600), .int(31_556_889_832_780_799), .int(31_556_889_832_845_599), .int(-1), .int(0), .int(1_000_000_000),
        .float(1e300), .float(-1e300), .float(.nan), .float(.infinity), .float(-.infinity), .float(1e17), .float(-0.5),
        .string("+999999999-12-31T23:59:59.999999999-18:00"),
    ]

    static let instantFields = ["epochSeconds", "epochMillis", "nanosecond"]
    static let calendarFields = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter",
                                 "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]
    static let durationFields = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds",
                                 "milliseconds", "microseconds", "nanoseconds"]
    static let zones: [Value] = [.null, .string("-18:00"), .string("Europe/Stockholm")]

    /// Every outcome is an error value or a value in range that prints and takes part in
    /// arithmetic and comparison without trapping.
    private func expectValueOrError(_ db: Database, _ query: String, _ parameters: [String: Value]) {
        do {
            let row = try db.execute(query, parameters: parameters).rows[0]
            for value in row {
                #expect(TemporalRange.contains(value), "\(query) \(parameters) gave \(value), out of range")
                _ = render(value)
            }
        } catch is TrellisError {
        } catch {
            Issue.record("\(query) \(parameters) threw \(error)")
        }
    }

    @Test func everyConstructorTakesExtremeFields() {
        let db = Database()
        for kind in ["date", "localtime", "time", "localdatetime", "datetime"] {
            let base = kind == "date" || kind == "localdatetime" || kind == "datetime" ? "year: 2000, " : "hour: 12, "
            for field in Self.calendarFields + (kind == "datetime" ? Self.instantFields : []) {
                for zone in kind == "time" || kind == "datetime" ? Self.zones : [.null] {
                    for value in Self.extremes {
                        let maps = field.hasPrefix("epoch") ? ["{\(field): $v, timezone: $z}"]
                            : ["{\(field): $v, timezone: $z}", "{\(base)\(field): $v, timezone: $z}"]
                        for map in maps {
                            expectValueOrError(db, "WITH \(kind)(\(map)) AS t RETURN t, toString(t), t.epochMillis, t.epochSeconds",
                                               ["v": value, "z": zone])
                        }
                    }
                }
            }
        }
    }

    @Test func everyOtherTemporalFunctionTakesExtremeArguments() {
        let db = Database()
        for value in Self.extremes {
            for query in [
                "RETURN datetime.fromepoch($v, $v)", "RETURN datetime.fromepoch($v, 0)", "RETURN datetime.fromepoch(0, $v)",
                "RETURN datetime.fromepochmillis($v)", "RETURN duration({seconds: $v, nanoseconds: $v})",
                "RETURN date($v)", "RETURN localtime($v)", "RETURN time($v)", "RETURN localdatetime($v)", "RETURN datetime($v)",
                "RETURN duration($v)",
            ] {
                expectValueOrError(db, query, ["v": value])
            }
            for field in Self.durationFields {
                expectValueOrError(db, "WITH duration({\(field): $v}) AS d RETURN d, toString(d), d.nanoseconds, d.milliseconds, -d, d * 2, d / 0.5",
                                   ["v": value])
            }
        }
    }

    @Test func arithmeticOnTheEdgesTakesExtremeDurations() {
        let db = Database()
        let edges = [
            "date('-999999999-01-01')", "date('+999999999-12-31')", "localtime('23:59:59.999999999')", "time('00:00+18:00')",
            "localdatetime('-999999999-01-01T00:00')", "localdatetime('+999999999-12-31T23:59:59.999999999')",
            "datetime('-999999999-01-01T00:00+18:00')", "datetime('+999999999-12-31T23:59:59.999999999-18:00')",
            "datetime('+999999999-12-31T23:59:59.999999999[Europe/Stockholm]')", "datetime('-999999999-01-01T00:00[America/New_York]')",
        ]
        for edge in edges {
            for field in Self.durationFields {
                for value in Self.extremes {
                    expectValueOrError(db, """
                        WITH \(edge) AS t, duration({\(field): $v}) AS d
                        RETURN t + d, t - d, d + t, toString(t + d), t < t + d
                        """, ["v": value])
                }
            }
            for unit in ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day", "hour", "second"] {
                for kind in ["date", "localtime", "time", "localdatetime", "datetime"] {
                    expectValueOrError(db, "RETURN \(kind).truncate('\(unit)', \(edge))", [:])
                    expectValueOrError(db, "RETURN \(kind).truncate('\(unit)', \(edge), {timezone: '+18:00'})", [:])
                }
            }
            for other in edges {
                for function in ["duration.between", "duration.inMonths", "duration.inDays", "duration.inSeconds"] {
                    expectValueOrError(db, "RETURN \(function)(\(edge), \(other))", [:])
                }
                for kind in ["date", "localtime", "time", "localdatetime", "datetime"] {
                    expectValueOrError(db, "RETURN \(kind)({\(kind == "localtime" || kind == "time" ? "time" : "date"): \(edge), timezone: '-18:00'})", [:])
                }
            }
        }
    }
}
