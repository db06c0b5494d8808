import TrellisCore

/// Reading durations from ISO 8601 strings, for `duration(string)`.
///
/// Two forms, each optionally preceded by a sign that applies to the whole duration:
///
/// - unit based: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, at least one part, where each `n` may
///   carry its own sign and a fraction (`P1.5D`, `PT-0.75M`); fractions are carried into the
///   smaller units as ``DurationValue/init(approximateMonths:days:seconds:nanoseconds:)`` does,
///   except that seconds keep up to nine exact fraction digits;
/// - date based: `PYYYY-MM-DDThh:mm:ss[.f]` (or the basic `PYYYYMMDDThhmmss`), read as that many
///   years, months, days, hours, minutes and seconds.
enum DurationParsing {
    /// The duration `text` denotes, or nil.
    static func parse(_ text: String) -> DurationValue? {
        let trimmed = UnicodeText.trim(text, leading: true, trailing: true, where: UnicodeText.isWhitespace)
        guard trimmed.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        var chars = Substring(trimmed.uppercased())
        var negative = false
        if let first = chars.first, first == "+" || first == "-" {
            negative = first == "-"
            chars = chars.dropFirst()
        }
        guard chars.first == "P" else { return nil }
        chars = chars.dropFirst()
        guard let duration = unitBased(chars) ?? dateBased(chars) else { return nil }
        return negative ? try? TemporalArithmetic.negated(duration) : duration
    }

    /// One `n` and its unit letter.
    private struct Part {
        var unit: Character
        /// The whole amount with its sign: any 64-bit integer, so that every duration's own text
        /// (`P-9223372036854775808D`) reads back.
        var whole: Int64
        var digits: Substring
        var fraction: Substring
        var negative: Bool
        var value: Double { Double("\(negative ? "-" : "")\(digits).\(fraction.isEmpty ? "0" : fraction)") ?? 0 }
    }

    private static func unitBased(_ text: Substring) -> DurationValue? {
        var rest = text
        var dateParts: [Part] = [], timeParts: [Part] = []
        var inTime = false
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            var negative = false
            if let sign = rest.first, sign == "+" || sign == "-" {
                negative = sign == "-"
                rest = rest.dropFirst()
            }
            let wholeDigits = rest.prefix { $0.isNumber }
            guard (1...19).contains(wholeDigits.count), let whole = Int64((negative ? "-" : "") + wholeDigits) else { return nil }
            rest = rest.dropFirst(wholeDigits.count)
            var fraction: Substring = ""
            if let point = rest.first, point == "." || point == "," {
                fraction = rest.dropFirst().prefix { $0.isNumber }
                guard !fraction.isEmpty else { return nil }
                rest = rest.dropFirst(fraction.count + 1)
            }
            guard let unit = rest.first else { return nil }
            rest = rest.dropFirst()
            let part = Part(unit: unit, whole: whole, digits: wholeDigits, fraction: fraction, negative: negative)
            if inTime { timeParts.append(part) } else { dateParts.append(part) }
        }
        guard inTime ? !timeParts.isEmpty : !dateParts.isEmpty else { return nil }
        guard inOrder(dateParts, "YMWD"), inOrder(timeParts, "HMS") else { return nil }
        func part(_ parts: [Part], _ unit: Character) -> Part? { parts.first { $0.unit == unit } }
        let y = part(dateParts, "Y"), mo = part(dateParts, "M"), w = part(dateParts, "W"), d = part(dateParts, "D")
        let h = part(timeParts, "H"), mi = part(timeParts, "M"), s = part(timeParts, "S")
        let fractional = [y, mo, w, d, h, mi].contains { $0.map { !$0.fraction.isEmpty } ?? false }
        guard (s?.fraction.count ?? 0) <= 9 else { return nil }
        var nanoseconds: Int64 = 0
        if let s, !s.fraction.isEmpty {
            let digits = s.fraction + String(repeating: "0", count: 9 - s.fraction.count)
            nanoseconds = (TemporalParsing.digits(digits) ?? 0) * (s.negative ? -1 : 1)
        }
        func whole(_ part: Part?) -> Int64 { part?.whole ?? 0 }
        if !fractional {
            let (m1, o1) = whole(y).multipliedReportingOverflow(by: 12)
            let (months, o2) = m1.addingReportingOverflow(whole(mo))
            let (d1, o3) = whole(w).multipliedReportingOverflow(by: 7)
            let (days, o4) = d1.addingReportingOverflow(whole(d))
            let (s1, o5) = whole(h).multipliedReportingOverflow(by: 3600)
            let (s2, o6) = whole(mi).multipliedReportingOverflow(by: 60)
            let (s3, o7) = s1.addingReportingOverflow(s2)
            let (seconds, o8) = s3.addingReportingOverflow(whole(s))
            guard ![o1, o2, o3, o4, o5, o6, o7, o8].contains(true) else { return nil }
            return try? TemporalRange.duration(months: months, days: days, seconds: seconds, nanoseconds: nanoseconds)
        }
        func value(_ part: Part?) -> Double { part?.value ?? 0 }
        return DurationValue(
            approximateMonths: value(y) * 12 + value(mo), days: value(w) * 7 + value(d),
            seconds: value(h) * 3600 + value(mi) * 60 + Double(whole(s)), nanoseconds: Double(nanoseconds))
    }

    /// True when the units appear at most once each and in the order of `units`.
    private static func inOrder(_ parts: [Part], _ units: String) -> Bool {
        var position = units.startIndex
        for part in parts {
            guard let found = units[position...].firstIndex(of: part.unit) else { return false }
            position = units.index(after: found)
        }
        return true
    }

    private static func dateBased(_ text: Substring) -> DurationValue? {
        let t = text.firstIndex(of: "T") ?? text.endIndex
        let date = text[..<t].filter { $0 != "-" }
        guard date.count == 8, let year = TemporalParsing.digits(Substring(date.prefix(4))),
              let month = TemporalParsing.digits(Substring(date.dropFirst(4).prefix(2))),
              let day = TemporalParsing.digits(Substring(date.suffix(2))) else { return nil }
        var seconds: Int64 = 0, nanoseconds: Int64 = 0
        if t < text.endIndex {
            guard let time = TemporalParsing.clockTime(text[text.index(after: t)...]) else { return nil }
            seconds = time.nanosecondOfDay / 1_000_000_000
            nanoseconds = time.nanosecond
        }
        guard month <= 12, day <= 31 else { return nil }
        return DurationValue(months: year * 12 + month, days: day, seconds: seconds, nanoseconds: nanoseconds)
    }
}
