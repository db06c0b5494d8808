import Foundation
import TrellisCore

/// String functions: case mapping, trimming, `replace`, `substring`, `left`, `right`, `split`,
/// `char_length`/`character_length` and `normalize`.
///
/// Positions and lengths count Unicode scalars (see ``UnicodeText``). A null string argument gives
/// null; where a function also takes integer positions, those must be non-null non-negative
/// INTEGERs even when the string is non-null (`left('abc', null)` is a type error,
/// `left('abc', -1)` an `ArgumentError`/`NumberOutOfRange`). `reverse` and `size` live with the
/// list functions because they accept both.
enum StringFunctions {
    static let all: [ScalarFunction] = [
        caseMapping("toUpper", "Converts a string to upper case.") { $0.uppercased() },
        caseMapping("upper", "Converts a string to upper case (alias of toUpper).") { $0.uppercased() },
        caseMapping("toLower", "Converts a string to lower case.") { $0.lowercased() },
        caseMapping("lower", "Converts a string to lower case (alias of toLower).") { $0.lowercased() },
        trimming("trim", leading: true, trailing: true, "Removes leading and trailing whitespace (or the given characters)."),
        trimming("btrim", leading: true, trailing: true, "Removes leading and trailing whitespace (or the given characters)."),
        trimming("ltrim", leading: true, trailing: false, "Removes leading whitespace (or the given characters)."),
        trimming("rtrim", leading: false, trailing: true, "Removes trailing whitespace (or the given characters)."),
        ScalarFunction(
            name: "replace", arity: 3...3,
            signature: "replace(original :: STRING, search :: STRING, replace :: STRING) :: STRING",
            summary: "Replaces every occurrence of a search string."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let original = try ArgumentCheck.string(args[0], "replace", "the original string")
            let search = try ArgumentCheck.string(args[1], "replace", "the search string")
            let replacement = try ArgumentCheck.string(args[2], "replace", "the replacement")
            let replaced = UnicodeText.replace(original, search, replacement)
            try ValueBounds.checkStringSize(replaced.utf8.count)
            return .string(replaced)
        },
        ScalarFunction(
            name: "substring", arity: 2...3,
            signature: "substring(original :: STRING, start :: INTEGER, length :: INTEGER) :: STRING",
            summary: "The part of a string from a zero-based start, to the end or for a given length."
        ) { args in
            if args[0].isNull { return .null }
            let original = try ArgumentCheck.string(args[0], "substring", "the original string")
            let start = try nonNegative(args[1], "substring", "the start")
            let length = args.count == 3 ? try nonNegative(args[2], "substring", "the length") : nil
            return .string(UnicodeText.substring(original, from: start, length: length))
        },
        ScalarFunction(
            name: "left", arity: 2...2, signature: "left(original :: STRING, length :: INTEGER) :: STRING",
            summary: "The first characters of a string."
        ) { args in
            if args[0].isNull { return .null }
            let original = try ArgumentCheck.string(args[0], "left", "the original string")
            let length = try nonNegative(args[1], "left", "the length")
            return .string(UnicodeText.substring(original, from: 0, length: length))
        },
        ScalarFunction(
            name: "right", arity: 2...2, signature: "right(original :: STRING, length :: INTEGER) :: STRING",
            summary: "The last characters of a string."
        ) { args in
            if args[0].isNull { return .null }
            let original = try ArgumentCheck.string(args[0], "right", "the original string")
            let length = try nonNegative(args[1], "right", "the length")
            let scalars = original.unicodeScalars
            let start = scalars.index(scalars.endIndex, offsetBy: -Int(min(length, Int64(Int.max))), limitedBy: scalars.startIndex)
            return .string(String(scalars[(start ?? scalars.startIndex)...]))
        },
        ScalarFunction(
            name: "split", arity: 2...2,
            signature: "split(original :: STRING, delimiter :: STRING | LIST<STRING>) :: LIST<STRING>",
            summary: "Splits a string at every occurrence of a delimiter (or of any of a list of delimiters)."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let original = try ArgumentCheck.string(args[0], "split", "the original string")
            let delimiters: [String]
            switch args[1] {
            case .string(let d): delimiters = [d]
            case .list(let items):
                if ArgumentCheck.anyNull(items) { return .null }
                delimiters = try items.map { try ArgumentCheck.string($0, "split", "each delimiter") }
            default:
                throw ArgumentCheck.invalidType("split", "the delimiter", expected: "a STRING or a LIST of STRING", got: args[1])
            }
            return .list(UnicodeText.split(original, by: delimiters).map(Value.string))
        },
        characterLength("char_length"),
        characterLength("character_length"),
        ScalarFunction(
            name: "normalize", arity: 1...2, signature: "normalize(input :: STRING, normalForm :: STRING = 'NFC') :: STRING",
            summary: "Unicode normalization to NFC (default), NFD, NFKC or NFKD."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let input = try ArgumentCheck.string(args[0], "normalize", "the input")
            let form = args.count == 2 ? try ArgumentCheck.string(args[1], "normalize", "the normal form") : "NFC"
            switch form.uppercased() {
            case "NFC": return .string(input.precomposedStringWithCanonicalMapping)
            case "NFD": return .string(input.decomposedStringWithCanonicalMapping)
            case "NFKC": return .string(input.precomposedStringWithCompatibilityMapping)
            case "NFKD": return .string(input.decomposedStringWithCompatibilityMapping)
            default: throw ArgumentCheck.invalidValue("normalize", "unknown normal form '\(form)', expected NFC, NFD, NFKC or NFKD")
            }
        },
    ]

    /// A non-negative INTEGER position or length.
    private static func nonNegative(_ value: Value, _ function: String, _ argument: String) throws -> Int64 {
        let n = try ArgumentCheck.integer(value, function, argument)
        if n < 0 { throw ArgumentCheck.outOfRange(function, "\(argument.withoutArticle()) must not be negative, got \(n)") }
        return n
    }

    private static func caseMapping(
        _ name: String, _ summary: String, _ map: @escaping @Sendable (String) -> String
    ) -> ScalarFunction {
        ScalarFunction(name: name, arity: 1...1, signature: "\(name)(input :: STRING) :: STRING", summary: summary) { args in
            if args[0].isNull { return .null }
            return .string(map(try ArgumentCheck.string(args[0], name, "its argument")))
        }
    }

    private static func trimming(_ name: String, leading: Bool, trailing: Bool, _ summary: String) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 1...2, signature: "\(name)(original :: STRING, trimCharacters :: STRING = whitespace) :: STRING",
            summary: summary
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let original = try ArgumentCheck.string(args[0], name, "the original string")
            if args.count == 2 {
                let set = Set(try ArgumentCheck.string(args[1], name, "the trim characters").unicodeScalars)
                return .string(UnicodeText.trim(original, leading: leading, trailing: trailing) { set.contains($0) })
            }
            return .string(UnicodeText.trim(original, leading: leading, trailing: trailing, where: UnicodeText.isWhitespace))
        }
    }

    private static func characterLength(_ name: String) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 1...1, signature: "\(name)(input :: STRING) :: INTEGER",
            summary: "The number of Unicode characters in a string."
        ) { args in
            if args[0].isNull { return .null }
            return .int(Int64(UnicodeText.count(try ArgumentCheck.string(args[0], name, "its argument"))))
        }
    }
}

private extension String {
    /// "the length" → "length", for messages.
    func withoutArticle() -> String { hasPrefix("the ") ? String(dropFirst(4)) : self }
}
