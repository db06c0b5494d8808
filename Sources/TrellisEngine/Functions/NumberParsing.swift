/// Parsing of numbers written in strings, for `toInteger()` and `toFloat()`.
///
/// Both accept the decimal notation of the query language, surrounded by optional whitespace:
/// an optional sign, digits with an optional decimal point (`12`, `12.5`, `.5`, `12.`) and an
/// optional exponent (`1e3`, `2.5E-2`). `toFloat` also accepts `NaN`, `Infinity` and
/// `-Infinity`. Hexadecimal, octal and digit separators are not accepted.
enum NumberParsing {
    /// The outcome of reading an integer from a string.
    enum IntegerResult: Equatable {
        /// The string denotes a number whose integer part (truncated toward zero) fits in 64 bits.
        case value(Int64)
        /// The string denotes a number whose integer part does not fit in 64 bits.
        case outOfRange
        /// The string is not a number.
        case invalid
    }

    /// The integer part of the number in `text`, computed exactly (`'9007199254740993.9'`
    /// gives 9007199254740993).
    static func integer(_ text: String) -> IntegerResult {
        let trimmed = UnicodeText.trim(text, leading: true, trailing: true, where: UnicodeText.isWhitespace)
        if let exact = Int64(trimmed) { return .value(exact) }
        guard let decimal = DecimalNotation(trimmed) else { return .invalid }
        // value = digits × 10^shift
        let shift = decimal.exponent - (decimal.digits.count - decimal.integerDigits)
        var integerDigits: ArraySlice<UInt8>
        if shift >= 0 {
            if decimal.digits.allSatisfy({ $0 == 0 }) { return .value(0) }
            if shift > 19 { return .outOfRange }
            integerDigits = ArraySlice(decimal.digits + Array(repeating: 0, count: shift))
        } else if -shift >= decimal.digits.count {
            return .value(0)
        } else {
            integerDigits = decimal.digits.dropLast(-shift)
        }
        while integerDigits.count > 1, integerDigits.first == 0 { integerDigits = integerDigits.dropFirst() }
        if integerDigits.count > 19 { return .outOfRange }
        var magnitude: UInt64 = 0
        for digit in integerDigits { magnitude = magnitude * 10 + UInt64(digit) }
        if decimal.negative {
            if magnitude > UInt64(Int64.max) + 1 { return .outOfRange }
            return .value(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude))
        }
        if magnitude > UInt64(Int64.max) { return .outOfRange }
        return .value(Int64(magnitude))
    }

    /// The double nearest to the number in `text`, or nil if it is not a number. Magnitudes
    /// beyond the double range give infinities.
    static func float(_ text: String) -> Double? {
        let trimmed = UnicodeText.trim(text, leading: true, trailing: true, where: UnicodeText.isWhitespace)
        switch trimmed {
        case "NaN", "+NaN", "-NaN": return .nan
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        guard let decimal = DecimalNotation(trimmed) else { return nil }
        // Rebuild a canonical spelling so the conversion sees nothing unusual.
        var canonical = decimal.negative ? "-" : ""
        canonical += decimal.digits.map { String($0) }.joined()
        canonical += "e" + String(decimal.exponent - (decimal.digits.count - decimal.integerDigits))
        return Double(canonical)
    }

    /// A decimal number split into its parts: `-12.50e3` is negative, digits 1 2 5 0,
    /// 2 integer digits, exponent 3.
    private struct DecimalNotation {
        var negative = false
        var digits: [UInt8] = []
        var integerDigits = 0
        var exponent = 0

        init?(_ text: String) {
            var scalars = Substring(text).unicodeScalars[...]
            if let first = scalars.first, first == "+" || first == "-" {
                negative = first == "-"
                scalars = scalars.dropFirst()
            }
            var sawPoint = false
            var sawDigit = false
            while let c = scalars.first {
                if let d = DecimalNotation.digit(c) {
                    digits.append(d)
                    if !sawPoint { integerDigits += 1 }
                    sawDigit = true
                } else if c == ".", !sawPoint {
                    sawPoint = true
                } else {
                    break
                }
                scalars = scalars.dropFirst()
            }
            guard sawDigit else { return nil }
            if let e = scalars.first, e == "e" || e == "E" {
                scalars = scalars.dropFirst()
                var exponentNegative = false
                if let sign = scalars.first, sign == "+" || sign == "-" {
                    exponentNegative = sign == "-"
                    scalars = scalars.dropFirst()
                }
                guard !scalars.isEmpty else { return nil }
                var value = 0
                while let c = scalars.first, let d = DecimalNotation.digit(c) {
                    // Saturate: any exponent this large already over- or underflows everything.
                    value = min(value * 10 + Int(d), 1_000_000_000)
                    scalars = scalars.dropFirst()
                }
                exponent = exponentNegative ? -value : value
            }
            guard scalars.isEmpty else { return nil }
        }

        private static func digit(_ c: Unicode.Scalar) -> UInt8? {
            ("0"..."9").contains(c) ? UInt8(c.value - 48) : nil
        }
    }
}
