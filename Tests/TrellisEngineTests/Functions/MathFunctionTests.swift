import Foundation
import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Math functions")
struct MathFunctionTests {
    @Test func absKeepsTheType() {
        expectValue(try call("abs", -1), 1)
        expectValue(try call("abs", 5), 5)
        expectValue(try call("abs", 0), 0)
        expectValue(try call("abs", -2.5), 2.5)
        expectValue(try call("abs", -0.0), 0.0)
        expectValue(try call("abs", .int(.max)), .int(.max))
        expectValue(try call("abs", .int(-Int64.max)), .int(.max))
        expectValue(try call("abs", .float(-.infinity)), .float(.infinity))
    }

    @Test func absOfTheSmallestIntegerOverflows() {
        expectError(.arithmeticError, "IntegerOverflow") { try call("abs", .int(.min)) }
    }

    @Test func ceilFloorReturnFloats() {
        expectValue(try call("ceil", 0.1), 1.0)
        expectValue(try call("ceil", -0.1), .float(-0.0))
        expectValue(try call("ceil", 3), 3.0)
        expectValue(try call("floor", 0.9), 0.0)
        expectValue(try call("floor", -0.1), -1.0)
        expectValue(try call("floor", 7), 7.0)
        expectValue(try call("floor", .float(.nan)), .float(.nan))
    }

    @Test func roundWithoutPrecisionBreaksTiesTowardPositiveInfinity() {
        expectValue(try call("round", 3.141592), 3.0)
        expectValue(try call("round", 2.5), 3.0)
        expectValue(try call("round", -1.5), -1.0)
        expectValue(try call("round", -2.5), -2.0)
        expectValue(try call("round", -2.6), -3.0)
        expectValue(try call("round", -0.4), 0.0)
        expectValue(try call("round", 0.49999999999999994), 0.0)
        expectValue(try call("round", 4), 4.0)
        expectValue(try call("round", 1e300), 1e300)
        expectValue(try call("round", .float(.infinity)), .float(.infinity))
        expectValue(try call("round", .float(.nan)), .float(.nan))
    }

    @Test func roundWithPrecision() {
        expectValue(try call("round", 3.141592, 3), 3.142)
        expectValue(try call("round", -0.125, 2), -0.13)
        expectValue(try call("round", 0.30000000000000004, 15), 0.3)
        expectValue(try call("round", 123456789012.34567, 3), 123456789012.346)
        expectValue(try call("round", 1.2345678901e-11, 20), 1.23456789e-11)
        expectValue(try call("round", 98765.4321, -4), 100000.0)
        expectValue(try call("round", 0.1234567890123456789, 17), 0.12345678901234568)
        expectValue(try call("round", -1.5, 0), -1.0)
        expectValue(try call("round", -1.55, 1), -1.6)
        expectValue(try call("round", 2.675, 2), 2.68)
        expectValue(try call("round", 1.005, 2), 1.01)
        expectValue(try call("round", 1234.5678, -2), 1200.0)
        expectValue(try call("round", 1250, -2), 1300.0)
        expectValue(try call("round", 49, -2), 0.0)
        expectValue(try call("round", 0.5, 5), 0.5)
        expectValue(try call("round", 9.99, 1), 10.0)
        expectValue(try call("round", 3.141592, 3.9), 3.142)
        expectValue(try call("round", 1e-20, 2), 0.0)
        expectValue(try call("round", 123.456, .int(.max)), 123.456)
        expectValue(try call("round", 123.456, .int(.min)), 0.0)
    }

    @Test("round with precision 1 and a mode", arguments: [
        // mode, 1.249, -1.251, 1.25, -1.35 (the documented table)
        ("UP", 1.3, -1.3, 1.3, -1.4),
        ("DOWN", 1.2, -1.2, 1.2, -1.3),
        ("CEILING", 1.3, -1.2, 1.3, -1.3),
        ("FLOOR", 1.2, -1.3, 1.2, -1.4),
        ("HALF_UP", 1.2, -1.3, 1.3, -1.4),
        ("HALF_DOWN", 1.2, -1.3, 1.2, -1.3),
        ("HALF_EVEN", 1.2, -1.3, 1.2, -1.4),
    ])
    func roundModes(mode: String, positive: Double, negative: Double, positiveTie: Double, negativeTie: Double) {
        expectValue(try call("round", 1.249, 1, .string(mode)), .float(positive))
        expectValue(try call("round", -1.251, 1, .string(mode)), .float(negative))
        expectValue(try call("round", 1.25, 1, .string(mode)), .float(positiveTie))
        expectValue(try call("round", -1.35, 1, .string(mode)), .float(negativeTie))
    }

    @Test func roundModeEdgeCases() {
        expectValue(try call("round", 2.5, 0, "HALF_EVEN"), 2.0)
        expectValue(try call("round", 3.5, 0, "HALF_EVEN"), 4.0)
        expectValue(try call("round", -2.5, 0, "HALF_UP"), -3.0)
        expectValue(try call("round", 0.001, 0, "UP"), 1.0)
        expectValue(try call("round", -0.001, 0, "CEILING"), 0.0)
        expectValue(try call("round", 1.2, 0, "half_up"), 1.0)
        expectValue(try call("round", 5, -1, "HALF_EVEN"), 0.0)
        expectValue(try call("round", 15, -1, "HALF_EVEN"), 20.0)
        expectError(.argumentError, "InvalidArgumentValue") { try call("round", 1.5, 0, "SIDEWAYS") }
        expectError(.typeError, "InvalidArgumentType") { try call("round", 1.5, 0, 1) }
        expectError(.typeError, "InvalidArgumentType") { try call("round", 1.5, "1") }
        expectValue(try call("round", .null, 1, "UP"), .null)
        expectValue(try call("round", 1.5, .null), .null)
        expectValue(try call("round", 1.5, 1, .null), .null)
    }

    @Test func sign() {
        expectValue(try call("sign", -17), -1)
        expectValue(try call("sign", 0.1), 1)
        expectValue(try call("sign", 0), 0)
        expectValue(try call("sign", -0.0), 0)
        expectValue(try call("sign", .int(.min)), -1)
        expectValue(try call("sign", .float(.nan)), 0)
        expectValue(try call("sign", .float(-.infinity)), -1)
    }

    @Test func isNaN() {
        expectValue(try call("isNaN", .float(.nan)), true)
        expectValue(try call("isNaN", 1.0), false)
        expectValue(try call("isNaN", 1), false)
        expectValue(try call("isNaN", .float(.infinity)), false)
    }

    @Test func randIsInTheUnitInterval() throws {
        var seen = Set<Double>()
        for _ in 0..<200 {
            guard case .float(let d) = try call("rand") else {
                Issue.record("rand() did not return a float")
                return
            }
            #expect(d >= 0 && d < 1)
            seen.insert(d)
        }
        #expect(seen.count > 150)
    }

    @Test func transcendentalFunctions() {
        expectValue(try call("sqrt", 256), 16.0)
        expectValue(try call("sqrt", 2.25), 1.5)
        expectValue(try call("sqrt", -1), .float(.nan))
        expectValue(try call("exp", 0), 1.0)
        expectValue(try call("exp", 1), .float(M_E))
        expectValue(try call("log", 1), 0.0)
        expectValue(try call("log", .float(M_E)), 1.0)
        expectValue(try call("log", 0), .float(-.infinity))
        expectValue(try call("log", -1), .float(.nan))
        expectValue(try call("log10", 1000), 3.0)
        expectValue(try call("e"), .float(M_E))
        expectValue(try call("pi"), .float(Double.pi))
    }

    @Test func trigonometry() {
        expectValue(try call("sin", 0), 0.0)
        expectValue(try call("cos", 0), 1.0)
        expectValue(try call("tan", 0), 0.0)
        expectValue(try call("cot", 0), .float(.infinity))
        expectValue(try call("asin", 1), .float(Double.pi / 2))
        expectValue(try call("acos", 1), 0.0)
        expectValue(try call("acos", 2), .float(.nan))
        expectValue(try call("atan", 1), .float(Double.pi / 4))
        expectValue(try call("atan2", 1, 1), .float(Double.pi / 4))
        expectValue(try call("atan2", 0, -1), .float(Double.pi))
        expectValue(try call("haversin", 0), 0.0)
        expectValue(try call("haversin", .float(Double.pi)), 1.0)
        expectValue(try call("radians", 180), .float(Double.pi))
        expectValue(try call("degrees", .float(Double.pi)), 180.0)
        expectValue(try call("atan2", .null, 1), .null)
        expectValue(try call("atan2", 1, .null), .null)
    }

    @Test("non-numbers are type errors", arguments: [
        "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "cot",
        "asin", "acos", "atan", "haversin", "radians", "degrees", "isNaN",
    ])
    func nonNumbers(name: String) {
        for bad: Value in ["1", true, [1], ["a": 1], day(2020, 1, 1), .node(1)] {
            let error = expectError(.typeError, "InvalidArgumentType") { try call(name, bad) }
            #expect(error?.message.contains(name + "()") == true)
        }
    }

    @Test func atan2RequiresNumbers() {
        expectError(.typeError, "InvalidArgumentType") { try call("atan2", "1", 1) }
        expectError(.typeError, "InvalidArgumentType") { try call("atan2", 1, false) }
    }
}
