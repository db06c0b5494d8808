import Foundation
import TrellisCore

/// Numeric functions: `abs`, `ceil`, `floor`, `round`, `sign`, `isNaN`, `rand`, `sqrt`, `exp`,
/// `log`, `log10`, the trigonometric functions, `pi`, `e`, `radians` and `degrees`.
///
/// All accept INTEGER or FLOAT arguments and return null for a null argument. Apart from `abs`
/// (which keeps the argument's type) and `sign` (INTEGER), they return FLOAT. Domain errors follow
/// IEEE 754: `sqrt(-1)` and `log(-1)` are `NaN`, `log(0)` is `-Infinity`.
enum MathFunctions {
    static let all: [ScalarFunction] = [
        ScalarFunction(
            name: "abs", arity: 1...1, signature: "abs(input :: INTEGER | FLOAT) :: INTEGER | FLOAT",
            summary: "The absolute value of a number; integers stay integers."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .int(let i):
                // -Int64.min does not exist; treat it like the overflowing negation it is.
                if i == .min { throw TrellisError(.arithmeticError, "IntegerOverflow", "integer overflow in abs(\(i))") }
                return .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            default: throw ArgumentCheck.invalidType("abs", "its argument", expected: "a number", got: args[0])
            }
        },
        unary("ceil", "The smallest integral FLOAT greater than or equal to a number.") { $0.rounded(.up) },
        unary("floor", "The largest integral FLOAT less than or equal to a number.") { $0.rounded(.down) },
        ScalarFunction(
            name: "round", arity: 1...3,
            signature: "round(value :: FLOAT, precision :: INTEGER = 0, mode :: STRING = 'HALF_UP') :: FLOAT",
            summary: "Rounds to the nearest integer (ties toward positive infinity), or to a precision with a rounding mode."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let value = try ArgumentCheck.number(args[0], "round", "the value")
            if args.count == 1 { return .float(DecimalRounding.roundHalfTowardPositiveInfinity(value)) }
            let precision: Int64
            switch args[1] {
            case .int(let i): precision = i
            case .float(let d) where d.isFinite: precision = Int64(d.rounded(.towardZero).clamped(-1e9, 1e9))
            default: throw ArgumentCheck.invalidType("round", "the precision", expected: "a number", got: args[1])
            }
            guard args.count == 3 else {
                // Precision 0 without a mode matches round(value).
                if precision == 0 { return .float(DecimalRounding.roundHalfTowardPositiveInfinity(value)) }
                return .float(DecimalRounding.round(value, precision: precision, mode: .halfUp))
            }
            let modeName = try ArgumentCheck.string(args[2], "round", "the mode")
            guard let mode = DecimalRounding.Mode(rawValue: modeName.uppercased()) else {
                let known = DecimalRounding.Mode.allCases.map(\.rawValue).joined(separator: ", ")
                throw ArgumentCheck.invalidValue("round", "unknown rounding mode '\(modeName)', expected one of \(known)")
            }
            return .float(DecimalRounding.round(value, precision: precision, mode: mode))
        },
        ScalarFunction(
            name: "sign", arity: 1...1, signature: "sign(input :: INTEGER | FLOAT) :: INTEGER",
            summary: "-1, 0 or 1 according to the sign of a number (0 for NaN)."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .int(let i): return .int(i.signum())
            case .float(let d): return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
            default: throw ArgumentCheck.invalidType("sign", "its argument", expected: "a number", got: args[0])
            }
        },
        ScalarFunction(
            name: "isNaN", arity: 1...1, signature: "isNaN(input :: INTEGER | FLOAT) :: BOOLEAN",
            summary: "Whether a number is NaN."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .int: return .bool(false)
            case .float(let d): return .bool(d.isNaN)
            default: throw ArgumentCheck.invalidType("isNaN", "its argument", expected: "a number", got: args[0])
            }
        },
        ScalarFunction(
            name: "rand", arity: 0...0, isDeterministic: false, signature: "rand() :: FLOAT",
            summary: "A random FLOAT from 0 (inclusive) to 1 (exclusive)."
        ) { _ in .float(Double.random(in: 0..<1)) },
        unary("sqrt", "The square root of a number.") { $0.squareRoot() },
        unary("exp", "e raised to the power of a number.") { Foundation.exp($0) },
        unary("log", "The natural logarithm of a number.") { Foundation.log($0) },
        unary("log10", "The common (base 10) logarithm of a number.") { Foundation.log10($0) },
        unary("sin", "The sine of an angle in radians.") { Foundation.sin($0) },
        unary("cos", "The cosine of an angle in radians.") { Foundation.cos($0) },
        unary("tan", "The tangent of an angle in radians.") { Foundation.tan($0) },
        unary("cot", "The cotangent of an angle in radians.") { 1 / Foundation.tan($0) },
        unary("asin", "The arcsine of a number, in radians.") { Foundation.asin($0) },
        unary("acos", "The arccosine of a number, in radians.") { Foundation.acos($0) },
        unary("atan", "The arctangent of a number, in radians.") { Foundation.atan($0) },
        unary("haversin", "Half the versine of an angle in radians: (1 - cos x) / 2.") { (1 - Foundation.cos($0)) / 2 },
        unary("radians", "Converts degrees to radians.") { $0 * Double.pi / 180 },
        unary("degrees", "Converts radians to degrees.") { $0 * 180 / Double.pi },
        ScalarFunction(
            name: "atan2", arity: 2...2, signature: "atan2(y :: FLOAT, x :: FLOAT) :: FLOAT",
            summary: "The angle in radians of the point (x, y) from the positive x axis."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let y = try ArgumentCheck.number(args[0], "atan2", "y")
            let x = try ArgumentCheck.number(args[1], "atan2", "x")
            return .float(Foundation.atan2(y, x))
        },
        ScalarFunction(name: "pi", arity: 0...0, signature: "pi() :: FLOAT", summary: "The constant π.") { _ in
            .float(Double.pi)
        },
        ScalarFunction(name: "e", arity: 0...0, signature: "e() :: FLOAT", summary: "Euler's number e.") { _ in
            .float(M_E)
        },
    ]

    /// A one-argument FLOAT function of a number.
    private static func unary(
        _ name: String, _ summary: String, _ f: @escaping @Sendable (Double) -> Double
    ) -> ScalarFunction {
        ScalarFunction(name: name, arity: 1...1, signature: "\(name)(input :: FLOAT) :: FLOAT", summary: summary) { args in
            if args[0].isNull { return .null }
            return .float(f(try ArgumentCheck.number(args[0], name, "its argument")))
        }
    }
}

private extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
