import Foundation
import TrellisCore
import TrellisSyntax

/// The arithmetic operators `+ - * / % ^` and unary `-`/`+`, with openCypher semantics.
///
/// - Any null operand gives null (so `[1] + null` is null; append with `[1] + [null]`).
/// - INTEGER op INTEGER gives INTEGER; overflow is an `ArithmeticError` with code `IntegerOverflow`.
/// - Integer `/` truncates toward zero and `%` takes the sign of the dividend; dividing an integer
///   by integer zero is an `ArithmeticError` with code `DivisionByZero`.
/// - As soon as one operand is a FLOAT the operation is done in IEEE 754 doubles, so `1 / 0.0` is
///   `Infinity` and `0.0 / 0` is `NaN`.
/// - `^` always gives a FLOAT.
/// - `+` also concatenates: two strings; a string and a number (the number written as
///   `toString()` writes it, so `'a' + 1.0` is `'a1.0'`); two lists; a list and an element
///   (appending or prepending it).
/// - Durations add to and subtract from temporal values and each other, and multiply and
///   divide by numbers (see ``TemporalArithmetic``).
/// - Other type combinations are a `TypeError` with code `InvalidArgumentType`.
package enum Arithmetic {
    /// `a op b` for one of the binary arithmetic operators (null for any other), with an error
    /// located at `range`.
    package static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: SourceRange) throws -> Value {
        do {
            switch op {
            case .add: return try add(a, b)
            case .subtract: return try subtract(a, b)
            case .multiply: return try multiply(a, b)
            case .divide: return try divide(a, b)
            case .modulo: return try modulo(a, b)
            case .power: return try power(a, b)
            default: return .null
            }
        } catch let error as TrellisError { throw error.located(range) }
    }

    /// `a + b`: numeric addition, string concatenation or list concatenation.
    package static func add(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.list(let x), .list(let y)):
            try ValueBounds.checkListSize(x.count + y.count)
            return .list(x + y)
        case (.list(let x), _):
            try ValueBounds.checkListSize(x.count + 1)
            return try ValueBounds.checkedNesting(.list(x + [b]), elements: [b])
        case (_, .list(let y)):
            try ValueBounds.checkListSize(y.count + 1)
            return try ValueBounds.checkedNesting(.list([a] + y), elements: [a])
        case (.duration, _), (_, .duration):
            if let result = try TemporalArithmetic.add(a, b) { return result }
            throw mismatch("add", a, "and", b)
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.addingReportingOverflow(y)
            if overflow { throw overflowError("\(x) + \(y)") }
            return .int(r)
        case (.string(let x), .string(let y)):
            try ValueBounds.checkStringSize(x.utf8.count + y.utf8.count)
            return .string(x + y)
        case (.string(let x), .int), (.string(let x), .float): return .string(x + ValueFormatting.plainText(b)!)
        case (.int, .string(let y)), (.float, .string(let y)): return .string(ValueFormatting.plainText(a)! + y)
        default:
            if let (x, y) = doubles(a, b) { return .float(x + y) }
            throw mismatch("add", a, "and", b)
        }
    }

    /// `a - b`.
    package static func subtract(_ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.subtractingReportingOverflow(y)
            if overflow { throw overflowError("\(x) - \(y)") }
            return .int(r)
        }
        if let (x, y) = doubles(a, b) { return .float(x - y) }
        if let result = try TemporalArithmetic.subtract(a, b) { return result }
        throw mismatch("subtract", b, "from", a)
    }

    /// `a * b`.
    package static func multiply(_ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if case .int(let x) = a, case .int(let y) = b {
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            if overflow { throw overflowError("\(x) * \(y)") }
            return .int(r)
        }
        if let (x, y) = doubles(a, b) { return .float(x * y) }
        if let result = try TemporalArithmetic.multiply(a, b) { return result }
        throw mismatch("multiply", a, "by", b)
    }

    /// `a / b`; integer division truncates toward zero.
    package static func divide(_ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if case .int(let x) = a, case .int(let y) = b {
            if y == 0 { throw divisionByZero() }
            let (r, overflow) = x.dividedReportingOverflow(by: y)
            if overflow { throw overflowError("\(x) / \(y)") }
            return .int(r)
        }
        if let (x, y) = doubles(a, b) { return .float(x / y) }
        if let result = try TemporalArithmetic.divide(a, b) { return result }
        throw mismatch("divide", a, "by", b)
    }

    /// `a % b`; the result takes the sign of `a`, for integers and floats alike.
    package static func modulo(_ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if case .int(let x) = a, case .int(let y) = b {
            if y == 0 { throw divisionByZero() }
            // Int64.min % -1 is mathematically 0; only the hardware instruction overflows.
            return .int(x.remainderReportingOverflow(dividingBy: y).partialValue)
        }
        if let (x, y) = doubles(a, b) { return .float(fmod(x, y)) }
        throw mismatch("compute the modulo of", a, "by", b)
    }

    /// `a ^ b`, always a FLOAT.
    package static func power(_ a: Value, _ b: Value) throws -> Value {
        if a.isNull || b.isNull { return .null }
        if let (x, y) = doubles(a, b) { return .float(pow(x, y)) }
        throw mismatch("raise", a, "to the power of", b)
    }

    /// Unary `-a`.
    package static func negate(_ a: Value) throws -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            if x == .min { throw overflowError("-(\(x))") }
            return .int(-x)
        case .float(let x): return .float(-x)
        case .duration(let d): return .duration(try TemporalArithmetic.negated(d))
        default:
            throw TrellisError(.typeError, "InvalidArgumentType", "cannot negate \(a.typeName)")
        }
    }

    /// Unary `+a`: the number itself; anything but a number or null is a type error.
    package static func unaryPlus(_ a: Value) throws -> Value {
        switch a {
        case .null, .int, .float: return a
        default:
            throw TrellisError(.typeError, "InvalidArgumentType", "cannot apply unary + to \(a.typeName)")
        }
    }

    /// Both operands as doubles, if both are numbers.
    private static func doubles(_ a: Value, _ b: Value) -> (Double, Double)? {
        func double(_ v: Value) -> Double? {
            switch v {
            case .int(let i): return Double(i)
            case .float(let d): return d
            default: return nil
            }
        }
        guard let x = double(a), let y = double(b) else { return nil }
        return (x, y)
    }

    private static func overflowError(_ expression: String) -> TrellisError {
        TrellisError(.arithmeticError, "IntegerOverflow", "integer overflow in \(expression)")
    }

    private static func divisionByZero() -> TrellisError {
        TrellisError(.arithmeticError, "DivisionByZero", "/ by zero")
    }

    private static func mismatch(_ verb: String, _ x: Value, _ joiner: String, _ y: Value) -> TrellisError {
        TrellisError(.typeError, "InvalidArgumentType", "cannot \(verb) \(x.typeName) \(joiner) \(y.typeName)")
    }
}
