import Foundation
import Trellis

/// Tries one input as a sequence of calls of the temporal functions and operators: each byte
/// string picks a function or an operator and its arguments — integers (64-bit edge values,
/// the edges of the supported years, or eight raw bytes), floats (NaN, infinities, huge values or
/// raw bits), maps of fields (`epochSeconds`, `year`, `hour`, ..., `timezone`), ISO 8601 strings
/// with numbers from the input spliced in, and values made by earlier calls — and runs it through
/// the public `Database` API.
///
/// Each call must end in a value or a `TrellisError`. A temporal value must have a year within
/// ±999,999,999, print in every output format, and come back equal from a stored property; now
/// and then the values are also written to a database file, checkpointed and read back after
/// reopening it. Anything else — a crash, a sanitizer report, another kind of error, a value that
/// changes on the way through storage — is a finding.
func fuzzTemporal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
    let usesFile = input.byte() % 32 == 0
    var session = TemporalSession()
    var calls = 0
    while !input.isEmpty && calls < 24 {
        session.call(&input)
        calls += 1
    }
    if usesFile { session.roundTripThroughFile() }
    return 0
}

/// The input, read from the front; once it is used up every read gives zeros.
struct FuzzInput {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isEmpty: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// One of `choices`, picked by the next byte.
    mutating func pick<T>(_ choices: [T]) -> T { choices[Int(byte()) % choices.count] }

    mutating func raw64() -> UInt64 {
        var value: UInt64 = 0
        for _ in 0..<8 { value = value << 8 | UInt64(byte()) }
        return value
    }

    /// The bounds of the supported range in days, local seconds and milliseconds, 64-bit edges,
    /// small numbers, or raw bytes.
    mutating func integer() -> Int64 {
        switch byte() % 8 {
        case 0, 1: return pick(Self.edgeIntegers)
        case 2: return Int64(Int8(bitPattern: byte()))
        case 3: return pick(Self.edgeIntegers) &+ Int64(Int8(bitPattern: byte()))
        default: return Int64(bitPattern: raw64())
        }
    }

    static let edgeIntegers: [Int64] = [
        .min, .min + 1, .max, .max - 1, 0, 1, -1, 999_999_999, -999_999_999, 1_000_000_000, -1_000_000_000,
        365_241_780_471, -365_243_219_162, 31_556_889_832_780_799, -31_557_014_135_596_800,
        31_556_889_832_845_599, -31_557_014_135_661_600, 100_000_000_000_000_000, -100_000_000_000_000_000,
        9_223_372_036_854_775, -9_223_372_036_854_776, 9_223_372_036, 86_400, 86_399_999_999_999, 999_999_999_999,
        768_614_336_404_564_650, 2_562_047_788_015_215, 12, 7, 53, 366, 4, 92, 23, 59, 60,
    ]

    mutating func float() -> Double {
        switch byte() % 4 {
        case 0: return pick([.nan, .infinity, -.infinity, 1e300, -1e300, 1e17, -1e17, 9.2e18, -9.3e18, 0.5, -0.5, 1e-300, 0])
        case 1: return Double(integer())
        case 2: return Double(integer()) + 0.5
        default: return Double(bitPattern: raw64())
        }
    }

    mutating func number() -> Value { byte() % 4 == 0 ? .float(float()) : .int(integer()) }

    /// ISO 8601 text with numbers from the input in place of its fields, or raw bytes.
    mutating func text() -> String {
        switch byte() % 6 {
        case 0:
            let count = Int(byte() % 40)
            return String(decoding: (0..<count).map { _ in byte() }, as: UTF8.self)
        case 1:
            return pick(Self.texts)
        default:
            var result = ""
            for piece in pick(Self.texts).split(separator: "#", omittingEmptySubsequences: false).enumerated() {
                if piece.offset > 0 { result += String(integer()) }
                result += piece.element
            }
            return result
        }
    }

    static let texts = [
        "+999999999-12-31T23:59:59.999999999-18:00", "-999999999-01-01T00:00+18:00", "+999999999-12-31", "-999999999-01-01",
        "+999999999-W52-7", "-999999999-W01-1", "+999999999-365", "2015-07-21T21:40:32.142[Europe/Stockholm]",
        "+999999999-12-31T23:59:59.999999999[America/New_York]", "23:59:59.999999999-18:00", "00:00+18:00",
        "P#Y#M#DT#H#M#S", "P#W", "PT#.#S", "-P#Y", "P#.#Y", "P#-#-#T#:#:#", "PT-#H-#M-#.#S",
        "#-#-#T#:#:#.#+#:#", "#-W#-#T#", "#-#T#", "#:#:#.#", "+#-12-31T23:59:59.999999999-18:00", "-#-01-01T00:00+18:00",
    ]
}

/// The values made so far and the databases they go through.
struct TemporalSession {
    private let database = Database()
    /// Temporal values made by earlier calls, as arguments for later ones.
    private var pool: [Value] = [
        .date(DateValue(daysSinceEpoch: 365_241_780_471)), .date(DateValue(daysSinceEpoch: -365_243_219_162)),
        .duration(DurationValue(months: .max, days: .min, seconds: .max, nanoseconds: 999_999_999)),
        .dateTime(DateTimeValue(epochSeconds: 31_556_889_832_845_599, nanosecond: 999_999_999, offsetSeconds: -64_800)),
        .localTime(LocalTimeValue(nanosecondOfDay: 86_399_999_999_999)),
    ]
    private var made: [Value] = []

    static let kinds = ["date", "localtime", "time", "localdatetime", "datetime"]
    static let fields = [
        "epochSeconds", "epochMillis", "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter",
        "hour", "minute", "second", "millisecond", "microsecond", "nanosecond",
    ]
    static let durationFields = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds",
                                 "milliseconds", "microseconds", "nanoseconds"]
    static let zones = ["Z", "+14:00", "-18:00", "+18:00", "Europe/Stockholm", "America/New_York", "Australia/Eucla",
                        "Pacific/Honolulu", "Europe/London", "+25:00", "Mars/Olympus"]
    static let units = ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day",
                        "hour", "minute", "second", "millisecond", "microsecond"]
    static let components = [
        "year", "quarter", "month", "week", "weekYear", "day", "ordinalDay", "dayOfQuarter", "dayOfWeek", "hour", "minute",
        "second", "millisecond", "microsecond", "nanosecond", "timezone", "offset", "offsetMinutes", "offsetSeconds",
        "epochSeconds", "epochMillis", "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds",
        "milliseconds", "microseconds", "nanoseconds", "quartersOfYear", "monthsOfQuarter", "monthsOfYear", "daysOfWeek",
        "minutesOfHour", "secondsOfMinute", "millisecondsOfSecond", "microsecondsOfSecond", "nanosecondsOfSecond",
    ]

    /// A map of one to four fields of `names`, with a time zone now and then.
    private func fields(_ names: [String], _ input: inout FuzzInput) -> Value {
        var map: [String: Value] = [:]
        for _ in 0...(input.byte() % 4) {
            map[input.pick(names)] = input.byte() % 8 == 0 ? .string(input.text()) : input.number()
        }
        switch input.byte() % 4 {
        case 0: map["timezone"] = .string(input.pick(Self.zones))
        case 1: map[input.pick(["date", "time", "datetime"])] = input.pick(pool)
        default: break
        }
        return .map(map)
    }

    private func anyValue(_ input: inout FuzzInput) -> Value {
        switch input.byte() % 4 {
        case 0: return input.number()
        case 1: return .string(input.text())
        default: return input.pick(pool)
        }
    }

    /// One call, its arguments drawn from the input.
    mutating func call(_ input: inout FuzzInput) {
        let kind = input.pick(Self.kinds)
        let query: String
        var parameters: [String: Value] = [:]
        switch input.byte() % 14 {
        case 0, 1:
            query = "RETURN \(kind)($a) AS v"
            parameters["a"] = fields(Self.fields, &input)
        case 2:
            query = "RETURN \(kind)($a) AS v"
            parameters["a"] = .string(input.text())
        case 3:
            query = input.byte() % 2 == 0 ? "RETURN datetime.fromepoch($a, $b) AS v" : "RETURN datetime.fromepochmillis($a) AS v"
            parameters["a"] = input.number()
            parameters["b"] = input.number()
        case 4:
            query = "RETURN duration($a) AS v"
            parameters["a"] = input.byte() % 3 == 0 ? .string(input.text()) : fields(Self.durationFields, &input)
        case 5:
            query = "RETURN \(kind).truncate($u, $a, $b) AS v"
            parameters["u"] = .string(input.pick(Self.units))
            parameters["a"] = input.pick(pool)
            parameters["b"] = input.byte() % 2 == 0 ? .map([:]) : fields(Self.fields, &input)
        case 6, 7:
            query = "RETURN $a \(input.pick(["+", "-", "+", "-", "*", "/", "<", ">=", "="])) $b AS v"
            parameters["a"] = input.pick(pool)
            parameters["b"] = input.byte() % 2 == 0 ? input.pick(pool) : anyValue(&input)
        case 8:
            query = "RETURN -$a AS v"
            parameters["a"] = input.pick(pool)
        case 9:
            query = "RETURN \(input.pick(["duration.between", "duration.inMonths", "duration.inDays", "duration.inSeconds"]))($a, $b) AS v"
            parameters["a"] = input.pick(pool)
            parameters["b"] = input.pick(pool)
        case 10:
            query = "RETURN $a.\(input.pick(Self.components)) AS v"
            parameters["a"] = input.pick(pool)
        case 11:
            query = "RETURN \(kind)({\(input.pick(["date", "time", "datetime"])): $a, timezone: $z}) AS v"
            parameters["a"] = input.pick(pool)
            parameters["z"] = .string(input.pick(Self.zones))
        case 12:
            query = "RETURN \(kind).\(input.pick(["statement", "transaction", "realtime"]))($z) AS v"
            parameters["z"] = input.byte() % 2 == 0 ? .string(input.pick(Self.zones)) : fields(["timezone"], &input)
        default:
            query = "RETURN \(kind)($a) AS v"
            parameters["a"] = input.pick(pool)
        }
        run(query, parameters)
    }

    /// Runs a call; a value it gives is checked, printed and stored.
    private mutating func run(_ query: String, _ parameters: [String: Value]) {
        let result: QueryResult
        do {
            result = try database.execute(query, parameters: parameters)
        } catch is TrellisError {
            return
        } catch {
            fatalError("\(query) \(parameters) threw something other than a TrellisError: \(error)")
        }
        guard let value = result.rows.first?.first else { fatalError("\(query) gave no row") }
        guard value.isTemporal else { return }
        checkYear(value, query, parameters)
        for format in OutputFormat.allCases {
            var text = ""
            format.makeFormatter().write(result, to: &text)
        }
        do {
            let stored = try database.execute("CREATE (t:T {v: $v}) RETURN t.v AS v, toString(t.v) AS s", parameters: ["v": value])
            guard stored.rows.first?.first == value else {
                fatalError("\(value) came back from a property as \(String(describing: stored.rows.first?.first))")
            }
        } catch {
            fatalError("\(value) from \(query) could not be stored: \(error)")
        }
        if pool.count < 64 { pool.append(value) } else { pool[Int(UInt(bitPattern: value.hashValue) % 64)] = value }
        if made.count < 32 { made.append(value) }
    }

    /// A value's date must be within the supported years.
    private func checkYear(_ value: Value, _ query: String, _ parameters: [String: Value]) {
        let date: DateValue?
        switch value {
        case .date(let d): date = d
        case .localDateTime(let l): date = l.date
        case .dateTime(let d): date = d.local.date
        default: date = nil
        }
        if let date, !(-999_999_999...999_999_999).contains(date.components.year) {
            fatalError("\(query) \(parameters) gave \(value), outside the supported years")
        }
    }

    /// Writes the values made to a database file, checkpoints it, reopens it and reads them back.
    func roundTripThroughFile() {
        let folder = NSTemporaryDirectory() + "trellis-fuzz-temporal-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/t.trellis"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            do {
                let file = try Database(path: path)
                try file.execute("UNWIND range(0, size($values) - 1) AS i CREATE (:T {i: i, v: $values[i]})",
                                 parameters: ["values": .list(made)])
                try file.checkpoint()
                try file.execute("MATCH (t:T) SET t.w = t.v")
            }
            let reopened = try Database(path: path, readOnly: true)
            let rows = try reopened.execute("MATCH (t:T) RETURN t.i AS i, t.v AS v, t.w AS w ORDER BY i").rows
            guard rows.map({ $0[1] }) == made, rows.map({ $0[2] }) == made else {
                fatalError("the values \(made) came back from a file as \(rows)")
            }
        } catch {
            fatalError("the values \(made) could not go through a file: \(error)")
        }
    }
}
