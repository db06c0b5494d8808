import TrellisCore

/// Type conversion functions: `toBoolean`, `toInteger`, `toFloat`, `toString`, their `…OrNull`
/// variants and the list forms `toBooleanList`, `toIntegerList`, `toFloatList`, `toStringList`.
///
/// - Null converts to null.
/// - A string that does not denote a value of the target type converts to null
///   (`toInteger('foo')`); surrounding whitespace is ignored (`toInteger(' 12 ')` is 12).
/// - A value of a type the function does not convert at all (`toFloat(true)`, `toString([])`)
///   is a `TypeError` with code `InvalidArgumentValue`, as the openCypher TCK specifies.
/// - `toInteger` of a number outside the 64-bit range (a float such as `1e19` or `NaN`, or a
///   string such as `'1e19'`) is an `ArgumentError` with code `NumberOutOfRange`.
/// - The `…OrNull` variants return null instead of raising any of these errors.
/// - The list forms convert each element with the `…OrNull` variant; their argument must be a
///   list (or null).
enum ConversionFunctions {
    static let all: [ScalarFunction] = [
        conversion("toBoolean", "BOOLEAN", accepts: "STRING | INTEGER | BOOLEAN",
                   "Converts a string ('true'/'false', any case) or an integer (0 is false) to a boolean.", toBoolean),
        conversion("toInteger", "INTEGER", accepts: "STRING | FLOAT | INTEGER | BOOLEAN",
                   "Converts a string, float (truncating) or boolean to an integer.", toInteger),
        conversion("toFloat", "FLOAT", accepts: "STRING | INTEGER | FLOAT",
                   "Converts a string or integer to a float.", toFloat),
        conversion("toString", "STRING", accepts: "INTEGER | FLOAT | BOOLEAN | STRING | DATE | LOCAL TIME | ZONED TIME | LOCAL DATETIME | ZONED DATETIME | DURATION",
                   "Converts a number, boolean or temporal value to its string form.", toString),
    ].flatMap { $0 }

    /// The plain function, its `…OrNull` variant and its `…List` variant.
    private static func conversion(
        _ name: String, _ target: String, accepts: String, _ summary: String,
        _ convert: @escaping @Sendable (Value, String) throws -> Value
    ) -> [ScalarFunction] {
        let orNull: @Sendable (Value) -> Value = { value in (try? convert(value, name)) ?? .null }
        return [
            ScalarFunction(name: name, arity: 1...1, signature: "\(name)(input :: \(accepts)) :: \(target)", summary: summary) {
                args in
                if args[0].isNull { return .null }
                return try convert(args[0], name)
            },
            ScalarFunction(
                name: name + "OrNull", arity: 1...1, signature: "\(name)OrNull(input :: ANY) :: \(target)",
                summary: "Like \(name)(), but null for any value that cannot be converted."
            ) { args in
                orNull(args[0])
            },
            ScalarFunction(
                name: name + "List", arity: 1...1,
                signature: "\(name)List(input :: LIST<ANY>) :: LIST<\(target)>",
                summary: "Converts each element of a list like \(name)OrNull()."
            ) { args in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .list(items.map(orNull))
                default: throw invalidValue(name + "List", "a LIST", args[0])
                }
            },
        ]
    }

    private static func invalidValue(_ function: String, _ expected: String, _ value: Value) -> TrellisError {
        TrellisError(
            .typeError, "InvalidArgumentValue",
            "\(function)() expects \(expected), but got \(ArgumentCheck.describe(value))")
    }

    @Sendable private static func toBoolean(_ value: Value, _ function: String) throws -> Value {
        switch value {
        case .null, .bool: return value
        case .int(let i): return .bool(i != 0)
        case .string(let s):
            switch UnicodeText.trim(s, leading: true, trailing: true, where: UnicodeText.isWhitespace).lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        default: throw invalidValue(function, "a STRING, INTEGER or BOOLEAN", value)
        }
    }

    @Sendable private static func toInteger(_ value: Value, _ function: String) throws -> Value {
        switch value {
        case .null, .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            let truncated = d.rounded(.towardZero)
            guard truncated >= -9.223372036854775808e18, truncated < 9.223372036854775808e18 else {
                throw ArgumentCheck.outOfRange(function, "\(ValueFormatting.formatFloat(d)) does not fit in an INTEGER")
            }
            return .int(Int64(truncated))
        case .string(let s):
            switch NumberParsing.integer(s) {
            case .value(let i): return .int(i)
            case .invalid: return .null
            case .outOfRange:
                throw ArgumentCheck.outOfRange(function, "\(ValueFormatting.quote(s)) does not fit in an INTEGER")
            }
        default: throw invalidValue(function, "a STRING, FLOAT, INTEGER or BOOLEAN", value)
        }
    }

    @Sendable private static func toFloat(_ value: Value, _ function: String) throws -> Value {
        switch value {
        case .null, .float: return value
        case .int(let i): return .float(Double(i))
        case .string(let s): return NumberParsing.float(s).map(Value.float) ?? .null
        default: throw invalidValue(function, "a STRING, INTEGER or FLOAT", value)
        }
    }

    @Sendable private static func toString(_ value: Value, _ function: String) throws -> Value {
        if value.isNull { return .null }
        if let text = ValueFormatting.plainText(value) { return .string(text) }
        throw invalidValue(function, "an INTEGER, FLOAT, BOOLEAN, STRING or DATE", value)
    }
}
