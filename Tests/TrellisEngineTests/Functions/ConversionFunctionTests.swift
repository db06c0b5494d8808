import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Conversion functions")
struct ConversionFunctionTests {
    static let path = Value.path(PathValue(nodes: [1, 2], relationships: [3]))

    // MARK: toBoolean

    @Test func toBoolean() {
        expectValue(try call("toBoolean", "true"), true)
        expectValue(try call("toBoolean", "false"), false)
        expectValue(try call("toBoolean", "TRUE"), true)
        expectValue(try call("toBoolean", "False"), false)
        expectValue(try call("toBoolean", "  true "), true)
        expectValue(try call("toBoolean", "yes"), .null)
        expectValue(try call("toBoolean", ""), .null)
        expectValue(try call("toBoolean", true), true)
        expectValue(try call("toBoolean", 0), false)
        expectValue(try call("toBoolean", 1), true)
        expectValue(try call("toBoolean", -5), true)
    }

    @Test("toBoolean rejects other types", arguments: [[], [:], 1.0, .node(1), .relationship(2), path] as [Value])
    func toBooleanInvalid(value: Value) {
        expectError(.typeError, "InvalidArgumentValue") { try call("toBoolean", value) }
        expectValue(try call("toBooleanOrNull", value), .null)
    }

    // MARK: toInteger

    @Test func toIntegerOfNumbersAndBooleans() {
        expectValue(try call("toInteger", 82.9), 82)
        expectValue(try call("toInteger", -82.9), -82)
        expectValue(try call("toInteger", 2), 2)
        expectValue(try call("toInteger", true), 1)
        expectValue(try call("toInteger", false), 0)
        expectValue(try call("toInteger", -0.0), 0)
        expectValue(try call("toInteger", 9.2233720368547748e18), .int(9_223_372_036_854_774_784))
        expectValue(try call("toInteger", -9.223372036854775808e18), .int(.min))
    }

    @Test func toIntegerOfStrings() {
        expectValue(try call("toInteger", "42"), 42)
        expectValue(try call("toInteger", "-42"), -42)
        expectValue(try call("toInteger", "+7"), 7)
        expectValue(try call("toInteger", "2.9"), 2)
        expectValue(try call("toInteger", "1.7"), 1)
        expectValue(try call("toInteger", "-1.7"), -1)
        expectValue(try call("toInteger", "  12  "), 12)
        expectValue(try call("toInteger", "\t12\n"), 12)
        expectValue(try call("toInteger", "1e3"), 1000)
        expectValue(try call("toInteger", "1.5E2"), 150)
        expectValue(try call("toInteger", "123e-2"), 1)
        expectValue(try call("toInteger", ".5"), 0)
        expectValue(try call("toInteger", "5."), 5)
        expectValue(try call("toInteger", "0001"), 1)
        expectValue(try call("toInteger", "0e999999999999"), 0)
        expectValue(try call("toInteger", "1e-999999999999"), 0)
        expectValue(try call("toInteger", "9223372036854775807"), .int(.max))
        expectValue(try call("toInteger", "-9223372036854775808"), .int(.min))
        expectValue(try call("toInteger", "9223372036854775807.99"), .int(.max))
        expectValue(try call("toInteger", "-9223372036854775808.5"), .int(.min))
        expectValue(try call("toInteger", "9007199254740993.9"), .int(9_007_199_254_740_993))
    }

    @Test("toInteger of strings that are not numbers is null", arguments: [
        "foo", "", " ", "1 2", "0x1F", "1e", "e3", "--1", "+-1", ".", "1..2", "NaN", "Infinity", "1,000", "1_000", "٣",
    ])
    func toIntegerInvalidStrings(text: String) {
        expectValue(try call("toInteger", .string(text)), .null)
        expectValue(try call("toIntegerOrNull", .string(text)), .null)
    }

    @Test func toIntegerOutOfRange() {
        for value: Value in ["9223372036854775808", "-9223372036854775809", "1e19", "99999999999999999999999", 1e19, -1e19,
                             9.223372036854775808e18, .float(.nan), .float(.infinity), .float(-.infinity)] {
            expectError(.argumentError, "NumberOutOfRange") { try call("toInteger", value) }
            expectValue(try call("toIntegerOrNull", value), .null)
        }
    }

    @Test("toInteger rejects other types", arguments: [[], [:], .node(1), .relationship(2), path, day(2020, 1, 1)] as [Value])
    func toIntegerInvalid(value: Value) {
        expectError(.typeError, "InvalidArgumentValue") { try call("toInteger", value) }
        expectValue(try call("toIntegerOrNull", value), .null)
    }

    // MARK: toFloat

    @Test func toFloat() {
        expectValue(try call("toFloat", 3.4), 3.4)
        expectValue(try call("toFloat", 3), 3.0)
        expectValue(try call("toFloat", .int(.max)), 9.223372036854775807e18)
        expectValue(try call("toFloat", "1"), 1.0)
        expectValue(try call("toFloat", "2.5"), 2.5)
        expectValue(try call("toFloat", " -2.5e3 "), -2500.0)
        expectValue(try call("toFloat", ".5"), 0.5)
        expectValue(try call("toFloat", "5."), 5.0)
        expectValue(try call("toFloat", "1e400"), .float(.infinity))
        expectValue(try call("toFloat", "-1e400"), .float(-.infinity))
        expectValue(try call("toFloat", "1e-400"), 0.0)
        expectValue(try call("toFloat", "NaN"), .float(.nan))
        expectValue(try call("toFloat", "Infinity"), .float(.infinity))
        expectValue(try call("toFloat", "-Infinity"), .float(-.infinity))
        expectValue(try call("toFloat", "0.1"), 0.1)
        expectValue(try call("toFloat", "foo"), .null)
        expectValue(try call("toFloat", ""), .null)
        expectValue(try call("toFloat", "inf"), .null)
        expectValue(try call("toFloat", "0x1p3"), .null)
        expectValue(try call("toFloat", "1.5f"), .null)
    }

    @Test("toFloat rejects other types", arguments: [true, [], [:], .node(1), .relationship(2), path] as [Value])
    func toFloatInvalid(value: Value) {
        expectError(.typeError, "InvalidArgumentValue") { try call("toFloat", value) }
        expectValue(try call("toFloatOrNull", value), .null)
    }

    // MARK: toString

    @Test func toString() {
        expectValue(try call("toString", 42), "42")
        expectValue(try call("toString", true), "true")
        expectValue(try call("toString", false), "false")
        expectValue(try call("toString", 2.3), "2.3")
        expectValue(try call("toString", 11.5), "11.5")
        expectValue(try call("toString", 1.0), "1.0")
        expectValue(try call("toString", 1.5e10), "1.5E10")
        expectValue(try call("toString", -0.0), "-0.0")
        expectValue(try call("toString", .float(.nan)), "NaN")
        expectValue(try call("toString", "apa"), "apa")
        expectValue(try call("toString", ""), "")
        expectValue(try call("toString", .int(.min)), "-9223372036854775808")
        expectValue(try call("toString", day(1984, 10, 11)), "1984-10-11")
    }

    @Test("toString rejects other types", arguments: [[], [:], [1], .node(1), .relationship(2), path] as [Value])
    func toStringInvalid(value: Value) {
        expectError(.typeError, "InvalidArgumentValue") { try call("toString", value) }
        expectValue(try call("toStringOrNull", value), .null)
    }

    // MARK: OrNull and list variants

    @Test func orNullVariantsConvertWhatTheyCan() {
        expectValue(try call("toBooleanOrNull", "true"), true)
        expectValue(try call("toBooleanOrNull", 0), false)
        expectValue(try call("toIntegerOrNull", "42"), 42)
        expectValue(try call("toIntegerOrNull", 1.9), 1)
        expectValue(try call("toIntegerOrNull", true), 1)
        expectValue(try call("toFloatOrNull", "1.5"), 1.5)
        expectValue(try call("toFloatOrNull", 2), 2.0)
        expectValue(try call("toFloatOrNull", true), .null)
        expectValue(try call("toStringOrNull", 1.5), "1.5")
        expectValue(try call("toStringOrNull", ["A", "B"]), .null)
    }

    @Test func listVariants() {
        expectValue(try call("toIntegerList", [2, 2.9, "1.7", "foo", .null, true, [1]]), [2, 2, 1, .null, .null, 1, .null])
        expectValue(try call("toFloatList", [3.4, 3, "1", "foo", true, .null]), [3.4, 3.0, 1.0, .null, .null, .null])
        expectValue(try call("toStringList", [1, 2.3, true, "apa", [1], .null, day(2020, 2, 29)]),
                    ["1", "2.3", "true", "apa", .null, .null, "2020-02-29"])
        expectValue(try call("toBooleanList", ["true", "FALSE", "x", 0, 1.0, .null, true]), [true, false, .null, false, .null, .null, true])
        expectValue(try call("toIntegerList", ["1e30"]), [.null])
        expectValue(try call("toIntegerList", []), [])
        for name in ["toIntegerList", "toFloatList", "toStringList", "toBooleanList"] {
            expectError(.typeError, "InvalidArgumentValue") { try call(name, "1,2") }
            expectError(.typeError, "InvalidArgumentValue") { try call(name, 1) }
            expectError(.typeError, "InvalidArgumentValue") { try call(name, ["a": 1]) }
        }
    }

    @Test func conversionsRoundTrip() throws {
        for value: Value in [0.1, .float(1.0 / 3.0), 1e-7, 123456789.125, -2.5e300, .float(.leastNonzeroMagnitude)] {
            let text = try call("toString", value)
            expectValue(try call("toFloat", text), value)
        }
        for value: Value in [0, -1, .int(.max), .int(.min)] {
            expectValue(try call("toInteger", try call("toString", value)), value)
        }
    }
}
