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
///
/// Every step is checked (see ``CheckedArithmetic``): a date, time or datetime that would leave
/// the supported range is an `ArgumentError`/`InvalidArgumentValue` (see ``TemporalRange``), a
/// duration part that would overflow an `ArithmeticError`/`IntegerOverflow`.
enum TemporalArithmetic {
    /// `a + b` when one side is a duration; nil when neither is.
    static func add(_ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case let (.duration(x), .duration(y)):
            return .duration(try sum(x, y))
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
            return .duration(try combine(x, y, "subtract") { $0.subtractingReportingOverflow($1) })
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
            let error = overflow("multiply")
            return .duration(try TemporalRange.duration(
                months: try CheckedArithmetic.multiply(d.months, n, else: error),
                days: try CheckedArithmetic.multiply(d.days, n, else: error),
                seconds: try CheckedArithmetic.multiply(d.seconds, n, else: error),
                nanoseconds: try CheckedArithmetic.multiply(d.nanoseconds, n, else: error)))
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
            let days = try CheckedArithmetic.add(d.days, d.seconds / 86_400, else: TemporalRange.outOfRange())
            return .date(try plus(date, months: d.months, days: days))
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
                moved = try zone.dateTime(atLocal: LocalDateTimeValue(date: date, time: local.time), preferring: dt.offsetSeconds)
            }
            let seconds = try CheckedArithmetic.add(moved.epochSeconds, d.seconds, else: TemporalRange.outOfRange())
            return .dateTime(try zone.dateTime(atEpochSecond: seconds, nanosecond: moved.nanosecond + d.nanoseconds))
        case .duration(let other):
            return .duration(try sum(other, d))
        default:
            throw TrellisError(.typeError, "InvalidArgumentType", "cannot add a DURATION to \(temporal.typeName)")
        }
    }

    /// A date moved by months (clamping the day to the month's length) and then days.
    static func plus(_ date: DateValue, months: Int64, days: Int64) throws -> DateValue {
        var result = date
        if months != 0 {
            let (year, month, day) = date.components
            let total = try CheckedArithmetic.add(year * 12 + (month - 1), months, else: TemporalRange.outOfRange())
            let newYear = TemporalText.floorDivide(total, 12), newMonth = TemporalText.floorModulo(total, 12) + 1
            guard let moved = DateValue(year: newYear, month: newMonth, day: min(day, DateValue.daysIn(month: newMonth, year: newYear)))
            else { throw TemporalRange.outOfRange() }
            result = moved
        }
        return try TemporalRange.date(daysSinceEpoch: try CheckedArithmetic.add(result.daysSinceEpoch, days, else: TemporalRange.outOfRange()))
    }

    private static func plus(_ t: LocalTimeValue, _ d: DurationValue) -> LocalTimeValue {
        let seconds = TemporalText.floorModulo(d.seconds, 86_400)
        return LocalTimeValue(nanosecondOfDay: t.nanosecondOfDay + seconds * 1_000_000_000 + d.nanoseconds)
    }

    private static func plus(_ l: LocalDateTimeValue, _ d: DurationValue) throws -> LocalDateTimeValue {
        let date = try plus(l.date, months: d.months, days: d.days)
        let seconds = try CheckedArithmetic.add(LocalDateTimeValue(date: date, time: l.time).epochSeconds, d.seconds,
                                                else: TemporalRange.outOfRange())
        return try TemporalRange.localDateTime(epochSeconds: seconds, nanosecond: l.time.nanosecond + d.nanoseconds)
    }

    /// `-d`. With a fraction of a second, the seconds borrow one: -(s + n/10^9) is
    /// (-s - 1) + (10^9 - n)/10^9, and -s - 1 (`~s`) fits whatever `s` is.
    static func negated(_ d: DurationValue) throws -> DurationValue {
        let error = overflow("negate")
        return DurationValue(
            months: try CheckedArithmetic.negate(d.months, else: error), days: try CheckedArithmetic.negate(d.days, else: error),
            seconds: d.nanoseconds == 0 ? try CheckedArithmetic.negate(d.seconds, else: error) : ~d.seconds,
            nanoseconds: d.nanoseconds == 0 ? 0 : 1_000_000_000 - d.nanoseconds)
    }

    private static func sum(_ x: DurationValue, _ y: DurationValue) throws -> DurationValue {
        try combine(x, y, "add") { $0.addingReportingOverflow($1) }
    }

    /// `op` applied to each part of `x` and `y`, the nanoseconds carried into the seconds; an
    /// overflow in any part is an `ArithmeticError`/`IntegerOverflow`.
    private static func combine(_ x: DurationValue, _ y: DurationValue, _ verb: String,
                                _ op: (Int64, Int64) -> (partialValue: Int64, overflow: Bool)) throws -> DurationValue {
        let parts = [op(x.months, y.months), op(x.days, y.days), op(x.seconds, y.seconds), op(x.nanoseconds, y.nanoseconds)]
        guard !parts.contains(where: \.overflow) else { throw overflow(verb) }
        return try TemporalRange.duration(months: parts[0].partialValue, days: parts[1].partialValue,
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
}
