import Foundation
import Testing
import Trellis

/// Extreme temporal values are errors located at the expression, never traps; the values at the
/// edges of the supported range can be stored, printed in every format, dumped, checkpointed and
/// read back.
@Suite("Hardening: temporal values")
struct TemporalHardeningTests {
    let db = Database()

    /// These stopped the process with an arithmetic overflow trap (the last one gave a datetime
    /// in year -3168871881, outside the range every other constructor keeps to).
    @Test(arguments: [
        "RETURN datetime({epochSeconds: -9223372036854775807})",
        "RETURN datetime({epochSeconds: 9223372036854775807, timezone: '+14:00'})",
        "RETURN datetime.fromepoch(-9223372036854775807, 0)",
        "RETURN date('2020-01-01') + duration({months: 9223372036854775807})",
        "RETURN datetime('2020-01-01T00:00[Europe/Stockholm]') + duration({seconds: 9000000000000000000})",
        "RETURN datetime({epochSeconds: -100000000000000000})",
    ])
    func instantsOutOfRange(query: String) throws {
        let error = try expectFailure(db, query, .argumentError, "InvalidArgumentValue")
        #expect(error.range?.start.offset == 7, "\(error)")
        #expect(error.message.contains("supported range"), "\(error)")
    }

    @Test func epochMillisOfTheSmallestIntegerIsAValue() throws {
        // Trapped: the millisecond split multiplied past Int64.min.
        #expect(try value(db, "RETURN toString(datetime({epochMillis: -9223372036854775807}))") == .string("-292275055-05-16T16:47:04.193Z"))
    }

    @Test func componentsThatDoNotFitAreOverflowErrorsAtTheAccess() throws {
        // Trapped (epochMillis) and wrapped to -1000 (milliseconds).
        let error = try expectFailure(db, "WITH datetime('+999999999-12-31T00:00Z') AS d RETURN 1 + d.epochMillis",
                                      .arithmeticError, "IntegerOverflow")
        #expect(error.range?.start.offset == 57, "\(error)")
        try expectFailure(db, "RETURN duration({seconds: 9223372036854775807}).milliseconds", .arithmeticError, "IntegerOverflow")
    }

    @Test func anOutOfRangeValueIsNeverStored() throws {
        let db = Database()
        try expectFailure(db, "CREATE (:Z {e: datetime({epochSeconds: 9223372036854775807, timezone: '+14:00'})})",
                          .argumentError, "InvalidArgumentValue")
        #expect(try value(db, "MATCH (n) RETURN count(n)") == .int(0))
    }

    @Test func parametersOutOfRangeAreRefused() throws {
        var fraction = DurationValue.zero
        fraction.nanoseconds = -1
        var time = LocalTimeValue.midnight
        time.nanosecondOfDay = -1
        let parameters: [Value] = [
            .date(DateValue(daysSinceEpoch: .max)),
            .list([.dateTime(DateTimeValue(epochSeconds: .max, nanosecond: 0, offsetSeconds: 50_400))]),
            .map(["t": .localTime(time)]),
            .duration(fraction),
        ]
        for parameter in parameters {
            do {
                _ = try db.execute("CREATE (:Z {e: $p}) RETURN toString($p)", parameters: ["p": parameter])
                Issue.record("\(parameter) was accepted")
            } catch let error as TrellisError {
                #expect(error.kind == .argumentError && error.code == "InvalidArgumentValue", "\(error)")
            }
        }
        #expect(try value(db, "MATCH (n) RETURN count(n)") == .int(0))
    }

    /// The first and last values of every temporal type, and durations with extreme parts.
    static let edges = """
        CREATE (:Edge {
          dmin: date('-999999999-01-01'), dmax: date('+999999999-12-31'),
          ldmin: localdatetime('-999999999-01-01T00:00'), ldmax: localdatetime('+999999999-12-31T23:59:59.999999999'),
          zmin: datetime('-999999999-01-01T00:00+18:00'), zmax: datetime('+999999999-12-31T23:59:59.999999999-18:00'),
          named: datetime('+999999999-12-31T23:59:59.999999999[Europe/Stockholm]'),
          ny: datetime('-999999999-01-01T00:00[America/New_York]'),
          ms: datetime({epochMillis: -9223372036854775807}),
          tmin: time('00:00+18:00'), tmax: time('23:59:59.999999999-18:00'), lt: localtime('23:59:59.999999999'),
          durmax: duration({months: 9223372036854775807, days: 9223372036854775807, seconds: 9223372036854775807, nanoseconds: 999999999}),
          durmin: duration({months: -9223372036854775808, days: -9223372036854775808, seconds: -9223372036854775808}),
          list: [date('+999999999-12-31'), date('-999999999-01-01')]
        })
        """

    static func printAll(_ result: QueryResult) -> [String] {
        OutputFormat.allCases.map { format in
            var text = ""
            format.makeFormatter().write(result, to: &text)
            return text
        }
    }

    @Test func theEdgesOfTheRangePrintDumpAndReload() throws {
        let db = Database()
        try db.execute(Self.edges)
        let query = "MATCH (e:Edge) UNWIND keys(e) AS k WITH e, k WHERE k <> 'again' RETURN k, e[k] AS v ORDER BY k"
        let result = try db.execute(query)
        #expect(result.rows.count == 15)
        for text in Self.printAll(result) { #expect(text.contains("+999999999-12-31"), "\(text.prefix(200))") }
        #expect(try value(db, "MATCH (e:Edge) RETURN toString(e.ms)") == .string("-292275055-05-16T16:47:04.193Z"))

        let script = db.dumpCypher()
        let reloaded = Database()
        try reloaded.execute(script)
        #expect(GraphCanonicalForm(reloaded.snapshot()) == GraphCanonicalForm(db.snapshot()))

        let folder = NSTemporaryDirectory() + "trellis-temporal-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try !db.dumpCSV(toFolder: folder + "/csv").isEmpty)

        let path = folder + "/edges.trellis"
        do {
            let file = try Database(path: path)
            try file.execute(Self.edges)
            try file.checkpoint()
        }
        for round in 0..<2 {
            let file = try Database(path: path)
            #expect(try file.execute(query).rows == result.rows, "round \(round)")
            #expect(try file.execute("MATCH (e:Edge) RETURN e.again = e.zmax").rows == [[round == 0 ? .null : .bool(true)]])
            try file.execute("MATCH (e:Edge) SET e.again = e.zmax")
            try file.checkpoint()
        }
    }
}
