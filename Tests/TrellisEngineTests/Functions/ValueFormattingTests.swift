import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Value formatting")
struct ValueFormattingTests {
    @Test("floats are written like Java doubles", arguments: [
        (1.0, "1.0"), (1.5, "1.5"), (-2.25, "-2.25"), (0.0, "0.0"), (-0.0, "-0.0"), (2.3, "2.3"),
        (100.0, "100.0"), (123456.789, "123456.789"), (1234567.0, "1234567.0"), (9999999.0, "9999999.0"),
        (1e7, "1.0E7"), (1.5e10, "1.5E10"), (12345678.9, "1.23456789E7"), (1e20, "1.0E20"), (1e21, "1.0E21"),
        (0.001, "0.001"), (0.00123, "0.00123"), (0.0001, "1.0E-4"), (1.5e-7, "1.5E-7"),
        (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"), (2.0 / 3.0, "0.6666666666666666"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157E308"), (Double.leastNonzeroMagnitude, "4.9E-324"), (2 * Double.leastNonzeroMagnitude, "9.9E-324"), (1e23, "1.0E23"),
        (9007199254740993.0, "9.007199254740992E15"), (-1e-10, "-1.0E-10"),
    ])
    func floats(value: Double, text: String) {
        #expect(ValueFormatting.formatFloat(value) == text)
    }

    @Test func specialFloats() {
        #expect(ValueFormatting.formatFloat(.nan) == "NaN")
        #expect(ValueFormatting.formatFloat(.infinity) == "Infinity")
        #expect(ValueFormatting.formatFloat(-.infinity) == "-Infinity")
    }

    @Test func scalarLiterals() {
        #expect(ValueFormatting.cypherLiteral(.null) == "null")
        #expect(ValueFormatting.cypherLiteral(true) == "true")
        #expect(ValueFormatting.cypherLiteral(false) == "false")
        #expect(ValueFormatting.cypherLiteral(42) == "42")
        #expect(ValueFormatting.cypherLiteral(.int(.min)) == "-9223372036854775808")
        #expect(ValueFormatting.cypherLiteral(1.0) == "1.0")
        #expect(ValueFormatting.cypherLiteral(day(2015, 7, 21)) == "date('2015-07-21')")
    }

    @Test func stringLiteralsAreQuotedAndEscaped() {
        #expect(ValueFormatting.cypherLiteral("abc") == "'abc'")
        #expect(ValueFormatting.cypherLiteral("it's") == #"'it\'s'"#)
        #expect(ValueFormatting.cypherLiteral(#"back\slash"#) == #"'back\\slash'"#)
        #expect(ValueFormatting.cypherLiteral("a\nb\tc\r") == #"'a\nb\tc\r'"#)
        #expect(ValueFormatting.cypherLiteral("\u{01}\u{08}\u{0C}") == #"'\u0001\b\f'"#)
        #expect(ValueFormatting.cypherLiteral("say \"hi\"") == "'say \"hi\"'")
        #expect(ValueFormatting.cypherLiteral("héllo 🌍") == "'héllo 🌍'")
    }

    @Test func collections() {
        #expect(ValueFormatting.cypherLiteral([1, 2.5, "x", .null]) == "[1, 2.5, 'x', null]")
        #expect(ValueFormatting.cypherLiteral([]) == "[]")
        #expect(ValueFormatting.cypherLiteral(["b": 2, "a": [true]]) == "{a: [true], b: 2}")
        #expect(ValueFormatting.cypherLiteral([:]) == "{}")
        #expect(ValueFormatting.cypherLiteral(["my key": 1, "x`y": 2, "_ok1": 3]) == "{_ok1: 3, `my key`: 1, `x``y`: 2}")
        #expect(ValueFormatting.cypherLiteral(["1a": 1]) == "{`1a`: 1}")
    }

    @Test func graphEntitiesArePlaceholders() {
        #expect(ValueFormatting.cypherLiteral(.node(3)) == "#node(3)")
        #expect(ValueFormatting.cypherLiteral(.relationship(7)) == "#relationship(7)")
        let path = Value.path(PathValue(nodes: [1, 3], relationships: [7]))
        #expect(ValueFormatting.cypherLiteral(path) == "#path(#node(1), #relationship(7), #node(3))")
        #expect(ValueFormatting.cypherLiteral(.path(PathValue(nodes: [1], relationships: []))) == "#path(#node(1))")
    }

    @Test func plainText() {
        #expect(ValueFormatting.plainText("abc") == "abc")
        #expect(ValueFormatting.plainText(42) == "42")
        #expect(ValueFormatting.plainText(1.0) == "1.0")
        #expect(ValueFormatting.plainText(true) == "true")
        #expect(ValueFormatting.plainText(day(1984, 10, 11)) == "1984-10-11")
        #expect(ValueFormatting.plainText(.null) == nil)
        #expect(ValueFormatting.plainText([1]) == nil)
        #expect(ValueFormatting.plainText(["a": 1]) == nil)
        #expect(ValueFormatting.plainText(.node(1)) == nil)
    }
}
