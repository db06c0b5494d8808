import TrellisCore

/// The zone a time or datetime is seen in: a fixed UTC offset or a named region.
///
/// Written as `Z`, `+01:00`, `+0100`, `+01` (offsets, at most ±18:00) or as a name known to
/// ``TimeZoneDatabase`` (`Europe/Stockholm`).
enum TemporalZone: Sendable, Equatable {
    case offset(Int)
    case named(String)

    /// UTC, the zone of times and datetimes given without one.
    static let utc = TemporalZone.offset(0)

    /// The zone a datetime is in.
    init(of dateTime: DateTimeValue) {
        self = dateTime.zoneID.map(TemporalZone.named) ?? .offset(dateTime.offsetSeconds)
    }

    /// The zone `text` names, or nil if it is neither a valid offset nor a known zone name.
    static func parse(_ text: String) -> TemporalZone? {
        if let seconds = parseOffset(Substring(text)) { return .offset(seconds) }
        return TimeZoneDatabase.canonicalName(text).map(TemporalZone.named)
    }

    /// Seconds east of UTC for `Z`, `±HH`, `±HHMM`, `±HH:MM` or `±HH:MM:SS`; nil otherwise.
    static func parseOffset(_ text: Substring) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = Array(text.dropFirst())
        var fields: [Int] = []
        if body.contains(":") {
            let parts = body.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }) else { return nil }
            for part in parts {
                guard let value = Int(String(part)) else { return nil }
                fields.append(value)
            }
        } else {
            guard [2, 4].contains(body.count), body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fields.append(Int(String(body.prefix(2)))!)
            if body.count == 4 { fields.append(Int(String(body.suffix(2)))!) }
        }
        guard fields.dropFirst().allSatisfy({ $0 <= 59 }) else { return nil }
        let magnitude = fields[0] * 3600 + (fields.count > 1 ? fields[1] * 60 : 0) + (fields.count > 2 ? fields[2] : 0)
        guard magnitude <= 18 * 3600 else { return nil }
        return sign == "-" ? -magnitude : magnitude
    }

    /// The offset of this zone at an instant.
    func offset(atEpochSecond instant: Int64) -> Int {
        switch self {
        case .offset(let seconds): return seconds
        case .named(let name): return TimeZoneDatabase.offset(name, atEpochSecond: instant) ?? 0
        }
    }

    /// The offset this zone gives a local date-time; see ``TimeZoneDatabase/offset(_:atLocal:preferring:)``.
    func offset(atLocal local: LocalDateTimeValue, preferring preferred: Int? = nil) -> Int {
        switch self {
        case .offset(let seconds): return seconds
        case .named(let name): return TimeZoneDatabase.offset(name, atLocal: local, preferring: preferred) ?? 0
        }
    }

    /// The datetime at a local date-time in this zone; an error when it is out of range (see
    /// ``TemporalRange``).
    func dateTime(atLocal local: LocalDateTimeValue, preferring preferred: Int? = nil) throws -> DateTimeValue {
        guard TemporalRange.contains(local) else { throw TemporalRange.outOfRange() }
        let offset = offset(atLocal: local, preferring: preferred)
        return try TemporalRange.dateTime(epochSeconds: local.epochSeconds - Int64(offset), nanosecond: local.time.nanosecond,
                                          offsetSeconds: offset, zoneID: zoneID)
    }

    /// The datetime at an instant, seen in this zone: `nanosecond` may be any number, carried
    /// into the seconds. An error when the date-time read in the zone is out of range.
    func dateTime(atEpochSecond instant: Int64, nanosecond: Int64) throws -> DateTimeValue {
        let (seconds, fraction) = try TemporalRange.instant(epochSeconds: instant, nanosecond: nanosecond)
        return try TemporalRange.dateTime(epochSeconds: seconds, nanosecond: fraction,
                                          offsetSeconds: offset(atEpochSecond: seconds), zoneID: zoneID)
    }

    /// The name of a named zone; nil for a fixed offset.
    private var zoneID: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
