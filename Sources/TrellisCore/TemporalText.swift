/// The ISO 8601 text pieces shared by the temporal value types.
///
/// Times are written `HH:mm`, with `:ss` only when seconds or fractions are not zero, and a
/// fraction of 3, 6 or 9 digits, whichever is the shortest exact one. UTC offsets are written
/// `Z` for zero and `+HH:MM` otherwise, with `:SS` only when the offset has seconds.
package enum TemporalText {
    /// `value` in decimal, left-padded with zeros to `width` digits (the sign is not counted).
    package static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// `HH:mm[:ss[.fff|.ffffff|.fffffffff]]` for a nanosecond of the day.
    package static func time(nanosecondOfDay: Int64) -> String {
        let seconds = nanosecondOfDay / 1_000_000_000
        let nanos = nanosecondOfDay % 1_000_000_000
        var text = padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2)
        if seconds % 60 != 0 || nanos != 0 {
            text += ":" + padded(seconds % 60, 2)
            if nanos != 0 {
                if nanos % 1_000_000 == 0 {
                    text += "." + padded(nanos / 1_000_000, 3)
                } else if nanos % 1000 == 0 {
                    text += "." + padded(nanos / 1000, 6)
                } else {
                    text += "." + padded(nanos, 9)
                }
            }
        }
        return text
    }

    /// `Z`, `+01:00`, `-04:30` or `+00:53:28`.
    package static func offset(seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let magnitude = Int64(seconds.magnitude)
        var text = (seconds < 0 ? "-" : "+") + padded(magnitude / 3600, 2) + ":" + padded(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + padded(magnitude % 60, 2) }
        return text
    }

    /// Floor division, rounding toward negative infinity; `b` must be positive, so that no
    /// quotient overflows.
    package static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// The remainder of ``floorDivide(_:_:)``, with the sign of `b`. Computed from the
    /// truncating remainder, so that no intermediate product overflows for any `a`.
    package static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 {
        let r = a % b
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }
}
