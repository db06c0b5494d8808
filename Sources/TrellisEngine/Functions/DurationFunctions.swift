import TrellisCore

/// The `duration` functions: `duration(string | map | duration)` and `duration.between`,
/// `duration.inMonths`, `duration.inDays`, `duration.inSeconds`.
///
/// - `duration(string)` reads ISO 8601 durations (see ``DurationParsing``).
/// - `duration(map)` adds up `years`, `quarters`, `months`, `weeks`, `days`, `hours`,
///   `minutes`, `seconds`, `milliseconds`, `microseconds` and `nanoseconds`; the amounts may
///   be negative or fractional, fractions being carried into the smaller units.
/// - The `between` family measures from the first temporal value to the second; see
///   ``between(_:_:in:)``.
enum DurationFunctions {
    /// What a `between` function measures in.
    enum BetweenUnit: Sendable {
        /// Months, then days, then seconds: `duration.between`.
        case all
        case months, days, seconds
    }

    static let all: [ScalarFunction] = [
        ScalarFunction(
            name: "duration", arity: 1...1,
            signature: "duration(input :: STRING | MAP | DURATION) :: DURATION",
            summary: "A duration parsed from an ISO 8601 string or built from a map of amounts."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .duration: return args[0]
            case .string(let text):
                guard let duration = DurationParsing.parse(text) else {
                    throw ArgumentCheck.invalidValue("duration", "cannot parse \(ValueFormatting.quote(text)) as a duration")
                }
                return .duration(duration)
            case .map(let fields): return .duration(try duration(fields: fields))
            default: throw ArgumentCheck.invalidType("duration", "its argument", expected: "a STRING, MAP or DURATION", got: args[0])
            }
        },
        between("duration.between", .all, "The duration from one temporal value to another, in months, days and seconds."),
        between("duration.inMonths", .months, "The whole months from one temporal value to another."),
        between("duration.inDays", .days, "The whole days from one temporal value to another."),
        between("duration.inSeconds", .seconds, "The seconds (with their fraction) from one temporal value to another."),
    ]

    private static func between(_ name: String, _ unit: BetweenUnit, _ summary: String) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 2...2,
            signature: "\(name)(from :: ANY, to :: ANY) :: DURATION", summary: summary
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            for value in args where !value.isTemporal || value.typeName == "DURATION" {
                throw ArgumentCheck.invalidType(name, "its arguments", expected: "dates, times or datetimes", got: value)
            }
            return .duration(try between(args[0], args[1], in: unit))
        }
    }

    /// The duration a map of amounts describes.
    static func duration(fields: [String: Value]) throws -> DurationValue {
        let weights: [String: (part: Int, factor: Int64)] = [
            "years": (0, 12), "quarters": (0, 3), "months": (0, 1), "weeks": (1, 7), "days": (1, 1),
            "hours": (2, 3600), "minutes": (2, 60), "seconds": (2, 1),
            "milliseconds": (3, 1_000_000), "microseconds": (3, 1000), "nanoseconds": (3, 1),
        ]
        var exact: [Int64] = [0, 0, 0, 0]
        var approximate: [Double] = [0, 0, 0, 0]
        var isExact = true
        for (key, value) in fields where !value.isNull {
            guard let weight = weights[key.lowercased()] else {
                throw ArgumentCheck.invalidValue("duration", "unknown field '\(key)'; durations have \(weights.keys.sorted().joined(separator: ", "))")
            }
            switch value {
            case .int(let n):
                let (scaled, o1) = n.multipliedReportingOverflow(by: weight.factor)
                let (sum, o2) = exact[weight.part].addingReportingOverflow(scaled)
                if o1 || o2 { throw ArgumentCheck.outOfRange("duration", "the field '\(key)' is too large") }
                exact[weight.part] = sum
                approximate[weight.part] += Double(n) * Double(weight.factor)
            case .float(let d):
                isExact = false
                approximate[weight.part] += d * Double(weight.factor)
            default:
                throw ArgumentCheck.invalidType("duration", "the field '\(key)'", expected: "a number", got: value)
            }
        }
        if isExact {
            guard let result = try? TemporalRange.duration(months: exact[0], days: exact[1], seconds: exact[2], nanoseconds: exact[3]) else {
                throw ArgumentCheck.outOfRange("duration", "the duration is too large")
            }
            return result
        }
        guard let result = DurationValue(approximateMonths: approximate[0], days: approximate[1],
                                         seconds: approximate[2], nanoseconds: approximate[3]) else {
            throw ArgumentCheck.outOfRange("duration", "the duration is too large")
        }
        return result
    }

    /// The duration from `from` to `to`.
    ///
    /// When either value has no date (a time or local time), only the times of day are compared
    /// and the months and days are zero. Otherwise a date counts as its midnight, and values
    /// with zones are compared in the zone of `from`; a value without a zone is read as a clock
    /// time in the other's zone. `.all` counts whole months first, then whole days, then the
    /// rest in seconds; `.months`, `.days` and `.seconds` count only whole months, only whole
    /// days, or everything in seconds.
    static func between(_ from: Value, _ to: Value, in unit: BetweenUnit) throws -> DurationValue {
        guard let start = Point(from), let end = Point(to) else { return .zero }
        guard var startLocal = start.local, var endLocal = end.local else {
            if unit == .months || unit == .days { return .zero }
            var nanoseconds = end.time.nanosecondOfDay - start.time.nanosecondOfDay
            if let a = start.offset, let b = end.offset { nanoseconds -= Int64(b - a) * 1_000_000_000 }
            return DurationValue(months: 0, days: 0, seconds: 0, nanoseconds: nanoseconds)
        }
        var zone: TemporalZone?
        if case .dateTime(let a) = from, case .dateTime(let b) = to {
            zone = TemporalZone(of: a)
            endLocal = try TemporalZone(of: a).dateTime(atEpochSecond: b.epochSeconds, nanosecond: b.nanosecond).local
            startLocal = a.local
        }
        func secondsBetween(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) throws -> DurationValue {
            if let zone, case .dateTime(let x) = from {
                let start = try zone.dateTime(atLocal: a, preferring: x.offsetSeconds)
                let end = try zone.dateTime(atLocal: b, preferring: nil)
                return DurationValue(months: 0, days: 0, seconds: end.epochSeconds - start.epochSeconds,
                                     nanoseconds: end.nanosecond - start.nanosecond)
            }
            return DurationValue(months: 0, days: 0, seconds: b.epochSeconds - a.epochSeconds,
                                 nanoseconds: b.time.nanosecond - a.time.nanosecond)
        }
        switch unit {
        case .months:
            return DurationValue(months: monthsUntil(startLocal, endLocal), days: 0, seconds: 0, nanoseconds: 0)
        case .days:
            return DurationValue(months: 0, days: daysUntil(startLocal, endLocal), seconds: 0, nanoseconds: 0)
        case .seconds:
            return try secondsBetween(startLocal, endLocal)
        case .all:
            let months = monthsUntil(startLocal, endLocal)
            var moved = LocalDateTimeValue(date: try TemporalArithmetic.plus(startLocal.date, months: months, days: 0), time: startLocal.time)
            let days = daysUntil(moved, endLocal)
            moved.date = DateValue(daysSinceEpoch: moved.date.daysSinceEpoch + days)
            let rest = try secondsBetween(moved, endLocal)
            return DurationValue(months: months, days: days, seconds: rest.seconds, nanoseconds: rest.nanoseconds)
        }
    }

    /// A temporal value as `between` sees it: an optional local date-time, a time of day and an
    /// optional offset.
    private struct Point {
        var local: LocalDateTimeValue?
        var time: LocalTimeValue
        var offset: Int?

        init?(_ value: Value) {
            switch value {
            case .date(let d): local = LocalDateTimeValue(date: d, time: .midnight); time = .midnight
            case .localTime(let t): time = t
            case .time(let t): time = t.localTime; offset = t.offsetSeconds
            case .localDateTime(let l): local = l; time = l.time
            case .dateTime(let d): local = d.local; time = d.local.time; offset = d.offsetSeconds
            default: return nil
            }
        }
    }

    /// Whole months from `a` to `b`, counted on the clock as a calendar does.
    private static func monthsUntil(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> Int64 {
        let end = adjustedEndDate(a, b)
        func packed(_ d: DateValue) -> Int64 {
            let c = d.components
            return (c.year * 12 + c.month - 1) * 32 + c.day
        }
        return (packed(end) - packed(a.date)) / 32
    }

    /// Whole days from `a` to `b`.
    private static func daysUntil(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> Int64 {
        adjustedEndDate(a, b).daysSinceEpoch - a.date.daysSinceEpoch
    }

    /// `b`'s date, moved one day toward `a` when `b`'s time of day has not yet reached `a`'s, so
    /// that only complete days count.
    private static func adjustedEndDate(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> DateValue {
        if b.date > a.date && b.time < a.time { return DateValue(daysSinceEpoch: b.date.daysSinceEpoch - 1) }
        if b.date < a.date && b.time > a.time { return DateValue(daysSinceEpoch: b.date.daysSinceEpoch + 1) }
        return b.date
    }
}
