/// A calendar date (proleptic Gregorian), held as days since 1970-01-01.
public struct DateValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var daysSinceEpoch: Int64

    public init(daysSinceEpoch: Int64) { self.daysSinceEpoch = daysSinceEpoch }

    /// Nil when the fields do not name a real day.
    public init?(year: Int64, month: Int64, day: Int64) {
        guard (1...12).contains(month), day >= 1, day <= DateValue.daysIn(month: month, year: year),
              (-999_999_999...999_999_999).contains(year) else { return nil }
        daysSinceEpoch = DateValue.days(year: year, month: month, day: day)
    }

    public static func isLeap(_ y: Int64) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// (year, month, day) of this date.
    public var components: (year: Int64, month: Int64, day: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO weekday, Monday = 1 ... Sunday = 7.
    public var weekday: Int64 {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var dayOfYear: Int64 {
        let c = components
        return daysSinceEpoch - DateValue.days(year: c.year, month: 1, day: 1) + 1
    }

    /// Parses `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM` and `YYYY`.
    public init?(iso text: String) {
        let t = text.trimmingASCIIWhitespace()
        let digits = t.filter { $0 != "-" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        var y: Int64, m: Int64 = 1, d: Int64 = 1
        if parts.count == 1 {
            let s = Array(t)
            switch s.count {
            case 4: y = Int64(String(s))!
            case 6: y = Int64(String(s[0..<4]))!; m = Int64(String(s[4..<6]))!
            case 8: y = Int64(String(s[0..<4]))!; m = Int64(String(s[4..<6]))!; d = Int64(String(s[6..<8]))!
            default: return nil
            }
        } else {
            guard parts.count <= 3, parts[0].count == 4, let yy = Int64(parts[0]) else { return nil }
            y = yy
            guard parts[1].count == 2, let mm = Int64(parts[1]) else { return nil }
            m = mm
            if parts.count == 3 {
                guard parts[2].count == 2, let dd = Int64(parts[2]) else { return nil }
                d = dd
            }
        }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: DateValue, b: DateValue) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public var description: String {
        let c = components
        func pad(_ v: Int64, _ n: Int) -> String {
            let s = String(abs(v))
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        // Years beyond four digits carry an explicit sign, as ISO 8601 asks.
        return (c.year < 0 ? "-" : (c.year > 9999 ? "+" : "")) + pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
