import Trellis

/// How the TCK writes temporal values in result cells: as a string holding the value's ISO 8601
/// text (`'2015-07-21'`, `'12:31:14.645+01:00'`, `'1984-10-11T12:00+01:00[Europe/Stockholm]'`,
/// `'P1Y2M3DT4H'`).
///
/// The text of each temporal type has its own shape, and it is the exact canonical rendering
/// (shortest time form, three, six or nine fraction digits, offsets as `Z` or `±HH:MM`), so
/// comparing texts compares both the type and the value.
enum TemporalNotation {
    /// The canonical text of a temporal value; nil for values of other types.
    static func text(of value: Value) -> String? {
        switch value {
        case .date(let date): return date.description
        case .localTime(let time): return time.description
        case .time(let time): return time.description
        case .localDateTime(let dateTime): return dateTime.description
        case .dateTime(let dateTime): return dateTime.description
        case .duration(let duration): return duration.description
        default: return nil
        }
    }

    /// True when `actual` is a temporal value whose canonical text is exactly `expected`.
    static func matches(_ expected: String, _ actual: Value) -> Bool {
        guard let text = text(of: actual) else { return false }
        return text == expected
    }
}
