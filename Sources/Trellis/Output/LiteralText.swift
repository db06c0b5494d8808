import TrellisEngine

/// Spelling of scalars, strings and names as they are written in query text.
public enum LiteralText {
    /// A string as a single-quoted literal: `'it\'s'`.
    ///
    /// Backslashes, single quotes and control characters are escaped.
    public static func quoted(_ string: String) -> String {
        ValueFormatting.quote(string)
    }

    /// A label, relationship type or property key: as is when it is a plain identifier,
    /// otherwise between backticks (with backticks doubled).
    public static func name(_ name: String) -> String {
        if isPlainIdentifier(name) { return name }
        return "`" + name.replacingBackticks() + "`"
    }

    /// A float that always reads back as a float, spelled as `toString()` spells it:
    /// `1.0`, `3.5`, `1.0E20`, `NaN`, `Infinity`, `-Infinity`.
    public static func float(_ value: Double) -> String {
        ValueFormatting.formatFloat(value)
    }

    /// True when `name` can be written without backticks: a letter or `_`, then letters, digits or `_`.
    public static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        guard first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy {
            $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType == .decimal
        }
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

private extension String {
    func replacingBackticks() -> String {
        var out = ""
        for character in self {
            if character == "`" { out += "``" } else { out.append(character) }
        }
        return out
    }
}
