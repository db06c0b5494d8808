import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("String functions")
struct StringFunctionTests {
    @Test func caseMapping() {
        expectValue(try call("toUpper", "hello"), "HELLO")
        expectValue(try call("upper", "hello"), "HELLO")
        expectValue(try call("toLower", "HELLO"), "hello")
        expectValue(try call("lower", "HeLLo"), "hello")
        expectValue(try call("toUpper", "straße"), "STRASSE")
        expectValue(try call("toLower", "ÀÉÎ"), "àéî")
        expectValue(try call("toUpper", ""), "")
        expectValue(try call("TOUPPER", "x"), "X")
    }

    @Test func trimming() {
        expectValue(try call("trim", "  hello  "), "hello")
        expectValue(try call("ltrim", "   hello"), "hello")
        expectValue(try call("ltrim", "  hello  "), "hello  ")
        expectValue(try call("rtrim", "hello   "), "hello")
        expectValue(try call("rtrim", "  hello  "), "  hello")
        expectValue(try call("btrim", "\t\n hello \r\n"), "hello")
        expectValue(try call("trim", "   "), "")
        expectValue(try call("trim", ""), "")
        expectValue(try call("trim", "\u{2003}em space\u{3000}"), "em space")
        // Non-breaking spaces are not whitespace.
        expectValue(try call("trim", "\u{00A0}x\u{00A0}"), "\u{00A0}x\u{00A0}")
        expectValue(try call("trim", " a b "), "a b")
    }

    @Test func trimmingGivenCharacters() {
        expectValue(try call("btrim", "xyxtrimyyx", "xyz"), "trim")
        expectValue(try call("ltrim", "xxhixx", "x"), "hixx")
        expectValue(try call("rtrim", "xxhixx", "x"), "xxhi")
        expectValue(try call("trim", "--a--", "-"), "a")
        expectValue(try call("trim", "  a  ", ""), "  a  ")
        expectValue(try call("btrim", "ab", .null), .null)
        expectError(.typeError, "InvalidArgumentType") { try call("ltrim", "ab", 1) }
    }

    @Test func replace() {
        expectValue(try call("replace", "hello", "l", "w"), "hewwo")
        expectValue(try call("replace", "hello", "xyz", "w"), "hello")
        expectValue(try call("replace", "aaa", "aa", "b"), "ba")
        expectValue(try call("replace", "abc", "", "-"), "-a-b-c-")
        expectValue(try call("replace", "", "", "-"), "-")
        expectValue(try call("replace", "a.b.c", ".", ""), "abc")
        expectValue(try call("replace", "héllo wörld", "ö", "o"), "héllo world")
        expectValue(try call("replace", .null, "a", "b"), .null)
        expectValue(try call("replace", "a", .null, "b"), .null)
        expectValue(try call("replace", "a", "a", .null), .null)
        expectError(.typeError, "InvalidArgumentType") { try call("replace", 1, "a", "b") }
        expectError(.typeError, "InvalidArgumentType") { try call("replace", "a", 1, "b") }
        expectError(.typeError, "InvalidArgumentType") { try call("replace", "a", "a", 1) }
    }

    @Test func substring() {
        expectValue(try call("substring", "0123456789", 1), "123456789")
        expectValue(try call("substring", "hello", 1, 3), "ell")
        expectValue(try call("substring", "hello", 2), "llo")
        expectValue(try call("substring", "hello", 0, 0), "")
        expectValue(try call("substring", "hello", 0, 100), "hello")
        expectValue(try call("substring", "hello", 5), "")
        expectValue(try call("substring", "hello", 10), "")
        expectValue(try call("substring", "hello", 10, 2), "")
        expectValue(try call("substring", "hello", .int(.max), .int(.max)), "")
        expectValue(try call("substring", "hello", 1, .int(.max)), "ello")
    }

    @Test func substringArgumentErrors() {
        expectValue(try call("substring", .null, 1), .null)
        expectValue(try call("substring", .null, .null), .null)
        expectValue(try call("substring", .null, -1), .null)
        let error = expectError(.argumentError, "NumberOutOfRange") { try call("substring", "abc", -1) }
        #expect(error?.message.contains("start") == true)
        expectError(.argumentError, "NumberOutOfRange") { try call("substring", "abc", 0, -1) }
        expectError(.typeError, "InvalidArgumentType") { try call("substring", "abc", .null) }
        expectError(.typeError, "InvalidArgumentType") { try call("substring", "abc", 1, .null) }
        expectError(.typeError, "InvalidArgumentType") { try call("substring", "abc", 1.0) }
        expectError(.typeError, "InvalidArgumentType") { try call("substring", 123, 1) }
    }

    @Test func positionsCountScalarsNotCharacters() {
        // "e" + combining acute, then precomposed "é", then a flag of two regional indicators.
        let text = "e\u{301}\u{E9}\u{1F1EC}\u{1F1E7}z"
        expectValue(try call("substring", .string(text), 1, 1), .string("\u{301}"))
        expectValue(try call("substring", .string(text), 1, 2), .string("\u{301}\u{E9}"))
        expectValue(try call("substring", .string(text), 3, 1), .string("\u{1F1EC}"))
        expectValue(try call("substring", .string(text), 4), .string("\u{1F1E7}z"))
        expectValue(try call("left", .string(text), 1), "e")
        expectValue(try call("left", .string(text), 4), .string("e\u{301}\u{E9}\u{1F1EC}"))
        expectValue(try call("right", .string(text), 2), .string("\u{1F1E7}z"))
        expectValue(try call("right", .string(text), 5), .string("\u{301}\u{E9}\u{1F1EC}\u{1F1E7}z"))
    }

    @Test func leftAndRight() {
        expectValue(try call("left", "hello", 3), "hel")
        expectValue(try call("left", "hello", 0), "")
        expectValue(try call("left", "hello", 10), "hello")
        expectValue(try call("left", "hello", .int(.max)), "hello")
        expectValue(try call("right", "hello", 3), "llo")
        expectValue(try call("right", "hello", 0), "")
        expectValue(try call("right", "hello", 10), "hello")
        expectValue(try call("left", .null, 3), .null)
        expectValue(try call("left", .null, .null), .null)
        expectValue(try call("right", .null, .null), .null)
        expectError(.typeError, "InvalidArgumentType") { try call("left", "abc", .null) }
        expectError(.typeError, "InvalidArgumentType") { try call("right", "abc", .null) }
        expectError(.argumentError, "NumberOutOfRange") { try call("left", "abc", -1) }
        expectError(.argumentError, "NumberOutOfRange") { try call("right", "abc", -1) }
        expectError(.typeError, "InvalidArgumentType") { try call("left", 12, 1) }
        expectError(.typeError, "InvalidArgumentType") { try call("right", "abc", "1") }
    }

    @Test func split() {
        expectValue(try call("split", "one1two", "1"), ["one", "two"])
        expectValue(try call("split", "one,two", ","), ["one", "two"])
        expectValue(try call("split", "a,b,,c,", ","), ["a", "b", "", "c", ""])
        expectValue(try call("split", ",", ","), ["", ""])
        expectValue(try call("split", "abc", "x"), ["abc"])
        expectValue(try call("split", "", ","), [""])
        expectValue(try call("split", "", ""), [""])
        expectValue(try call("split", "abc", ""), ["a", "b", "c"])
        expectValue(try call("split", "a::b::c", "::"), ["a", "b", "c"])
        expectValue(try call("split", "a😀b😀", "😀"), ["a", "b", ""])
    }

    @Test func splitByAListOfDelimiters() {
        expectValue(try call("split", "a,b;c", [",", ";"]), ["a", "b", "c"])
        expectValue(try call("split", "a--b-c", ["-", "--"]), ["a", "b", "c"])
        expectValue(try call("split", "a-b", []), ["a-b"])
        expectValue(try call("split", "ab", [""]), ["a", "b"])
        expectValue(try call("split", "a-b", ["", "-"]), ["a", "b"])
        expectValue(try call("split", "a-b", ["-", .null]), .null)
        expectError(.typeError, "InvalidArgumentType") { try call("split", "a-b", ["-", 1]) }
    }

    @Test func splitNullsAndTypes() {
        expectValue(try call("split", .null, ","), .null)
        expectValue(try call("split", "a,b", .null), .null)
        expectError(.typeError, "InvalidArgumentType") { try call("split", 1, ",") }
        expectError(.typeError, "InvalidArgumentType") { try call("split", "a", 1) }
    }

    @Test func characterLength() {
        expectValue(try call("char_length", "hello"), 5)
        expectValue(try call("character_length", ""), 0)
        expectValue(try call("char_length", "😀"), 1)
        expectError(.typeError, "InvalidArgumentType") { try call("char_length", [1, 2]) }
    }

    @Test func normalize() {
        expectValue(try call("normalize", "\u{212B}"), "\u{00C5}")
        expectValue(try call("normalize", "\u{00C5}", "NFD"), "A\u{030A}")
        expectValue(try call("normalize", "\u{FE64}", "NFKC"), "<")
        expectValue(try call("normalize", "\u{03D3}", "nfkd"), "\u{03A5}\u{0301}")
        expectValue(try call("normalize", "\u{03D3}", "NFC"), "\u{03D3}")
        expectValue(try call("normalize", "x", .null), .null)
        expectError(.argumentError, "InvalidArgumentValue") { try call("normalize", "x", "NFX") }
        expectError(.typeError, "InvalidArgumentType") { try call("normalize", 1) }
    }

    @Test("unicode: positions count code points", arguments: [
        ("héllo", 5), ("😀🎉", 2), ("e\u{0301}", 2), ("👩‍👩‍👧", 5), ("", 0), ("日本語", 3),
    ])
    func sizesCountCodePoints(text: String, count: Int64) {
        expectValue(try call("size", .string(text)), .int(count))
        expectValue(try call("length", .string(text)), .int(count))
        expectValue(try call("char_length", .string(text)), .int(count))
    }

    @Test func unicodeSubstringsAndReverse() {
        expectValue(try call("substring", "a😀b🎉c", 1, 3), "😀b🎉")
        expectValue(try call("left", "😀😀😀", 2), "😀😀")
        expectValue(try call("right", "日本語", 2), "本語")
        expectValue(try call("reverse", "a😀b"), "b😀a")
        expectValue(try call("reverse", "日本語"), "語本日")
        // Combining marks are separate code points and are reversed like any other.
        expectValue(try call("reverse", "e\u{0301}x"), "x\u{0301}e")
        expectValue(try call("substring", "e\u{0301}x", 1), "\u{0301}x")
    }

    @Test("non-strings are type errors", arguments: ["toUpper", "toLower", "upper", "lower", "trim", "ltrim", "rtrim", "btrim"])
    func nonStrings(name: String) {
        for bad: Value in [1, 1.5, true, ["a"], ["k": "v"], day(2020, 1, 1), .node(1)] {
            let error = expectError(.typeError, "InvalidArgumentType") { try call(name, bad) }
            #expect(error?.message.hasPrefix(name + "()") == true)
        }
    }
}
