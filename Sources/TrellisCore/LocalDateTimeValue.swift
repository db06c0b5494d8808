/// A date and a time of day without a time zone (`localdatetime`).
public struct LocalDateTimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: DateValue
    public var time: LocalTimeValue

    public init(date: DateValue, time: LocalTimeValue) {
        self.date = date
        self.time = time
    }

    /// The local date-time `seconds` (and `nanosecond`) after 1970-01-01T00:00, read as if in UTC.
    public init(epochSeconds seconds: Int64, nanosecond: Int64 = 0) {
        let days = TemporalText.floorDivide(seconds, 86_400)
        let secondOfDay = TemporalText.floorModulo(seconds, 86_400)
        date = DateValue(daysSinceEpoch: days)
        time = LocalTimeValue(nanosecondOfDay: secondOfDay * 1_000_000_000 + nanosecond)
    }

    /// Seconds since 1970-01-01T00:00, reading this date-time as if it were in UTC.
    public var epochSeconds: Int64 { date.daysSinceEpoch * 86_400 + time.nanosecondOfDay / 1_000_000_000 }

    public static func < (a: LocalDateTimeValue, b: LocalDateTimeValue) -> Bool {
        a.date != b.date ? a.date < b.date : a.time < b.time
    }

    /// ISO 8601: `2015-07-21T21:40:32.142`.
    public var description: String { date.description + "T" + time.description }
}
