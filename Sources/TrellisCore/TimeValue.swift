/// A time of day with a UTC offset (`time`).
///
/// Two times are equal when both their local time and their offset are; they are ordered by the
/// instant they denote on a common UTC day (`12:00+01:00` is before `11:30Z`).
public struct TimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The time as read on a clock at the offset.
    public var localTime: LocalTimeValue
    /// Seconds east of UTC, −18:00 … +18:00.
    public var offsetSeconds: Int

    public init(localTime: LocalTimeValue, offsetSeconds: Int) {
        self.localTime = localTime
        self.offsetSeconds = offsetSeconds
    }

    /// The same time of day in UTC, in nanoseconds (may fall outside `0 ..< 1 day`).
    public var utcNanoseconds: Int64 { localTime.nanosecondOfDay - Int64(offsetSeconds) * 1_000_000_000 }

    public static func < (a: TimeValue, b: TimeValue) -> Bool {
        a.utcNanoseconds != b.utcNanoseconds ? a.utcNanoseconds < b.utcNanoseconds : a.offsetSeconds < b.offsetSeconds
    }

    /// ISO 8601: `12:31:14.645+01:00`, `21:40Z`.
    public var description: String { localTime.description + TemporalText.offset(seconds: offsetSeconds) }
}
