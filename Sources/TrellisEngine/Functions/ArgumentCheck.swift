import TrellisCore

/// Argument unpacking and the errors built-in functions report for bad arguments.
///
/// - A value of the wrong type is a `TypeError` with code `InvalidArgumentType`.
/// - A number outside the accepted range is an `ArgumentError` with code `NumberOutOfRange`.
/// - A value of the right type that still makes no sense (an unknown unit name, an
///   unparsable date) is an `ArgumentError` with code `InvalidArgumentValue`.
enum ArgumentCheck {
    /// A `TypeError`/`InvalidArgumentType` for `function`'s `argument`.
    static func invalidType(_ function: String, _ argument: String, expected: String, got value: Value) -> TrellisError {
        TrellisError(
            .typeError, "InvalidArgumentType",
            "\(function)() expects \(argument) to be \(expected), but got \(describe(value))")
    }

    /// An `ArgumentError`/`NumberOutOfRange`.
    static func outOfRange(_ function: String, _ message: String) -> TrellisError {
        TrellisError(.argumentError, "NumberOutOfRange", "\(function)(): \(message)")
    }

    /// An `ArgumentError`/`InvalidArgumentValue`.
    static func invalidValue(_ function: String, _ message: String) -> TrellisError {
        TrellisError(.argumentError, "InvalidArgumentValue", "\(function)(): \(message)")
    }

    /// The error for a node, relationship or path reaching a function the interpreter should
    /// have answered from the graph; see ``ScalarFunctions``.
    static func graphFunction(_ function: String, _ value: Value) -> TrellisError {
        TrellisError(
            .internalError, ScalarFunctions.graphFunctionCode,
            "\(function)() of a \(value.typeName) needs the graph and must be evaluated by the interpreter")
    }

    /// `INTEGER 42`, `STRING 'abc'`, `NULL`: a short description of a value for messages.
    static func describe(_ value: Value) -> String {
        if value.isNull { return "NULL" }
        var text = ValueFormatting.cypherLiteral(value)
        if text.unicodeScalars.count > 40 {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(37))) + "..."
        }
        return "\(value.typeName) \(text)"
    }

    /// The string inside `value`, or a type error.
    static func string(_ value: Value, _ function: String, _ argument: String) throws -> String {
        if case .string(let s) = value { return s }
        throw invalidType(function, argument, expected: "a STRING", got: value)
    }

    /// The integer inside `value`, or a type error. Floats are not accepted.
    static func integer(_ value: Value, _ function: String, _ argument: String) throws -> Int64 {
        if case .int(let i) = value { return i }
        throw invalidType(function, argument, expected: "an INTEGER", got: value)
    }

    /// The numeric value of an INTEGER or FLOAT, or a type error.
    static func number(_ value: Value, _ function: String, _ argument: String) throws -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: throw invalidType(function, argument, expected: "a number", got: value)
        }
    }

    /// The elements of a list, or a type error.
    static func list(_ value: Value, _ function: String, _ argument: String) throws -> [Value] {
        if case .list(let items) = value { return items }
        throw invalidType(function, argument, expected: "a LIST", got: value)
    }

    /// True when any of `values` is null: the usual "null in, null out" test.
    static func anyNull(_ values: [Value]) -> Bool {
        values.contains { $0.isNull }
    }
}
