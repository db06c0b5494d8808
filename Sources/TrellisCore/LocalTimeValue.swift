/// A time of day without a time zone (`localtime`), held as nanoseconds since midnight.
public struct LocalTimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Nanoseconds in one day.
    public static let nanosecondsPerDay: Int64 = 86_400_000_000_000

    /// Nanoseconds since midnight, `0 ..< 86_400_000_000_000`.
    public var nanosecondOfDay: Int64

    /// A time from nanoseconds since midnight; values outside one day wrap around.
    public init(nanosecondOfDay: Int64) {
        self.nanosecondOfDay = TemporalText.floorModulo(nanosecondOfDay, LocalTimeValue.nanosecondsPerDay)
    }

    /// Nil when a field is out of range (hour 0–23, minute and second 0–59, nanosecond 0–999 999 999).
    public init?(hour: Int64, minute: Int64, second: Int64, nanosecond: Int64) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999_999_999).contains(nanosecond) else { return nil }
        nanosecondOfDay = ((hour * 60 + minute) * 60 + second) * 1_000_000_000 + nanosecond
    }

    /// The midnight that starts a day.
    public static let midnight = LocalTimeValue(nanosecondOfDay: 0)

    public var hour: Int64 { nanosecondOfDay / 3_600_000_000_000 }
    public var minute: Int64 { nanosecondOfDay / 60_000_000_000 % 60 }
    public var second: Int64 { nanosecondOfDay / 1_000_000_000 % 60 }
    /// The fraction of the second, in nanoseconds.
    public var nanosecond: Int64 { nanosecondOfDay % 1_000_000_000 }

    public static func < (a: LocalTimeValue, b: LocalTimeValue) -> Bool { a.nanosecondOfDay < b.nanosecondOfDay }

    /// ISO 8601: `12:31`, `12:31:14`, `12:31:14.645`, `12:31:14.645876123`.
    public var description: String { TemporalText.time(nanosecondOfDay: nanosecondOfDay) }
}
