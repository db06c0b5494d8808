import TrellisCore

/// The components of temporal values, read as properties (`d.year`, `t.hour`, `dur.days`).
///
/// - Values with a date: the components of ``DateFunctions/dateComponent(_:_:)``.
/// - Values with a time: `hour`, `minute`, `second`, `millisecond`, `microsecond`,
///   `nanosecond` (each including the smaller ones within the second: `.645876123` has
///   millisecond 645, microsecond 645876).
/// - Values with a zone: `timezone` (the zone name, or the offset for fixed offsets), `offset`
///   (`+01:00`), `offsetMinutes`, `offsetSeconds`.
/// - Datetimes: `epochSeconds`, `epochMillis`.
/// - Durations: `years`, `quarters`, `months`, `weeks`, `days`, `hours`, `minutes`, `seconds`,
///   `milliseconds`, `microseconds`, `nanoseconds` (each the whole duration part in that unit:
///   months-based for the first three, days for the next two, seconds for the rest), and the
///   remainders `quartersOfYear`, `monthsOfQuarter`, `monthsOfYear`, `daysOfWeek`,
///   `minutesOfHour`, `secondsOfMinute`, `millisecondsOfSecond`, `microsecondsOfSecond`,
///   `nanosecondsOfSecond`.
///
/// Keys are matched without regard to case. A component too large for an INTEGER (the
/// `epochMillis` of a datetime some 300 million years away, the `nanoseconds` of a duration of
/// more than 292 years) is an `ArithmeticError`/`IntegerOverflow`.
package enum TemporalComponents {
    /// The component `key` of a temporal value, or nil if that value has no such component.
    package static func component(_ value: Value, _ key: String) throws -> Value? {
        let name = key.lowercased()
        switch value {
        case .date(let d):
            return DateFunctions.dateComponent(d, name)
        case .localTime(let t):
            return timeComponent(t, name)
        case .time(let t):
            return timeComponent(t.localTime, name) ?? zoneComponent(offset: t.offsetSeconds, zoneID: nil, name)
        case .localDateTime(let l):
            return DateFunctions.dateComponent(l.date, name) ?? timeComponent(l.time, name)
        case .dateTime(let d):
            let local = d.local
            if let v = DateFunctions.dateComponent(local.date, name) ?? timeComponent(local.time, name)
                ?? zoneComponent(offset: d.offsetSeconds, zoneID: d.zoneID, name) { return v }
            switch name {
            case "epochseconds": return .int(d.epochSeconds)
            case "epochmillis":
                return .int(try CheckedArithmetic.scaled(d.epochSeconds, by: 1000, plus: d.nanosecond / 1_000_000,
                                                         else: CheckedArithmetic.integerOverflow("epochMillis")))
            default: return nil
            }
        case .duration(let d):
            return try durationComponent(d, name)
        default:
            return nil
        }
    }

    private static func timeComponent(_ t: LocalTimeValue, _ name: String) -> Value? {
        switch name {
        case "hour": return .int(t.hour)
        case "minute": return .int(t.minute)
        case "second": return .int(t.second)
        case "millisecond": return .int(t.nanosecond / 1_000_000)
        case "microsecond": return .int(t.nanosecond / 1000)
        case "nanosecond": return .int(t.nanosecond)
        default: return nil
        }
    }

    private static func zoneComponent(offset: Int, zoneID: String?, _ name: String) -> Value? {
        switch name {
        case "timezone": return .string(zoneID ?? TemporalText.offset(seconds: offset))
        case "offset": return .string(TemporalText.offset(seconds: offset))
        case "offsetminutes": return .int(Int64(offset / 60))
        case "offsetseconds": return .int(Int64(offset))
        default: return nil
        }
    }

    private static func durationComponent(_ d: DurationValue, _ name: String) throws -> Value? {
        let (s, n) = (d.seconds, d.nanoseconds)
        func inUnit(_ perSecond: Int64, _ fraction: Int64) throws -> Value {
            .int(try CheckedArithmetic.scaled(s, by: perSecond, plus: fraction, else: CheckedArithmetic.integerOverflow(name)))
        }
        switch name {
        case "years": return .int(d.months / 12)
        case "quarters": return .int(d.months / 3)
        case "months": return .int(d.months)
        case "weeks": return .int(d.days / 7)
        case "days": return .int(d.days)
        case "hours": return .int(s / 3600)
        case "minutes": return .int(s / 60)
        case "seconds": return .int(s)
        case "milliseconds": return try inUnit(1000, n / 1_000_000)
        case "microseconds": return try inUnit(1_000_000, n / 1000)
        case "nanoseconds": return try inUnit(1_000_000_000, n)
        case "quartersofyear": return .int(d.months % 12 / 3)
        case "monthsofquarter": return .int(d.months % 3)
        case "monthsofyear": return .int(d.months % 12)
        case "daysofweek": return .int(d.days % 7)
        case "minutesofhour": return .int(s / 60 % 60)
        case "secondsofminute": return .int(s % 60)
        case "millisecondsofsecond": return .int(n / 1_000_000)
        case "microsecondsofsecond": return .int(n / 1000)
        case "nanosecondsofsecond": return .int(n)
        default: return nil
        }
    }
}
