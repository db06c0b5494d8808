/// 64-bit integer arithmetic that reports overflow as a ``TrellisError`` instead of trapping.
///
/// Each operation takes the error to throw on overflow, by default an `ArithmeticError` with
/// code `IntegerOverflow` (Cypher integers do not wrap); temporal code passes the error that
/// says its result would leave the supported range (see ``TemporalRange``).
package enum CheckedArithmetic {
    /// An `ArithmeticError`/`IntegerOverflow` about `what`.
    package static func integerOverflow(_ what: String = "an integer operation") -> TrellisError {
        TrellisError(.arithmeticError, "IntegerOverflow", "integer overflow in \(what)")
    }

    /// `a + b`.
    package static func add(_ a: Int64, _ b: Int64,
                            else error: @autoclosure () -> TrellisError = integerOverflow()) throws -> Int64 {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw error() }
        return result
    }

    /// `a - b`.
    package static func subtract(_ a: Int64, _ b: Int64,
                                 else error: @autoclosure () -> TrellisError = integerOverflow()) throws -> Int64 {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw error() }
        return result
    }

    /// `a * b`.
    package static func multiply(_ a: Int64, _ b: Int64,
                                 else error: @autoclosure () -> TrellisError = integerOverflow()) throws -> Int64 {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw error() }
        return result
    }

    /// `-a`.
    package static func negate(_ a: Int64, else error: @autoclosure () -> TrellisError = integerOverflow()) throws -> Int64 {
        if a == .min { throw error() }
        return -a
    }

    /// `a * factor + b`, the shape of every unit conversion (`seconds * 1000 + millis`). A
    /// negative `a` with a positive `b` is taken as `(a + 1) * factor + (b - factor)`, so that
    /// a result that fits is found even when `a * factor` alone would not (the milliseconds of
    /// the earliest instants).
    package static func scaled(_ a: Int64, by factor: Int64, plus b: Int64,
                               else error: @autoclosure () -> TrellisError = integerOverflow()) throws -> Int64 {
        if a < 0, b > 0, factor > 0 {
            return try add(try multiply(a + 1, factor, else: error()), b - factor, else: error())
        }
        return try add(try multiply(a, factor, else: error()), b, else: error())
    }

    /// `value` rounded toward zero, when it is finite and fits in 64 bits.
    package static func integer(_ value: Double) -> Int64? {
        // 2^63 is the first double above Int64.max; -2^63 is Int64.min itself.
        guard value.isFinite, value >= -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0 else { return nil }
        return Int64(value.rounded(.towardZero))
    }
}
