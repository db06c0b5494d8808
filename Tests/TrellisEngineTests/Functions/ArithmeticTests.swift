import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Arithmetic operators")
struct ArithmeticTests {
    @Test func integerOperationsStayIntegers() throws {
        expectValue(try Arithmetic.add(99, 5), 104)
        expectValue(try Arithmetic.subtract(3, 8), -5)
        expectValue(try Arithmetic.multiply(-4, 6), -24)
        expectValue(try Arithmetic.divide(12, 4), 3)
        expectValue(try Arithmetic.modulo(7, 3), 1)
        // 12 / 4 * (3 - 2 * 4) from the TCK
        let inner = try Arithmetic.subtract(3, try Arithmetic.multiply(2, 4))
        expectValue(try Arithmetic.multiply(try Arithmetic.divide(12, 4), inner), -15)
    }

    @Test func integerDivisionTruncatesTowardZero() {
        expectValue(try Arithmetic.divide(7, 2), 3)
        expectValue(try Arithmetic.divide(-7, 2), -3)
        expectValue(try Arithmetic.divide(7, -2), -3)
        expectValue(try Arithmetic.divide(-7, -2), 3)
    }

    @Test func moduloTakesTheSignOfTheDividend() {
        expectValue(try Arithmetic.modulo(-7, 3), -1)
        expectValue(try Arithmetic.modulo(7, -3), 1)
        expectValue(try Arithmetic.modulo(.int(.min), -1), 0)
        expectValue(try Arithmetic.modulo(-7.5, 2), -1.5)
        expectValue(try Arithmetic.modulo(7.5, 2.0), 1.5)
    }

    @Test func mixedOperandsGiveFloats() {
        expectValue(try Arithmetic.add(1, 0.5), 1.5)
        expectValue(try Arithmetic.add(0.5, 1), 1.5)
        expectValue(try Arithmetic.subtract(1, 0.5), 0.5)
        expectValue(try Arithmetic.multiply(2, 1.5), 3.0)
        expectValue(try Arithmetic.divide(1, 4.0), 0.25)
        expectValue(try Arithmetic.divide(5.0, 2), 2.5)
    }

    @Test func powerIsAlwaysAFloat() {
        expectValue(try Arithmetic.power(2, 3), 8.0)
        expectValue(try Arithmetic.power(2, -1), 0.5)
        expectValue(try Arithmetic.power(4.0, 0.5), 2.0)
        expectValue(try Arithmetic.power(0, 0), 1.0)
    }

    @Test func integerOverflowIsAnArithmeticError() {
        let max = Value.int(.max), min = Value.int(.min)
        let error = expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.add(max, 1) }
        #expect(error?.message.contains("overflow") == true)
        expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.subtract(min, 1) }
        expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.multiply(max, 2) }
        expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.multiply(min, -1) }
        expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.divide(min, -1) }
        expectError(.arithmeticError, "IntegerOverflow") { try Arithmetic.negate(min) }
        // The edges themselves are fine.
        expectValue(try Arithmetic.add(.int(.max - 1), 1), .int(.max))
        expectValue(try Arithmetic.subtract(.int(.min + 1), 1), .int(.min))
        expectValue(try Arithmetic.negate(max), .int(-Int64.max))
    }

    @Test func integerDivisionByZero() {
        let error = expectError(.arithmeticError, "DivisionByZero") { try Arithmetic.divide(1, 0) }
        #expect(error?.message == "/ by zero")
        expectError(.arithmeticError, "DivisionByZero") { try Arithmetic.modulo(1, 0) }
    }

    @Test func floatDivisionByZeroFollowsIEEE() {
        expectValue(try Arithmetic.divide(1.0, 0), .float(.infinity))
        expectValue(try Arithmetic.divide(-1, 0.0), .float(-.infinity))
        expectValue(try Arithmetic.divide(0.0, 0), .float(.nan))
        expectValue(try Arithmetic.modulo(1.0, 0), .float(.nan))
        expectValue(try Arithmetic.add(.float(.nan), 1), .float(.nan))
        expectValue(try Arithmetic.add(.float(.infinity), .float(-.infinity)), .float(.nan))
    }

    @Test func nullOperandsGiveNull() {
        let operations: [(Value, Value) throws -> Value] = [
            Arithmetic.add, Arithmetic.subtract, Arithmetic.multiply, Arithmetic.divide, Arithmetic.modulo, Arithmetic.power,
        ]
        for operation in operations {
            expectValue(try operation(.null, 1), .null)
            expectValue(try operation(1, .null), .null)
            expectValue(try operation(.null, .null), .null)
            expectValue(try operation("a", .null), .null)
        }
        // Null wins over the division-by-zero check and over type errors.
        expectValue(try Arithmetic.divide(.null, 0), .null)
        expectValue(try Arithmetic.add(true, .null), .null)
        expectValue(try Arithmetic.add([1], .null), .null)
        expectValue(try Arithmetic.negate(.null), .null)
        expectValue(try Arithmetic.unaryPlus(.null), .null)
    }

    @Test func negation() {
        expectValue(try Arithmetic.negate(5), -5)
        expectValue(try Arithmetic.negate(-2.5), 2.5)
        expectValue(try Arithmetic.negate(0.0), .float(-0.0))
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.negate("a") }
        expectValue(try Arithmetic.unaryPlus(-3), -3)
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.unaryPlus(true) }
    }

    @Test func stringConcatenation() {
        expectValue(try Arithmetic.add("ab", "cd"), "abcd")
        expectValue(try Arithmetic.add("a", 1), "a1")
        expectValue(try Arithmetic.add(1, "a"), "1a")
        expectValue(try Arithmetic.add("a", 1.0), "a1.0")
        expectValue(try Arithmetic.add("x", 1.5e10), "x1.5E10")
        expectValue(try Arithmetic.add(2.5, "x"), "2.5x")
        expectValue(try Arithmetic.add("", ""), "")
    }

    @Test func listConcatenation() {
        expectValue(try Arithmetic.add([1, 10, 100], [4, 5]), [1, 10, 100, 4, 5])
        expectValue(try Arithmetic.add([false, true], false), [false, true, false])
        expectValue(try Arithmetic.add(0, [1, 2]), [0, 1, 2])
        expectValue(try Arithmetic.add([[], []], [[]]), [[], [], []])
        expectValue(try Arithmetic.add(["a"], "b"), ["a", "b"])
        expectValue(try Arithmetic.add("a", ["b"]), ["a", "b"])
        expectValue(try Arithmetic.add([1], [.null]), [1, .null])
        expectValue(try Arithmetic.add([1], ["k": 1]), [1, ["k": 1]])
    }

    @Test func typeMismatches() {
        var error = expectError(.typeError, "InvalidArgumentType") { try Arithmetic.add("a", true) }
        #expect(error?.message == "cannot add STRING and BOOLEAN")
        error = expectError(.typeError, "InvalidArgumentType") { try Arithmetic.subtract(1, "a") }
        #expect(error?.message == "cannot subtract STRING from INTEGER")
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.add(true, 1) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.add(["k": 1], ["j": 2]) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.add(day(2015, 1, 1), 1) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.multiply("a", 3) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.divide([1], 1) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.modulo(1, false) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.power("2", 2) }
        expectError(.typeError, "InvalidArgumentType") { try Arithmetic.subtract([1], [1]) }
    }
}
