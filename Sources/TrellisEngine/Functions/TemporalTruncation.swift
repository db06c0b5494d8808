import TrellisCore

/// `date.truncate`, `localtime.truncate`, `time.truncate`, `localdatetime.truncate` and
/// `datetime.truncate`: a temporal value cut down to the start of a unit, then adjusted by a map
/// of fields.
///
/// Units: `millennium`, `century`, `decade`, `year`, `weekYear`, `quarter`, `month`, `week`,
/// `day` (which set the time to midnight), and `hour`, `minute`, `second`, `millisecond`,
/// `microsecond` (which leave the date alone). Dates take only the first group; local times and
/// times take only `day` and the second group.
///
/// The fields are applied as the constructors apply them over a source value. A `nanosecond`
/// (or `microsecond`) field adds to the milliseconds (or microseconds) kept by truncating to
/// that unit, so truncating `12:31:14.645876123` to milliseconds with `{nanosecond: 2}` gives
/// `12:31:14.645000002`. The zone of the input is kept, unless `timezone` is given: then the
/// truncated clock time is placed in that zone, not converted to it. Inputs without a zone give
/// UTC values.
enum TemporalTruncation {
    private static let dateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"]
    private static let timeUnits: [String: Int64] = [
        "hour": 3_600_000_000_000, "minute": 60_000_000_000, "second": 1_000_000_000,
        "millisecond": 1_000_000, "microsecond": 1000,
    ]

    /// The `<kind>.truncate` function.
    static func function(_ kind: TemporalKind) -> ScalarFunction {
        let name = kind.rawValue + ".truncate"
        return ScalarFunction(
            name: name, arity: 2...3,
            signature: "\(name)(unit :: STRING, input :: ANY, fields :: MAP = {}) :: \(kind.typeName)",
            summary: "A \(kind.typeName) value truncated to a unit, then adjusted by a map of fields."
        ) { args in
            if args[0].isNull || args[1].isNull { return .null }
            let unit = try ArgumentCheck.string(args[0], name, "the unit")
            var fields: [String: Value] = [:]
            if args.count == 3, !args[2].isNull {
                guard case .map(let map) = args[2] else {
                    throw ArgumentCheck.invalidType(name, "the fields", expected: "a MAP", got: args[2])
                }
                fields = map
            }
            return try truncate(kind, unit: unit, input: args[1], fields: fields, function: name)
        }
    }

    static func truncate(_ kind: TemporalKind, unit: String, input: Value, fields: [String: Value], function: String) throws -> Value {
        let key = unit.lowercased()
        let isDateUnit = dateUnits.contains(key)
        guard isDateUnit || timeUnits[key] != nil else {
            throw ArgumentCheck.invalidValue(function, "unknown unit '\(unit)'")
        }
        if kind == .date && !isDateUnit || !kind.hasDate && isDateUnit && key != "day" {
            throw ArgumentCheck.invalidValue(function, "a \(kind.typeName) value cannot be truncated to \(unit)")
        }

        var adjustments: [String: Value] = [:]
        for (field, value) in fields where !value.isNull { adjustments[field.lowercased()] = value }
        let timezone = adjustments.removeValue(forKey: "timezone")

        var base: [String: Value] = [:]
        if kind.hasDate {
            let date = try TemporalConstruction.date(of: input, function)
            base["date"] = .date(isDateUnit ? try DateFunctions.truncate(date, to: key) : date)
        }
        var sourceZone: TemporalZone?
        var sourceOffset: Int?
        if kind.hasTime {
            var time = LocalTimeValue.midnight
            if case .date = input {
                guard kind.hasDate else { throw ArgumentCheck.invalidType(function, "the input", expected: "a value with a time", got: input) }
            } else {
                let source = try TemporalConstruction.timeSource(of: input, function)
                (sourceZone, sourceOffset) = (source.zone, source.offset)
                if let step = timeUnits[key] {
                    time = LocalTimeValue(nanosecondOfDay: source.time.nanosecondOfDay / step * step)
                    let kept = time.nanosecond
                    if key == "millisecond", adjustments["millisecond"] == nil,
                       adjustments["microsecond"] != nil || adjustments["nanosecond"] != nil {
                        adjustments["millisecond"] = .int(kept / 1_000_000)
                    } else if key == "microsecond", adjustments["microsecond"] == nil, adjustments["millisecond"] == nil,
                              adjustments["nanosecond"] != nil {
                        adjustments["microsecond"] = .int(kept / 1000)
                    }
                }
            }
            base["time"] = .localTime(time)
        }

        let localKind: TemporalKind = kind == .time ? .localTime : (kind == .dateTime ? .localDateTime : kind)
        let local = try TemporalConstruction.build(localKind, from: adjustments.merging(base) { given, _ in given }, now: TemporalClock.statement())
        let zone = try timezone.map { try TemporalConstruction.parseZone($0, function) } ?? sourceZone ?? .utc
        switch local {
        case .localTime(let time) where kind == .time:
            let offset = timezone == nil ? (sourceOffset ?? 0) : zone.offset(atEpochSecond: TemporalClock.statement().epochSeconds)
            return .time(TimeValue(localTime: time, offsetSeconds: offset))
        case .localDateTime(let dateTime) where kind == .dateTime:
            return .dateTime(try zone.dateTime(atLocal: dateTime, preferring: sourceOffset))
        default:
            return local
        }
    }
}
