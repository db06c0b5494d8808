import TrellisCore

/// Arithmetic with durations: a temporal value plus or minus a duration, durations added to and
/// subtracted from each other, and durations multiplied or divided by numbers.
///
/// A duration is applied part by part, as a calendar would: first the months (a day of the
/// month that does not exist becomes the last day, so 2015-01-31 plus one month is
/// 2015-02-28), then the days, then the seconds and nanoseconds. Dates take whole days of the
/// seconds part and ignore the rest; times of day take only the seconds and nanoseconds and
/// wrap around midnight; datetimes move months and days on their local clock and seconds on
/// the time line.
///
/// Multiplying by an integer scales each part exactly; multiplying or dividing by a float
/// (and dividing by an integer) scales each part and carries fractions into the smaller parts
/// (see ``DurationValue/init(approximateMonths:days:seconds:nanoseconds:)``).
enum TemporalArithmetic {
    /// `a + b` when one side is a duration; nil when neither is.
    static func add(_ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case let (.duration(x), .duration(y)):
            return .duration(try combine(x, y, { $0.addingReportingOverflow($1) }, "add"))
        case let (.duration(d), temporal), let (temporal, .duration(d)):
            guard temporal.isTemporal else { return nil }
            return try plus(temporal, d)
        default:
            return nil
        }
    }

    /// `a - b` when `b` is a duration; nil otherwise.
    static func subtract(_ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case let (.duration(x), .duration(y)):
            return .duration(try combine(x, y, { $0.subtractingReportingOverflow($1) }, "subtract"))
        case let (temporal, .duration(d)) where temporal.isTemporal:
            return try plus(temporal, try negated(d))
        default:
            return nil
        }
    }

    /// `a * b` for a duration and a number; nil otherwise.
    static func multiply(_ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case let (.duration(d), .int(n)), let (.int(n), .duration(d)):
            let parts = [d.months, d.days, d.seconds, d.nanoseconds].map { $0.multipliedReportingOverflow(by: n) }
            guard !parts.contains(where: \.overflow) else { throw overflow("multiply") }
            return .duration(DurationValue(months: parts[0].partialValue, days: parts[1].partialValue,
                                           seconds: parts[2].partialValue, nanoseconds: parts[3].partialValue))
        case let (.duration(d), .float(f)), let (.float(f), .duration(d)):
            return .duration(try scaled(d) { $0 * f })
        default:
            return nil
        }
    }

    /// `a / b` for a duration and a number; nil otherwise.
    static func divide(_ a: Value, _ b: Value) throws -> Value? {
        let divisor: Double
        switch (a, b) {
        case (.duration, .int(let n)): divisor = Double(n)
        case (.duration, .float(let f)): divisor = f
        default: return nil
        }
        guard case .duration(let d) = a else { return nil }
        if divisor == 0 { throw TrellisError(.arithmeticError, "DivisionByZero", "cannot divide a duration by zero") }
        return .duration(try scaled(d) { $0 / divisor })
    }

    /// A temporal value moved by a duration.
    static func plus(_ temporal: Value, _ d: DurationValue) throws -> Value {
        switch temporal {
        case .date(let date):
            return .date(try plus(date, months: d.months, days: d.days + d.seconds / 86_400))
        case .localTime(let t):
            return .localTime(plus(t, d))
        case .time(let t):
            return .time(TimeValue(localTime: plus(t.localTime, d), offsetSeconds: t.offsetSeconds))
        case .localDateTime(let l):
            return .localDateTime(try plus(l, d))
        case .dateTime(let dt):
            let zone = TemporalZone(of: dt)
            var moved = dt
            if d.months != 0 || d.days != 0 {
                let local = dt.local
                let date = try plus(local.date, months: d.months, days: d.days)
                moved = zone.dateTime(atLocal: LocalDateTimeValue(date: date, time: local.time), preferring: dt.offsetSeconds)
            }
            let (seconds, overflowed) = moved.epochSeconds.addingReportingOverflow(d.seconds)
            guard !overflowed else { throw outOfRange() }
            return .dateTime(zone.dateTime(atEpochSecond: seconds, nanosecond: moved.nanosecond + d.nanoseconds))
        case .duration(let other):
            return .duration(try combine(other, d, { $0.addingReportingOverflow($1) }, "add"))
        default:
            throw TrellisError(.typeError, "InvalidArgumentType", "cannot add a DURATION to \(temporal.typeName)")
        }
    }

    /// A date moved by months (clamping the day to the month's length) and then days.
    static func plus(_ date: DateValue, months: Int64, days: Int64) throws -> DateValue {
        var result = date
        if months != 0 {
            let (year, month, day) = date.components
            let total = year * 12 + (month - 1) + months
            let newYear = TemporalText.floorDivide(total, 12), newMonth = TemporalText.floorModulo(total, 12) + 1
            guard let moved = DateValue(year: newYear, month: newMonth, day: min(day, DateValue.daysIn(month: newMonth, year: newYear)))
            else { throw outOfRange() }
            result = moved
        }
        let (shifted, overflowed) = result.daysSinceEpoch.addingReportingOverflow(days)
        guard !overflowed, supportedDays.contains(shifted) else { throw outOfRange() }
        return DateValue(daysSinceEpoch: shifted)
    }

    /// Days since the epoch of -999999999-01-01 through +999999999-12-31.
    private static let supportedDays =
        DateValue(year: -999_999_999, month: 1, day: 1)!.daysSinceEpoch...DateValue(year: 999_999_999, month: 12, day: 31)!.daysSinceEpoch

    private static func plus(_ t: LocalTimeValue, _ d: DurationValue) -> LocalTimeValue {
        let seconds = TemporalText.floorModulo(d.seconds, 86_400)
        return LocalTimeValue(nanosecondOfDay: t.nanosecondOfDay + seconds * 1_000_000_000 + d.nanoseconds)
    }

    private static func plus(_ l: LocalDateTimeValue, _ d: DurationValue) throws -> LocalDateTimeValue {
        let date = try plus(l.date, months: d.months, days: d.days)
        let (seconds, overflowed) = LocalDateTimeValue(date: date, time: l.time).epochSeconds.addingReportingOverflow(d.seconds)
        guard !overflowed else { throw outOfRange() }
        return LocalDateTimeValue(epochSeconds: seconds, nanosecond: l.time.nanosecond + d.nanoseconds)
    }

    static func negated(_ d: DurationValue) throws -> DurationValue {
        guard d.months != .min, d.days != .min, d.seconds != .min else { throw overflow("negate") }
        return DurationValue(months: -d.months, days: -d.days, seconds: -d.seconds, nanoseconds: -d.nanoseconds)
    }

    private static func combine(_ x: DurationValue, _ y: DurationValue,
                                _ op: (Int64, Int64) -> (partialValue: Int64, overflow: Bool), _ verb: String) throws -> DurationValue {
        let parts = [op(x.months, y.months), op(x.days, y.days), op(x.seconds, y.seconds), op(x.nanoseconds, y.nanoseconds)]
        guard !parts.contains(where: \.overflow) else { throw overflow(verb) }
        return DurationValue(months: parts[0].partialValue, days: parts[1].partialValue,
                             seconds: parts[2].partialValue, nanoseconds: parts[3].partialValue)
    }

    private static func scaled(_ d: DurationValue, _ scale: (Double) -> Double) throws -> DurationValue {
        guard let result = DurationValue(
            approximateMonths: scale(Double(d.months)), days: scale(Double(d.days)),
            seconds: scale(Double(d.seconds)), nanoseconds: scale(Double(d.nanoseconds)))
        else { throw overflow("scale") }
        return result
    }

    private static func overflow(_ verb: String) -> TrellisError {
        TrellisError(.arithmeticError, "IntegerOverflow", "cannot \(verb) durations: a part overflows")
    }

    private static func outOfRange() -> TrellisError {
        TrellisError(.argumentError, "InvalidArgumentValue", "the result is outside the supported range of dates")
    }
}
