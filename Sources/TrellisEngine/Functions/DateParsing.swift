import TrellisCore

/// Reading dates from ISO 8601 strings, for `date(string)`.
///
/// Accepted forms, in extended (with `-`) and basic (without) notation:
///
/// | form        | extended                  | basic       |
/// |-------------|---------------------------|-------------|
/// | calendar    | `2015-07-21`, `2015-07`   | `20150721`, `201507` |
/// | week        | `2015-W30-2`, `2015-W30`  | `2015W302`, `2015W30` |
/// | ordinal     | `2015-202`                | `2015202`   |
/// | year        | `2015`                    |             |
///
/// Missing parts default to the first month, week, day or weekday. Years have four digits;
/// extended and year-only forms also take a sign and up to nine digits (`-0044-03-15`,
/// `+12345-01-01`). Surrounding whitespace is ignored.
enum DateParsing {
    /// The date `text` denotes, or nil if it is not a valid date in one of the accepted forms.
    static func parse(_ text: String) -> DateValue? {
        let trimmed = UnicodeText.trim(text, leading: true, trailing: true, where: UnicodeText.isWhitespace)
        guard trimmed.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        var chars = Array(trimmed)
        var negative = false
        var signed = false
        if let first = chars.first, first == "+" || first == "-" {
            negative = first == "-"
            signed = true
            chars.removeFirst()
        }
        func year(_ digits: ArraySlice<Character>) -> Int64? {
            guard let value = number(digits) else { return nil }
            return negative ? -value : value
        }

        if chars.contains("-") {
            let parts = chars.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count <= 3, (4...9).contains(parts[0].count), let y = year(parts[0]) else { return nil }
            let second = parts[1]
            if second.first == "W" || second.first == "w" {
                guard second.count == 3, let week = number(second.dropFirst()) else { return nil }
                var dayOfWeek: Int64 = 1
                if parts.count == 3 {
                    guard parts[2].count == 1, let d = number(parts[2]) else { return nil }
                    dayOfWeek = d
                }
                return DateCalendar.date(weekYear: y, week: week, dayOfWeek: dayOfWeek)
            }
            if second.count == 3, parts.count == 2 {
                guard let ordinal = number(second) else { return nil }
                return DateCalendar.date(year: y, ordinalDay: ordinal)
            }
            guard second.count == 2, let month = number(second) else { return nil }
            var day: Int64 = 1
            if parts.count == 3 {
                guard parts[2].count == 2, let d = number(parts[2]) else { return nil }
                day = d
            }
            return DateValue(year: y, month: month, day: day)
        }

        if let w = chars.firstIndex(where: { $0 == "W" || $0 == "w" }) {
            guard !signed, w == 4, let y = year(chars[0..<4]) else { return nil }
            let rest = chars[(w + 1)...]
            guard rest.count == 2 || rest.count == 3, let week = number(rest.prefix(2)) else { return nil }
            let dayOfWeek = rest.count == 3 ? number(rest.suffix(1)) : 1
            guard let dayOfWeek else { return nil }
            return DateCalendar.date(weekYear: y, week: week, dayOfWeek: dayOfWeek)
        }

        if signed {
            guard (4...9).contains(chars.count), let y = year(chars[...]) else { return nil }
            return DateValue(year: y, month: 1, day: 1)
        }
        guard let y = year(chars.prefix(4)) else { return nil }
        let rest = chars.dropFirst(4)
        switch chars.count {
        case 4: return DateValue(year: y, month: 1, day: 1)
        case 6:
            guard let month = number(rest) else { return nil }
            return DateValue(year: y, month: month, day: 1)
        case 7:
            guard let ordinal = number(rest) else { return nil }
            return DateCalendar.date(year: y, ordinalDay: ordinal)
        case 8:
            guard let month = number(rest.prefix(2)), let day = number(rest.suffix(2)) else { return nil }
            return DateValue(year: y, month: month, day: day)
        default: return nil
        }
    }

    /// The value of a non-empty run of ASCII digits.
    private static func number(_ digits: ArraySlice<Character>) -> Int64? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for c in digits {
            guard let d = c.asciiValue, (48...57).contains(d) else { return nil }
            value = value * 10 + Int64(d - 48)
        }
        return value
    }
}
