/// An amount of time (`duration`): months, days, seconds and nanoseconds, kept apart because
/// months and days have no fixed length.
///
/// Years are 12 months and weeks 7 days; hours and minutes are folded into seconds. The
/// nanoseconds are kept in `0 ..< 1_000_000_000`, borrowing from the seconds, so
/// `PT-0.5S` is −1 second and 500 000 000 nanoseconds. Two durations are equal when all four
/// parts are: `PT24H` is not `P1D`.
public struct DurationValue: Sendable, Hashable, CustomStringConvertible {
    public var months: Int64
    public var days: Int64
    public var seconds: Int64
    /// `0 ..< 1_000_000_000`.
    public var nanoseconds: Int64

    /// Average days in a month (365.2425 / 12), for the approximations of fractional amounts.
    public static let averageDaysPerMonth = 30.436875
    /// The zero duration, `PT0S`.
    public static let zero = DurationValue(months: 0, days: 0, seconds: 0, nanoseconds: 0)

    /// A duration from its parts; nanoseconds outside one second are carried into the seconds.
    public init(months: Int64, days: Int64, seconds: Int64, nanoseconds: Int64) {
        self.months = months
        self.days = days
        self.seconds = seconds + TemporalText.floorDivide(nanoseconds, 1_000_000_000)
        self.nanoseconds = TemporalText.floorModulo(nanoseconds, 1_000_000_000)
    }

    /// A duration from fractional amounts: each part's fraction is carried into the next
    /// smaller one (a month being ``averageDaysPerMonth`` days), and what is left below a
    /// nanosecond is dropped. Nil when a part does not fit in 64 bits.
    public init?(approximateMonths months: Double, days: Double, seconds: Double, nanoseconds: Double) {
        func whole(_ value: Double) -> Int64? { CheckedArithmetic.integer(value) }
        guard let m = whole(months) else { return nil }
        let allDays = days + (months - Double(m)) * DurationValue.averageDaysPerMonth
        guard let d = whole(allDays) else { return nil }
        let allSeconds = seconds + (allDays - Double(d)) * 86_400
        guard let s = whole(allSeconds) else { return nil }
        let allNanoseconds = nanoseconds + (allSeconds - Double(s)) * 1_000_000_000
        guard let n = whole(allNanoseconds) else { return nil }
        let (carried, overflow) = s.addingReportingOverflow(TemporalText.floorDivide(n, 1_000_000_000))
        guard !overflow else { return nil }
        self.init(months: m, days: d, seconds: carried, nanoseconds: TemporalText.floorModulo(n, 1_000_000_000))
    }

    /// The length in seconds when a month is taken as its average length; for ordering.
    public var averageLengthInSeconds: Double {
        Double(months) * DurationValue.averageDaysPerMonth * 86_400 + Double(days) * 86_400 + Double(seconds)
            + Double(nanoseconds) / 1e9
    }

    /// ISO 8601 as openCypher writes it: `P1Y2M3DT4H5M6.7S`, zero parts left out, negative parts
    /// signed each (`P-1Y-8M`, `PT-1M-0.001S`) and `PT0S` for zero. The seconds and their
    /// fraction carry one sign.
    public var description: String {
        var text = "P"
        func append(_ quantity: Int64, _ unit: Character) {
            if quantity != 0 { text += String(quantity) + String(unit) }
        }
        append(months / 12, "Y")
        append(months % 12, "M")
        append(days, "D")
        if seconds != 0 || nanoseconds != 0 {
            var s = seconds, n = nanoseconds
            if s < 0 && n != 0 {
                s += 1
                n -= 1_000_000_000
            }
            text += "T"
            append(s / 3600, "H")
            s %= 3600
            append(s / 60, "M")
            s %= 60
            if s != 0 {
                text += String(s) + DurationValue.fraction(n) + "S"
            } else if n != 0 {
                text += (n < 0 ? "-0" : "0") + DurationValue.fraction(n) + "S"
            }
        }
        return text == "P" ? "PT0S" : text
    }

    /// `.5`, `.001`, `.000000001`: the digits of a nanosecond fraction without trailing zeros.
    private static func fraction(_ nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "" }
        var digits = TemporalText.padded(Int64(nanoseconds.magnitude), 9)
        while digits.last == "0" { digits.removeLast() }
        return "." + digits
    }
}
