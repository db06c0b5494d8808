/// Rounding of doubles to a number of decimal places, as `round(value, precision, mode)` does.
///
/// The double is first read as the shortest decimal that denotes it (so `2.675` is treated as
/// exactly 2.675, not as the binary value slightly below it), rounded in decimal, and converted
/// back to the nearest double.
enum DecimalRounding {
    /// The rounding modes of `round(value, precision, mode)`.
    enum Mode: String, CaseIterable {
        /// Away from zero.
        case up = "UP"
        /// Toward zero.
        case down = "DOWN"
        /// Toward positive infinity.
        case ceiling = "CEILING"
        /// Toward negative infinity.
        case floor = "FLOOR"
        /// To the nearest neighbour; ties away from zero.
        case halfUp = "HALF_UP"
        /// To the nearest neighbour; ties toward zero.
        case halfDown = "HALF_DOWN"
        /// To the nearest neighbour; ties to the even neighbour.
        case halfEven = "HALF_EVEN"
    }

    /// `value` rounded to `precision` digits after the decimal point (before it, when negative).
    static func round(_ value: Double, precision: Int64, mode: Mode) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let negative = value < 0
        let (digitValues, exponent) = ValueFormatting.shortestDigitValues(value.magnitude)
        let digits = digitValues.map { Int($0) }
        // Digits whose decimal exponent is >= -precision are kept.
        let keptCount = Int64(exponent) + 1 + precision.clamped(to: -1_000...1_000)
        if keptCount >= Int64(digits.count) { return value }
        let kept = keptCount > 0 ? Array(digits.prefix(Int(keptCount))) : []
        let discarded = keptCount > 0 ? Array(digits.dropFirst(Int(keptCount))) : digits

        // How the discarded (never all-zero) tail compares with half a unit of the last kept place.
        let comparedWithHalf: Int
        if keptCount < 0 {
            comparedWithHalf = -1
        } else if discarded[0] != 5 {
            comparedWithHalf = discarded[0] > 5 ? 1 : -1
        } else {
            comparedWithHalf = discarded.count == 1 ? 0 : 1
        }

        let increment: Bool
        switch mode {
        case .up: increment = true
        case .down: increment = false
        case .ceiling: increment = !negative
        case .floor: increment = negative
        case .halfUp: increment = comparedWithHalf >= 0
        case .halfDown: increment = comparedWithHalf > 0
        case .halfEven:
            let lastIsOdd = (kept.last ?? 0) % 2 == 1
            increment = comparedWithHalf > 0 || (comparedWithHalf == 0 && lastIsOdd)
        }

        var result = kept.isEmpty ? [0] : kept
        if increment {
            var index = result.count - 1
            while index >= 0 {
                if result[index] == 9 {
                    result[index] = 0
                    index -= 1
                } else {
                    result[index] += 1
                    break
                }
            }
            if index < 0 { result.insert(1, at: 0) }
        }
        if result.allSatisfy({ $0 == 0 }) { return 0.0 }
        let scale = -precision.clamped(to: -1_000...1_000)
        if result.count <= 15 && (-22...22).contains(scale) {
            // The digits as an integer and the power of ten are both exact doubles, and one
            // multiplication or division of exact operands is correctly rounded: the nearest double.
            let mantissa = Double(result.reduce(Int64(0)) { $0 * 10 + Int64($1) })
            let power = Self.powersOfTen[Int(scale.magnitude)]
            let magnitude = scale >= 0 ? mantissa * power : mantissa / power
            return negative ? -magnitude : magnitude
        }
        let text = (negative ? "-" : "") + result.map(String.init).joined() + "e" + String(-precision.clamped(to: -1_000...1_000))
        return Double(text) ?? value
    }

    /// 10^0 ... 10^22, each exactly a double.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// Rounds half-way cases toward positive infinity, like `round(value)` with no precision.
    static func roundHalfTowardPositiveInfinity(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let lower = value.rounded(.down)
        let result = value - lower >= 0.5 ? lower + 1 : lower
        return result == 0 ? 0.0 : result
    }
}

private extension Int64 {
    func clamped(to range: ClosedRange<Int64>) -> Int64 { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
