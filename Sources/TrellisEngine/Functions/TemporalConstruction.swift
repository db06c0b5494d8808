import TrellisCore

/// Building temporal values from maps of fields (`datetime({year: 1984, ...})`) and from other
/// temporal values (`time(aDatetime)`).
///
/// ## Fields
/// - date fields, as ``DateFunctions/date(fields:)`` reads them: `year`, `month`, `day`,
///   `week`, `dayOfWeek`, `ordinalDay`, `quarter`, `dayOfQuarter`;
/// - time fields: `hour`, `minute`, `second`, and `millisecond`, `microsecond`, `nanosecond`
///   which add up to the fraction of the second (each smaller one limited to what the larger
///   ones leave: with `millisecond`, `microsecond` is at most 999);
/// - `timezone`: an offset or zone name;
/// - sources: `date` (any value with a date), `time` (any value with a time) and `datetime`
///   (both), whose parts are taken for every field not given;
/// - `epochSeconds` or `epochMillis` (datetimes only): the instant, with sub-second fields added.
///
/// Without a source, a smaller field needs the larger ones (`minute` needs `hour`) and missing
/// time fields are zero; `localtime` and `time` need at least `hour`. A time taken from a
/// zoned source keeps its zone; given `timezone` as well, the value is converted to that zone
/// (same instant), whereas a time from a local source is simply placed in it. Values without a
/// zone are in UTC. A map holding nothing but `timezone` gives the current time in that zone.
///
/// Keys are matched without regard to case; null fields are ignored. Unknown keys and values
/// that name no valid instant are `ArgumentError`/`InvalidArgumentValue`; fields of the wrong
/// type are `TypeError`/`InvalidArgumentType`.
enum TemporalConstruction {
    /// A time of day with the zone it came from, if any.
    struct TimeSource {
        var time: LocalTimeValue
        /// The offset at the source's instant.
        var offset: Int?
        var zone: TemporalZone?
    }

    private static let dateKeys: Set<String> = ["year", "month", "day", "week", "dayofweek", "ordinalday", "quarter", "dayofquarter"]
    private static let timeKeys: Set<String> = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]

    /// The value of `kind` that `fields` describe.
    static func build(_ kind: TemporalKind, from fields: [String: Value], now: TemporalClock.Instant) throws -> Value {
        let function = kind.rawValue
        var values: [String: Value] = [:]
        for (key, value) in fields where !value.isNull { values[key.lowercased()] = value }

        var allowed: Set<String> = ["timezone"]
        if kind.hasDate { allowed.formUnion(dateKeys); allowed.insert("date") }
        if kind.hasTime { allowed.formUnion(timeKeys); allowed.insert("time") }
        if kind == .localDateTime || kind == .dateTime { allowed.insert("datetime") }
        if kind == .dateTime { allowed.formUnion(["epochseconds", "epochmillis"]) }
        for key in values.keys where !allowed.contains(key) {
            throw ArgumentCheck.invalidValue(function, "unknown field '\(key)' for a \(kind.typeName) value")
        }

        var zone: TemporalZone?
        if let timezone = values["timezone"] { zone = try parseZone(timezone, function) }
        if values.keys.allSatisfy({ $0 == "timezone" }) {
            return try kind.current(at: now, in: zone ?? .utc)
        }
        if !kind.hasZone, zone != nil {
            throw ArgumentCheck.invalidValue(function, "a \(kind.typeName) value has no time zone; 'timezone' can only be given alone")
        }

        var numbers: [String: Int64] = [:]
        for (key, value) in values where dateKeys.contains(key) || timeKeys.contains(key) || key.hasPrefix("epoch") {
            numbers[key] = try ArgumentCheck.integer(value, function, "the field '\(key)'")
        }

        if kind == .dateTime, numbers["epochseconds"] != nil || numbers["epochmillis"] != nil {
            return try fromEpoch(numbers, zone: zone ?? .utc, function)
        }

        let dateSource = values["date"] ?? values["datetime"]
        let timeSourceValue = values["time"] ?? values["datetime"]
        var date: DateValue?
        if kind.hasDate {
            var dateFields: [String: Value] = [:]
            for key in dateKeys { if let n = numbers[key] { dateFields[key] = .int(n) } }
            if let dateSource { dateFields["date"] = .date(try self.date(of: dateSource, function)) }
            date = try DateFunctions.date(fields: dateFields)
            if kind == .date { return .date(date!) }
        }

        let source = try timeSourceValue.map { try timeSource(of: $0, function) }
        let time = try timeOfDay(numbers, base: source?.time, needsHour: !kind.hasDate, function)

        switch kind {
        case .date:
            return .date(date!)
        case .localTime:
            return .localTime(time)
        case .localDateTime:
            return .localDateTime(LocalDateTimeValue(date: date!, time: time))
        case .time:
            let now = now.epochSeconds
            guard let sourceOffset = source?.offset else {
                return .time(TimeValue(localTime: time, offsetSeconds: zone?.offset(atEpochSecond: now) ?? 0))
            }
            guard let zone else { return .time(TimeValue(localTime: time, offsetSeconds: sourceOffset)) }
            let offset = zone.offset(atEpochSecond: now)
            let shifted = LocalTimeValue(nanosecondOfDay: time.nanosecondOfDay + Int64(offset - sourceOffset) * 1_000_000_000)
            return .time(TimeValue(localTime: shifted, offsetSeconds: offset))
        case .dateTime:
            let local = LocalDateTimeValue(date: date!, time: time)
            guard let sourceZone = source?.zone else { return .dateTime(try (zone ?? .utc).dateTime(atLocal: local)) }
            let inSource = try sourceZone.dateTime(atLocal: local, preferring: source?.offset)
            guard let zone else { return .dateTime(inSource) }
            return .dateTime(try zone.dateTime(atEpochSecond: inSource.epochSeconds, nanosecond: inSource.nanosecond))
        }
    }

    /// The value of `kind` taken from another temporal value, as `time(aDatetime)` does.
    static func select(_ kind: TemporalKind, from value: Value, now: TemporalClock.Instant) throws -> Value {
        switch (kind, value) {
        case (.date, .date), (.localTime, .localTime), (.time, .time), (.localDateTime, .localDateTime), (.dateTime, .dateTime):
            return value
        case (.date, _):
            return .date(try date(of: value, kind.rawValue))
        case (.localTime, _):
            return .localTime(try timeSource(of: value, kind.rawValue).time)
        case (.time, _):
            return try build(.time, from: ["time": value], now: now)
        case (.localDateTime, .date), (.dateTime, .date):
            return try build(kind, from: ["date": value], now: now)
        case (.localDateTime, _), (.dateTime, _):
            return try build(kind, from: ["datetime": value], now: now)
        }
    }

    /// The date part of a date, local datetime or datetime.
    static func date(of value: Value, _ function: String) throws -> DateValue {
        switch value {
        case .date(let d): return d
        case .localDateTime(let l): return l.date
        case .dateTime(let d): return d.local.date
        default: throw ArgumentCheck.invalidType(function, "the date source", expected: "a value with a date", got: value)
        }
    }

    /// The time part of a time, local time, local datetime or datetime, with its zone.
    static func timeSource(of value: Value, _ function: String) throws -> TimeSource {
        switch value {
        case .localTime(let t): return TimeSource(time: t)
        case .time(let t): return TimeSource(time: t.localTime, offset: t.offsetSeconds, zone: .offset(t.offsetSeconds))
        case .localDateTime(let l): return TimeSource(time: l.time)
        case .dateTime(let d): return TimeSource(time: d.local.time, offset: d.offsetSeconds, zone: TemporalZone(of: d))
        default: throw ArgumentCheck.invalidType(function, "the time source", expected: "a value with a time", got: value)
        }
    }

    /// The zone a `timezone` field names.
    static func parseZone(_ value: Value, _ function: String) throws -> TemporalZone {
        let text = try ArgumentCheck.string(value, function, "the field 'timezone'")
        guard let zone = TemporalZone.parse(text) else {
            throw ArgumentCheck.invalidValue(function, "unknown time zone \(ValueFormatting.quote(text))")
        }
        return zone
    }

    /// The time of day the time fields describe over an optional base time.
    static func timeOfDay(_ numbers: [String: Int64], base: LocalTimeValue?, needsHour: Bool, _ function: String) throws -> LocalTimeValue {
        let ms = numbers["millisecond"], us = numbers["microsecond"], ns = numbers["nanosecond"]
        if base == nil {
            if needsHour, numbers["hour"] == nil {
                throw ArgumentCheck.invalidValue(function, "the field 'hour' is required")
            }
            for (smaller, larger) in [("minute", "hour"), ("second", "minute")] where numbers[smaller] != nil && numbers[larger] == nil {
                throw ArgumentCheck.invalidValue(function, "the field '\(smaller)' needs the field '\(larger)'")
            }
            if ms != nil || us != nil || ns != nil, numbers["second"] == nil {
                throw ArgumentCheck.invalidValue(function, "fractions of a second need the field 'second'")
            }
        }
        var nanosecond = base?.nanosecond ?? 0
        if ms != nil || us != nil || ns != nil {
            let microsecondLimit: Int64 = ms != nil ? 999 : 999_999
            let nanosecondLimit: Int64 = us != nil ? 999 : (ms != nil ? 999_999 : 999_999_999)
            guard (0...999).contains(ms ?? 0), (0...microsecondLimit).contains(us ?? 0),
                  (0...nanosecondLimit).contains(ns ?? 0) else {
                throw ArgumentCheck.invalidValue(function, "the fraction of the second is out of range")
            }
            nanosecond = (ms ?? 0) * 1_000_000 + (us ?? 0) * 1000 + (ns ?? 0)
        }
        guard let time = LocalTimeValue(
            hour: numbers["hour"] ?? base?.hour ?? 0, minute: numbers["minute"] ?? base?.minute ?? 0,
            second: numbers["second"] ?? base?.second ?? 0, nanosecond: nanosecond)
        else {
            throw ArgumentCheck.invalidValue(function, "the time fields name no valid time of day")
        }
        return time
    }

    /// `datetime({epochSeconds: s, ...})` and `datetime({epochMillis: ms, ...})`.
    private static func fromEpoch(_ numbers: [String: Int64], zone: TemporalZone, _ function: String) throws -> Value {
        let calendarKeys = dateKeys.union(["hour", "minute", "second"])
        if numbers.keys.contains(where: calendarKeys.contains) || (numbers["epochseconds"] != nil && numbers["epochmillis"] != nil) {
            throw ArgumentCheck.invalidValue(function, "epochSeconds or epochMillis cannot be combined with calendar fields or each other")
        }
        var seconds: Int64, nanosecond: Int64 = 0
        if let millis = numbers["epochmillis"] {
            seconds = TemporalText.floorDivide(millis, 1000)
            nanosecond = TemporalText.floorModulo(millis, 1000) * 1_000_000
        } else {
            seconds = numbers["epochseconds"]!
        }
        let fraction = try timeOfDay(numbers.filter { timeKeys.contains($0.key) }, base: .midnight, needsHour: false, function)
        nanosecond += fraction.nanosecond
        return .dateTime(try zone.dateTime(atEpochSecond: seconds, nanosecond: nanosecond))
    }
}
