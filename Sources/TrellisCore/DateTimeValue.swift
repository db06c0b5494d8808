/// An instant with the time zone it is seen in (`datetime`).
///
/// The zone is either a fixed UTC offset (``zoneID`` is nil) or a named region such as
/// `Europe/Stockholm`, in which case ``offsetSeconds`` is the region's offset at this instant.
/// Two datetimes are equal when they denote the same instant in the same zone; they are ordered
/// by instant.
public struct DateTimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00Z.
    public var epochSeconds: Int64
    /// The fraction of the second, `0 ..< 1_000_000_000` nanoseconds.
    public var nanosecond: Int64
    /// Seconds east of UTC at this instant.
    public var offsetSeconds: Int
    /// The named zone, or nil for a fixed offset.
    public var zoneID: String?

    public init(epochSeconds: Int64, nanosecond: Int64, offsetSeconds: Int, zoneID: String? = nil) {
        self.epochSeconds = epochSeconds + TemporalText.floorDivide(nanosecond, 1_000_000_000)
        self.nanosecond = TemporalText.floorModulo(nanosecond, 1_000_000_000)
        self.offsetSeconds = offsetSeconds
        self.zoneID = zoneID
    }

    /// The date and time read on a clock in this datetime's zone.
    public var local: LocalDateTimeValue {
        LocalDateTimeValue(epochSeconds: epochSeconds + Int64(offsetSeconds), nanosecond: nanosecond)
    }

    /// The zone's name, or the offset text (`+01:00`, `Z`) for a fixed offset: what `dt.timezone` reads.
    public var timezoneText: String { zoneID ?? TemporalText.offset(seconds: offsetSeconds) }

    public static func < (a: DateTimeValue, b: DateTimeValue) -> Bool {
        if a.epochSeconds != b.epochSeconds { return a.epochSeconds < b.epochSeconds }
        if a.nanosecond != b.nanosecond { return a.nanosecond < b.nanosecond }
        if a.offsetSeconds != b.offsetSeconds { return a.offsetSeconds > b.offsetSeconds }
        return (a.zoneID ?? "") < (b.zoneID ?? "")
    }

    /// ISO 8601 with the zone in brackets when named: `2015-07-21T21:40:32.142+01:00`,
    /// `1984-10-11T12:00+01:00[Europe/Stockholm]`.
    public var description: String {
        local.description + TemporalText.offset(seconds: offsetSeconds) + (zoneID.map { "[\($0)]" } ?? "")
    }
}
