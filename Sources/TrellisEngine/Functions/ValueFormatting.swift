import Foundation
import TrellisCore

/// Text renderings of values: as query-language literals, and as `toString()` produces them.
///
/// Floats are written the way Neo4j (and Java) write doubles: always with a decimal point or an
/// exponent, plain between 10⁻³ and 10⁷ (`1.0`, `0.001`, `1234567.5`) and in scientific notation
/// outside it (`1.0E7`, `1.5E-4`), using the shortest digit string that reads back as the same
/// double. Special values are `NaN`, `Infinity`, `-Infinity`; negative zero is `-0.0`.
package enum ValueFormatting {
    /// Renders a value as query text that would evaluate to it.
    ///
    /// - Strings are quoted with `'` and escaped (`\'`, `\\`, `\n`, `\t`, `\r`, `\b`, `\f`,
    ///   other control characters as `\uXXXX`).
    /// - Maps list their keys in sorted order; keys that are not plain identifiers are
    ///   back-quoted.
    /// - Temporal values are written as calls of their constructors on their ISO 8601 text:
///   `date('2015-07-21')`, `datetime('2015-07-21T21:40:32.142+01:00')`, `duration('PT1H')`.
    /// - Nodes, relationships and paths have no literal form; they are written as the
    ///   placeholders `#node(3)`, `#relationship(7)` and `#path(#node(1), #relationship(7), #node(3))`.
    package static func cypherLiteral(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return formatFloat(d)
        case .string(let s): return quote(s)
        case .list(let items): return "[" + items.map(cypherLiteral).joined(separator: ", ") + "]"
        case .map(let entries):
            let body = entries.keys.sorted().map { key in "\(mapKey(key)): \(cypherLiteral(entries[key]!))" }
            return "{" + body.joined(separator: ", ") + "}"
        case .date(let d): return "date('\(d.description)')"
        case .localTime(let t): return "localtime('\(t.description)')"
        case .time(let t): return "time('\(t.description)')"
        case .localDateTime(let t): return "localdatetime('\(t.description)')"
        case .dateTime(let t): return "datetime('\(t.description)')"
        case .duration(let d): return "duration('\(d.description)')"
        case .node(let id): return "#node(\(id))"
        case .relationship(let id): return "#relationship(\(id))"
        case .path(let path):
            var parts: [String] = []
            for (index, node) in path.nodes.enumerated() {
                if index > 0, index - 1 < path.relationships.count {
                    parts.append("#relationship(\(path.relationships[index - 1]))")
                }
                parts.append("#node(\(node))")
            }
            return "#path(" + parts.joined(separator: ", ") + ")"
        }
    }

    /// The text `toString()` produces for a scalar: strings unchanged, numbers and booleans as
    /// written in queries, temporal values in ISO 8601 form. Nil for null, lists, maps and graph entities.
    package static func plainText(_ value: Value) -> String? {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let d): return formatFloat(d)
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .localTime(let t): return t.description
        case .time(let t): return t.description
        case .localDateTime(let t): return t.description
        case .dateTime(let t): return t.description
        case .duration(let d): return d.description
        case .null, .list, .map, .node, .relationship, .path: return nil
        }
    }

    /// Formats a double as Java's `Double.toString` does (see the type documentation).
    package static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        var (digits, exponent) = shortestDigits(d.magnitude)
        if digits.count == 1, d.magnitude < Double.leastNormalMagnitude {
            // When the shortest form has one digit, Java picks the decimal of one or two digits
            // nearest the exact value. For normal doubles that is the one-digit form; only for
            // a few subnormals does it differ (4.9E-324, not 5.0E-324).
            (digits, exponent) = twoDigits(d.magnitude)
        }
        let sign = d < 0 ? "-" : ""
        if (-3...6).contains(exponent) {
            if exponent >= 0 {
                let intCount = exponent + 1
                let intPart = digits.count >= intCount
                    ? String(digits.prefix(intCount))
                    : digits + String(repeating: "0", count: intCount - digits.count)
                let fraction = digits.count > intCount ? String(digits.dropFirst(intCount)) : "0"
                return sign + intPart + "." + fraction
            }
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let fraction = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return sign + String(digits.prefix(1)) + "." + fraction + "E" + String(exponent)
    }

    /// The shortest round-tripping significant digits of a positive finite double, and the
    /// decimal exponent of the first digit: `1234.5` gives (`"12345"`, 3).
    static func shortestDigits(_ d: Double) -> (digits: String, exponent: Int) {
        let (digits, exponent) = shortestDigitValues(d)
        return (String(decoding: digits.map { $0 + 48 }, as: UTF8.self), exponent)
    }

    /// ``shortestDigits(_:)`` as digit values (0 to 9), read from the bytes of Swift's
    /// description of `d`, which is the shortest round-tripping form ("1234.5", "1e-05", "1.5e+20").
    static func shortestDigitValues(_ d: Double) -> (digits: [UInt8], exponent: Int) {
        var text = d.description
        return text.withUTF8 { bytes in
            var digits: [UInt8] = []
            digits.reserveCapacity(bytes.count)
            var point: Int? = nil
            var exponent = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    var j = i + 1, negative = false
                    if j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") {
                        negative = bytes[j] == UInt8(ascii: "-")
                        j += 1
                    }
                    while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 {
                        exponent = exponent * 10 + Int(bytes[j] - 48)
                        j += 1
                    }
                    if negative { exponent = -exponent }
                    break
                }
                if b == UInt8(ascii: ".") {
                    point = digits.count
                } else if b >= 48 && b <= 57 {
                    digits.append(b - 48)
                }
                i += 1
            }
            var position = point ?? digits.count
            var first = 0, last = digits.count
            while last - first > 1 && digits[first] == 0 {
                first += 1
                position -= 1
            }
            while last - first > 1 && digits[last - 1] == 0 { last -= 1 }
            return (Array(digits[first..<last]), position + exponent - 1)
        }
    }

    /// The two significant digits nearest the exact value of `d`, and the exponent of the first.
    private static func twoDigits(_ d: Double) -> (digits: String, exponent: Int) {
        let text = String(format: "%.1e", d)  // e.g. "4.9e-324"; printf rounds the exact binary value
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...].replacingPlus()) else {
            return shortestDigits(d)
        }
        guard Double(text) == d else { return shortestDigits(d) }
        var digits = text[text.startIndex..<e].filter { $0 != "." }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        return (String(digits), exponent)
    }

    /// A string literal in single quotes.
    package static func quote(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A map key, back-quoted unless it is a plain identifier.
    static func mapKey(_ key: String) -> String {
        let scalars = key.unicodeScalars
        if let first = scalars.first, first == "_" || first.properties.isAlphabetic,
            scalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        {
            return key
        }
        var quoted = "`"
        for c in key { quoted += c == "`" ? "``" : String(c) }
        return quoted + "`"
    }
}

private extension Substring {
    func replacingPlus() -> Substring { first == "+" ? dropFirst() : self }
}
