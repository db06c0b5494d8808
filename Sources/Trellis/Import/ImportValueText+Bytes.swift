import TrellisEngine

extension ImportValueText {
    /// Reads a present field from its UTF-8 bytes as `type`, as ``read(_:as:)`` reads its text.
    /// Strings, and ints, floats and dates in their plain spellings, are read straight from the bytes;
    /// everything else (and every invalid field, for its message) goes through the text.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, as type: ImportFieldType) -> Reading {
        if !type.isList {
            switch type.scalar {
            case .string:
                return .value(.string(String(decoding: bytes, as: UTF8.self)))
            case .int:
                if let i = plainInt(trimmingBlanks(bytes)) { return .value(.int(i)) }
            case .float:
                if let d = plainFloat(trimmingBlanks(bytes)) { return .value(.float(d)) }
            case .date:
                if let date = calendarDate(trimmingBlanks(bytes)) { return .value(.date(date)) }
            default:
                break
            }
        }
        return read(String(decoding: bytes, as: UTF8.self), as: type)
    }

    private static func trimmingBlanks(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// An optional sign and 1 to 18 digits (too few to overflow); nil for anything else.
    private static func plainInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2B {
            negative = bytes[i] == 0x2D
            i += 1
        }
        let digits = bytes.count - i
        guard digits > 0, digits <= 18 else { return nil }
        var value: Int64 = 0
        while i < bytes.count {
            let digit = bytes[i] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            i += 1
        }
        return negative ? -value : value
    }

    /// A date spelled `YYYY-MM-DD` that names a real day; nil for anything else.
    private static func calendarDate(_ bytes: UnsafeBufferPointer<UInt8>) -> DateValue? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range {
                let digit = bytes[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return DateValue(year: year, month: month, day: day)
    }

    /// Powers of ten that doubles hold exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// An optional sign, digits, and optionally a point followed by digits, with at most 15 digits
    /// in all: the digits as an integer and the power of ten are then exact doubles, so one
    /// division rounds correctly, as a full parser would. Nil for anything else.
    private static func plainFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2B {
            negative = bytes[i] == 0x2D
            i += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var afterPoint = false
        var digitsBeforePoint = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x2E {
                guard !afterPoint else { return nil }
                afterPoint = true
                digitsBeforePoint = digits
            } else {
                let digit = byte &- 0x30
                guard digit < 10 else { return nil }
                mantissa = mantissa * 10 + Int64(digit)
                digits += 1
                if afterPoint { fractionDigits += 1 }
                guard digits <= 15 else { return nil }
            }
            i += 1
        }
        guard digits > 0, !afterPoint || (digitsBeforePoint > 0 && fractionDigits > 0) else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }
}
