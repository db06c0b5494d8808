import Foundation
import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Date functions")
struct DateFunctionTests {
    @Test("parses ISO 8601 strings", arguments: [
        ("2015-07-21", "2015-07-21"), ("20150721", "2015-07-21"), ("2015-07", "2015-07-01"), ("201507", "2015-07-01"),
        ("2015-W30-2", "2015-07-21"), ("2015W302", "2015-07-21"), ("2015-W30", "2015-07-20"), ("2015W30", "2015-07-20"),
        ("2015-202", "2015-07-21"), ("2015202", "2015-07-21"), ("2015", "2015-01-01"),
        ("2015-w30-2", "2015-07-21"), (" 2015-07-21 ", "2015-07-21"), ("2016-02-29", "2016-02-29"),
        ("2000-366", "2000-12-31"), ("2015-W53-7", "2016-01-03"), ("2009-W01-1", "2008-12-29"),
        ("-0044-03-15", "-0044-03-15"), ("+2015-07-21", "2015-07-21"), ("-0001", "-0001-01-01"),
        ("12345-01-01", "+12345-01-01"), ("0000-01-01", "0000-01-01"),
    ])
    func parsesStrings(text: String, expected: String) throws {
        let result = try call("date", .string(text))
        guard case .date(let d) = result else {
            Issue.record("date('\(text)') gave \(describe(result))")
            return
        }
        #expect(d.description == expected)
    }

    @Test("rejects invalid strings", arguments: [
        "", "2015-13-01", "2015-02-29", "2015-00-10", "2015-01-32", "2015-1-1", "15-07-21", "2015/07/21", "2015-07-21T10:00",
        "2015-W54", "2015-W00", "2014-W53", "2015-W30-8", "2015-W30-0", "2015-366", "2015-000", "20150", "2015000", "2015367",
        "201507210", "abcd", "2015-07-", "2015--07", "-2015W30", "2015W3", "2015W3021", "２０１５", "2015-07-21-01",
    ])
    func rejectsStrings(text: String) {
        let error = expectError(.argumentError, "InvalidArgumentValue") { try call("date", .string(text)) }
        #expect(error?.message.contains("date()") == true)
    }

    @Test("builds dates from maps", arguments: [
        (["year": 1984, "month": 10, "day": 11], "1984-10-11"),
        (["year": 1984, "month": 10], "1984-10-01"),
        (["year": 1984, "week": 10, "dayOfWeek": 3], "1984-03-07"),
        (["year": 1984, "week": 10], "1984-03-05"),
        (["year": 1984], "1984-01-01"),
        (["year": 1984, "ordinalDay": 202], "1984-07-20"),
        (["year": 1984, "quarter": 3, "dayOfQuarter": 45], "1984-08-14"),
        (["year": 1984, "quarter": 3], "1984-07-01"),
        (["year": 1816, "week": 1], "1816-01-01"),
        (["year": 1816, "week": 52], "1816-12-23"),
        (["year": 1817, "week": 1], "1816-12-30"),
        (["year": 1817, "week": 10], "1817-03-03"),
        (["year": 1817, "week": 30], "1817-07-21"),
        (["year": 1817, "week": 52], "1817-12-22"),
        (["year": 1818, "week": 1], "1817-12-29"),
        (["year": 1818, "week": 52], "1818-12-21"),
        (["year": 1818, "week": 53], "1818-12-28"),
        (["year": 1819, "week": 1], "1819-01-04"),
        (["year": 1819, "week": 52], "1819-12-27"),
        (["dayOfWeek": 2, "year": 1817, "week": 1], "1816-12-31"),
        (["date": day(1816, 12, 30), "week": 2, "dayOfWeek": 3], "1817-01-08"),
        (["date": day(1816, 12, 31), "week": 2], "1817-01-07"),
        (["date": day(1816, 12, 31), "year": 1817, "week": 2], "1817-01-07"),
        (["date": day(1984, 10, 11)], "1984-10-11"),
        (["date": day(1984, 10, 11), "day": 28], "1984-10-28"),
        (["date": day(1984, 10, 11), "year": 2000], "2000-10-11"),
        (["date": day(1984, 10, 11), "ordinalDay": 1], "1984-01-01"),
        (["date": day(1984, 10, 11), "dayOfQuarter": 1], "1984-10-01"),
        (["date": day(1984, 10, 11), "quarter": 1], "1984-01-11"),
        (["YEAR": 1984, "Month": 2, "DAY": 29], "1984-02-29"),
        (["year": 1984, "month": 2, "day": .null], "1984-02-01"),
        (["year": -44, "month": 3, "day": 15], "-0044-03-15"),
    ] as [(Value, String)])
    func buildsFromMaps(fields: Value, expected: String) throws {
        let result = try call("date", fields)
        guard case .date(let d) = result else {
            Issue.record("date(\(describe(fields))) gave \(describe(result))")
            return
        }
        #expect(d.description == expected)
    }

    @Test("rejects invalid maps", arguments: [
        ["month": 1], ["year": 1984, "day": 1], ["year": 1984, "dayOfWeek": 1], ["year": 1984, "dayOfQuarter": 1],
        ["year": 1984, "month": 13], ["year": 1983, "month": 2, "day": 29], ["year": 1984, "week": 53],
        ["year": 1984, "week": 1, "dayOfWeek": 8], ["year": 1983, "ordinalDay": 366], ["year": 1984, "quarter": 5],
        ["year": 1984, "quarter": 1, "dayOfQuarter": 92], ["year": 1984, "month": 1, "week": 1],
        ["year": 1984, "ordinalDay": 1, "quarter": 1], ["year": 1984, "hour": 1], ["year": 1984, "timezone": "UTC"],
        ["date": day(2016, 2, 29), "year": 2017], ["year": 1_000_000_000],
    ] as [Value])
    func rejectsMaps(fields: Value) {
        expectError(.argumentError, "InvalidArgumentValue") { try call("date", fields) }
    }

    @Test func mapFieldTypes() {
        expectError(.typeError, "InvalidArgumentType") { try call("date", ["year": "1984"]) }
        expectError(.typeError, "InvalidArgumentType") { try call("date", ["year": 1984.0]) }
        expectError(.typeError, "InvalidArgumentType") { try call("date", ["date": "1984-01-01"]) }
    }

    @Test func otherArguments() {
        expectValue(try call("date", .null), .null)
        expectValue(try call("date", day(2020, 5, 17)), day(2020, 5, 17))
        for bad: Value in [20150721, 1.5, true, [2015, 7, 21], .node(1)] {
            expectError(.typeError, "InvalidArgumentType") { try call("date", bad) }
        }
    }

    @Test func todayIsTheCurrentUTCDate() throws {
        let expectedDays = Int64((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        for name in ["date", "date.statement", "date.transaction", "date.realtime"] {
            guard case .date(let d) = try call(name) else {
                Issue.record("\(name)() did not return a date")
                continue
            }
            // Allow for the test straddling midnight.
            #expect(d.daysSinceEpoch == expectedDays || d.daysSinceEpoch == expectedDays + 1)
        }
    }

    @Test("truncates", arguments: [
        ("millennium", day(2017, 10, 11), [:], "2000-01-01"),
        ("millennium", day(2017, 10, 11), ["day": 2], "2000-01-02"),
        ("century", day(1984, 10, 11), [:], "1900-01-01"),
        ("century", day(1984, 10, 11), ["day": 2], "1900-01-02"),
        ("decade", day(1984, 10, 11), [:], "1980-01-01"),
        ("decade", day(1984, 10, 11), ["day": 2], "1980-01-02"),
        ("year", day(1984, 10, 11), [:], "1984-01-01"),
        ("year", day(1984, 10, 11), ["day": 2], "1984-01-02"),
        ("weekYear", day(1984, 2, 1), [:], "1984-01-02"),
        ("weekYear", day(1984, 2, 1), ["day": 5], "1984-01-05"),
        ("weekYear", day(1984, 1, 1), [:], "1983-01-03"),
        ("weekYear", day(1984, 1, 1), ["day": 5], "1983-01-05"),
        ("quarter", day(1984, 11, 11), [:], "1984-10-01"),
        ("quarter", day(1984, 11, 11), ["day": 2], "1984-10-02"),
        ("month", day(1984, 10, 11), [:], "1984-10-01"),
        ("month", day(1984, 10, 11), ["day": 2], "1984-10-02"),
        ("week", day(1984, 10, 11), [:], "1984-10-08"),
        ("week", day(1984, 10, 11), ["dayOfWeek": 2], "1984-10-09"),
        ("day", day(1984, 10, 11), [:], "1984-10-11"),
        ("MONTH", day(1984, 10, 11), [:], "1984-10-01"),
        ("century", day(-44, 3, 15), [:], "-0100-01-01"),
        ("millennium", day(2000, 1, 1), [:], "2000-01-01"),
        ("decade", day(-1, 6, 1), [:], "-0010-01-01"),
    ] as [(String, Value, Value, String)])
    func truncates(unit: String, input: Value, fields: Value, expected: String) throws {
        let result = try call("date.truncate", .string(unit), input, fields)
        guard case .date(let d) = result else {
            Issue.record("date.truncate gave \(describe(result))")
            return
        }
        #expect(d.description == expected)
        if case .map(let m) = fields, m.isEmpty {
            expectValue(try call("date.truncate", .string(unit), input), result)
        }
    }

    @Test func truncateErrors() {
        expectError(.argumentError, "InvalidArgumentValue") { try call("date.truncate", "fortnight", day(2020, 1, 1)) }
        expectError(.argumentError, "InvalidArgumentValue") { try call("date.truncate", "hour", day(2020, 1, 1)) }
        expectError(.typeError, "InvalidArgumentType") { try call("date.truncate", "year", "2020-01-01") }
        expectError(.typeError, "InvalidArgumentType") { try call("date.truncate", 1, day(2020, 1, 1)) }
        expectError(.typeError, "InvalidArgumentType") { try call("date.truncate", "year", day(2020, 1, 1), 1) }
        expectValue(try call("date.truncate", "year", .null), .null)
        expectValue(try call("date.truncate", .null, day(2020, 1, 1)), .null)
        // A null map of overrides is the same as none.
        expectValue(try call("date.truncate", "year", day(2020, 1, 1), .null), day(2020, 1, 1))
    }

    @Test func components() {
        let d = DateValue(year: 1984, month: 10, day: 11)!  // a Thursday
        let expected: [(String, Int64)] = [
            ("year", 1984), ("quarter", 4), ("month", 10), ("week", 41), ("weekYear", 1984), ("day", 11),
            ("ordinalDay", 285), ("dayOfYear", 285), ("dayOfQuarter", 11), ("dayOfWeek", 4), ("weekDay", 4),
            ("YEAR", 1984), ("dayofweek", 4),
        ]
        for (key, value) in expected {
            expectValue(DateFunctions.dateComponent(d, key) ?? .null, .int(value))
        }
        #expect(DateFunctions.dateComponent(d, "hour") == nil)
        #expect(DateFunctions.dateComponent(d, "") == nil)
    }

    @Test func weekComponentsAtYearBoundaries() {
        let cases: [(DateValue, Int64, Int64, Int64)] = [
            (DateValue(year: 2016, month: 1, day: 1)!, 2015, 53, 5),
            (DateValue(year: 2008, month: 12, day: 29)!, 2009, 1, 1),
            (DateValue(year: 1984, month: 1, day: 1)!, 1983, 52, 7),
            (DateValue(year: 2020, month: 12, day: 31)!, 2020, 53, 4),
            (DateValue(year: 2021, month: 1, day: 4)!, 2021, 1, 1),
        ]
        for (d, weekYear, week, dayOfWeek) in cases {
            expectValue(DateFunctions.dateComponent(d, "weekYear") ?? .null, .int(weekYear))
            expectValue(DateFunctions.dateComponent(d, "week") ?? .null, .int(week))
            expectValue(DateFunctions.dateComponent(d, "dayOfWeek") ?? .null, .int(dayOfWeek))
        }
        expectValue(DateFunctions.dateComponent(DateValue(year: 2016, month: 12, day: 31)!, "dayOfQuarter") ?? .null, 92)
        expectValue(DateFunctions.dateComponent(DateValue(year: 2016, month: 3, day: 31)!, "dayOfQuarter") ?? .null, 91)
    }

    @Test func weekDatesRoundTrip() throws {
        var d = DateValue(year: 1999, month: 12, day: 20)!
        for _ in 0..<800 {
            guard case .int(let weekYear) = DateFunctions.dateComponent(d, "weekYear"),
                  case .int(let week) = DateFunctions.dateComponent(d, "week") else { return }
            let rebuilt = try call("date", .map(["year": .int(weekYear), "week": .int(week), "dayOfWeek": .int(d.weekday)]))
            expectValue(rebuilt, .date(d))
            let ordinal = try call("date", .map(["year": .int(d.components.year), "ordinalDay": .int(d.dayOfYear)]))
            expectValue(ordinal, .date(d))
            expectValue(try call("date", .string(d.description)), .date(d))
            d = DateValue(daysSinceEpoch: d.daysSinceEpoch + 1)
        }
    }
}
