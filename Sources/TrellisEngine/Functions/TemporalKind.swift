import TrellisCore

/// The temporal instant types, as the constructor functions name them.
enum TemporalKind: String, Sendable, CaseIterable {
    case date
    case localTime = "localtime"
    case time
    case localDateTime = "localdatetime"
    case dateTime = "datetime"

    /// True for the types with a calendar date.
    var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
    /// True for the types with a time of day.
    var hasTime: Bool { self != .date }
    /// True for the types with a time zone.
    var hasZone: Bool { self == .time || self == .dateTime }

    /// The value type name, for signatures.
    var typeName: String {
        switch self {
        case .date: "DATE"
        case .localTime: "LOCAL TIME"
        case .time: "ZONED TIME"
        case .localDateTime: "LOCAL DATETIME"
        case .dateTime: "ZONED DATETIME"
        }
    }

    /// The value of this kind at an instant seen in a zone: what `datetime()` and friends return.
    func current(at instant: TemporalClock.Instant, in zone: TemporalZone) throws -> Value {
        let dateTime = try zone.dateTime(atEpochSecond: instant.epochSeconds, nanosecond: instant.nanosecond)
        let local = dateTime.local
        switch self {
        case .date: return .date(local.date)
        case .localTime: return .localTime(local.time)
        case .time: return .time(TimeValue(localTime: local.time, offsetSeconds: dateTime.offsetSeconds))
        case .localDateTime: return .localDateTime(local)
        case .dateTime: return .dateTime(dateTime)
        }
    }
}
