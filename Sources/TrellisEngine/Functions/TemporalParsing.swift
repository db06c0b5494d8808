import TrellisCore

/// Reading times and datetimes from ISO 8601 strings, for `localtime(string)`, `time(string)`,
/// `localdatetime(string)` and `datetime(string)`.
///
/// - Times: `21`, `21:40`, `21:40:32`, `21:40:32.142` (extended) or `2140`, `214032`,
///   `214032.142` (basic); the fraction has 1 to 9 digits after `.` or `,`.
/// - Zones, after a time: `Z`, `±HH`, `±HHMM`, `±HH:MM`, optionally followed by a zone name in
///   brackets (`+01:00[Europe/Stockholm]`), or the bracketed name alone.
/// - Datetimes: a date in any form ``DateParsing`` reads, then `T` and a time; the date alone
///   means midnight.
///
/// Local types take no zone. Surrounding whitespace is ignored.
enum TemporalParsing {
    /// A time of day with whatever zone information followed it.
    struct ZonedTimeText {
        var time: LocalTimeValue
        var offset: Int?
        var zoneName: String?
        var hasZone: Bool { offset != nil || zoneName != nil }
    }

    /// A date-time with whatever zone information followed it.
    struct ZonedDateTimeText {
        var local: LocalDateTimeValue
        var offset: Int?
        var zoneName: String?
        var hasZone: Bool { offset != nil || zoneName != nil }
    }

    static func localTime(_ text: String) -> LocalTimeValue? {
        guard let parsed = zonedTime(Substring(trimmed(text))), !parsed.hasZone else { return nil }
        return parsed.time
    }

    /// A time; without a zone it is in UTC. A zone name gives the zone's offset at `now`.
    static func time(_ text: String, now: Int64) -> TimeValue? {
        guard let parsed = zonedTime(Substring(trimmed(text))) else { return nil }
        var offset = parsed.offset ?? 0
        if parsed.offset == nil, let name = parsed.zoneName {
            offset = TemporalZone.named(name).offset(atEpochSecond: now)
        }
        return TimeValue(localTime: parsed.time, offsetSeconds: offset)
    }

    static func localDateTime(_ text: String) -> LocalDateTimeValue? {
        guard let parsed = zonedDateTime(trimmed(text)), !parsed.hasZone else { return nil }
        return parsed.local
    }

    /// A datetime; without a zone it is in UTC. With a zone name the offset, if also given, is
    /// kept when the zone allows it at that local time.
    static func dateTime(_ text: String) throws -> DateTimeValue? {
        guard let parsed = zonedDateTime(trimmed(text)) else { return nil }
        if let name = parsed.zoneName {
            return try TemporalZone.named(name).dateTime(atLocal: parsed.local, preferring: parsed.offset)
        }
        return try TemporalZone.offset(parsed.offset ?? 0).dateTime(atLocal: parsed.local)
    }

    private static func trimmed(_ text: String) -> String {
        UnicodeText.trim(text, leading: true, trailing: true, where: UnicodeText.isWhitespace)
    }

    /// Splits at the `T` between date and time.
    static func zonedDateTime(_ text: String) -> ZonedDateTimeText? {
        guard text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        guard let t = text.firstIndex(where: { $0 == "T" || $0 == "t" }) else {
            guard let date = DateParsing.parse(text) else { return nil }
            return ZonedDateTimeText(local: LocalDateTimeValue(date: date, time: .midnight))
        }
        guard let date = DateParsing.parse(String(text[..<t])),
              let time = zonedTime(text[text.index(after: t)...]) else { return nil }
        return ZonedDateTimeText(local: LocalDateTimeValue(date: date, time: time.time),
                                 offset: time.offset, zoneName: time.zoneName)
    }

    /// A time followed by optional zone information.
    static func zonedTime(_ text: Substring) -> ZonedTimeText? {
        guard text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let zoneStart = text.firstIndex { "+-Zz[".contains($0) } ?? text.endIndex
        guard let time = clockTime(text[..<zoneStart]) else { return nil }
        var zone = text[zoneStart...]
        var zoneName: String?
        if let open = zone.firstIndex(of: "[") {
            guard zone.last == "]" else { return nil }
            let name = String(zone[zone.index(after: open)..<zone.index(before: zone.endIndex)])
            guard let canonical = TimeZoneDatabase.canonicalName(name) else { return nil }
            zoneName = canonical
            zone = zone[..<open]
        }
        var offset: Int?
        if !zone.isEmpty {
            guard let seconds = TemporalZone.parseOffset(zone) else { return nil }
            offset = seconds
        }
        return ZonedTimeText(time: time, offset: offset, zoneName: zoneName)
    }

    /// `HH[:MM[:SS[.f]]]` or `HH[MM[SS[.f]]]`.
    static func clockTime(_ text: Substring) -> LocalTimeValue? {
        var main = text
        var nanosecond: Int64 = 0
        if let point = text.firstIndex(where: { $0 == "." || $0 == "," }) {
            let fraction = text[text.index(after: point)...]
            guard (1...9).contains(fraction.count), let value = digits(fraction) else { return nil }
            nanosecond = value * power(of: 10, 9 - fraction.count)
            main = text[..<point]
        }
        var fields: [Int64] = []
        if main.contains(":") {
            for part in main.split(separator: ":", omittingEmptySubsequences: false) {
                guard part.count == 2, let value = digits(part) else { return nil }
                fields.append(value)
            }
        } else {
            guard [2, 4, 6].contains(main.count) else { return nil }
            var rest = main
            while !rest.isEmpty {
                guard let value = digits(rest.prefix(2)) else { return nil }
                fields.append(value)
                rest = rest.dropFirst(2)
            }
        }
        guard (1...3).contains(fields.count), nanosecond == 0 || fields.count == 3 else { return nil }
        while fields.count < 3 { fields.append(0) }
        return LocalTimeValue(hour: fields[0], minute: fields[1], second: fields[2], nanosecond: nanosecond)
    }

    private static func power(of base: Int64, _ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }

    /// The value of a non-empty run of at most 18 ASCII digits.
    static func digits(_ text: Substring) -> Int64? {
        guard !text.isEmpty, text.count <= 18 else { return nil }
        var value: Int64 = 0
        for c in text {
            guard let d = c.asciiValue, (48...57).contains(d) else { return nil }
            value = value * 10 + Int64(d - 48)
        }
        return value
    }
}
