import Testing
import Trellis

@Suite("Reading JSON as values")
struct JSONValueDecoderTests {
    let decoder = JSONValueDecoder()

    /// The decoded value written back as JSON, which tells integers (`1`) from floats (`1.0`);
    /// `Value`'s own `==` takes `1` and `1.0` as equal.
    func roundTrip(_ text: String) throws -> String {
        JSONValueEncoder().encode(try decoder.decode(text))
    }

    func failure(_ text: String) -> JSONDecodingError? {
        do {
            _ = try decoder.decode(text)
            return nil
        } catch {
            return error as? JSONDecodingError
        }
    }

    @Test func integersStayIntegersAndFloatsStayFloats() throws {
        #expect(try decoder.decode("1").typeName == "INTEGER")
        #expect(try decoder.decode("1.0").typeName == "FLOAT")
        #expect(try decoder.decode("1e2").typeName == "FLOAT")
        #expect(try decoder.decode("-0").typeName == "INTEGER")
        #expect(try roundTrip("[1, 1.0, -7, 2.5, 1e2, 1E-2, -0.0, 0]") == "[1,1.0,-7,2.5,100.0,0.01,-0.0,0]")
        #expect(try decoder.decode("9223372036854775807") == .int(.max))
        #expect(try decoder.decode("-9223372036854775808") == .int(.min))
        #expect(try decoder.decode("0.1") == .float(0.1))
    }

    @Test func scalarsListsAndMaps() throws {
        #expect(try decoder.decode("null") == .null)
        #expect(try decoder.decode(" true ") == .bool(true))
        #expect(try decoder.decode("false") == .bool(false))
        #expect(try decoder.decode(#""Oak""#) == .string("Oak"))
        #expect(try decoder.decode("[]") == .list([]))
        #expect(try decoder.decode("{}") == .map([:]))
        let nested = try decoder.decode(#"{"school": {"urns": [1, 2], "open": true, "fsm": null}, "tags": [["a"], []]}"#)
        #expect(nested == .map([
            "school": .map(["urns": .list([.int(1), .int(2)]), "open": .bool(true), "fsm": .null]),
            "tags": .list([.list([.string("a")]), .list([])]),
        ]))
        #expect(try roundTrip(#"{"b": [1, {"c": 2.0}], "a": "x"}"#) == #"{"a":"x","b":[1,{"c":2.0}]}"#)
    }

    @Test func stringEscapes() throws {
        #expect(try decoder.decode(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try decoder.decode(#""\u00e9\u00C9 \u65e5""#) == .string("éÉ 日"))
        // A surrogate pair is one scalar outside the Basic Multilingual Plane.
        let tree = try decoder.decode(#""\ud83c\udf33""#)
        #expect(tree == .string("🌳"))
        if case .string(let text) = tree { #expect(text.unicodeScalars.map(\.value) == [0x1F333]) }
        // Characters written as themselves, in every UTF-8 length.
        #expect(try decoder.decode("\"é 日 🌳\"") == .string("é 日 🌳"))
        #expect(try decoder.decode(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func errorsNameTheirPosition() throws {
        let trailingComma = try #require(failure(#"{"a": 1,}"#))
        #expect(trailingComma.message == "expected a string key, found '}'")
        #expect(trailingComma.location == SourceLocation(line: 1, column: 9, offset: 8))
        #expect(trailingComma.description == "invalid JSON at 1:9: expected a string key, found '}'")

        let secondLine = try #require(failure("[1,\n 2 3]"))
        #expect(secondLine.message == "expected ',' or ']' after an array element, found '3'")
        #expect(secondLine.location == SourceLocation(line: 2, column: 4, offset: 7))

        // Columns count characters, not bytes.
        let afterAccents = try #require(failure(#"["éé" x]"#))
        #expect(afterAccents.location.column == 7)
        #expect(afterAccents.location.offset == 8)
    }

    @Test func rejectsWhatJSONDoesNotAllow() throws {
        let cases: [(String, String)] = [
            ("", "expected a value, found the end of the text"),
            ("[1, 2", "expected ',' or ']' after an array element, found the end of the text"),
            ("{'a': 1}", "expected a string key, found '''"),
            ("{\"a\" 1}", "expected ':' after the key, found '1'"),
            ("[01]", "a number may not start with 0 followed by more digits"),
            ("1.", "expected a digit after the decimal point, found the end of the text"),
            ("1e", "expected a digit in the exponent, found the end of the text"),
            ("-", "expected a digit after '-', found the end of the text"),
            ("+1", "expected a value, found '+'"),
            ("tru", "expected a value, found 't'"),
            ("NaN", "expected a value, found 'N'"),
            ("1 2", "'2' after the value; one value only"),
            ("\"abc", "the string is not closed"),
            ("\"a\tb\"", "control character U+0009 must be escaped in a string"),
            (#""\x""#, "unknown escape \\'x'; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX"),
            (#""\u12""#, "\\u must be followed by four hexadecimal digits"),
            (#""\ud83c""#, "\\uD83C is a high surrogate without a low surrogate after it"),
            (#""\ud83c\u0041""#, "\\uD83C is a high surrogate without a low surrogate after it"),
            (#""\udf33""#, "\\uDF33 is a low surrogate without a high surrogate before it"),
            (#"{"a": 1, "a": 2}"#, "the key \"a\" appears twice"),
            ("9223372036854775808", "the integer 9223372036854775808 does not fit in 64 bits"),
            ("1e400", "the number 1e400 is too large for a 64-bit float"),
            ("[1] // note", "'/' after the value; one value only"),
        ]
        for (text, message) in cases {
            let error = failure(text)
            #expect(error?.message == message, "\(text)")
        }
    }

    @Test func rejectsInvalidUTF8WithItsPosition() throws {
        let invalid: [[UInt8]] = [
            [0x22, 0x61, 0xFF, 0x22],             // a byte that never appears in UTF-8
            [0x22, 0x61, 0xC3, 0x22],             // a sequence cut short
            [0x22, 0x61, 0xC0, 0xAF, 0x22],       // an overlong '/'
            [0x22, 0x61, 0xED, 0xA0, 0x80, 0x22], // an encoded surrogate
            [0x22, 0x61, 0x80, 0x22],             // a stray continuation byte
        ]
        for bytes in invalid {
            do {
                _ = try decoder.decode(utf8: bytes)
                Issue.record("accepted \(bytes)")
            } catch let error as JSONDecodingError {
                #expect(error.message == "invalid UTF-8")
                #expect(error.location == SourceLocation(line: 1, column: 3, offset: 2))
            }
        }
        #expect(try decoder.decode(utf8: [0x22, 0xC3, 0xA9, 0x22]) == .string("é"))
        // Outside strings, any non-ASCII character is out of place, and named as such.
        #expect(failure("[é]")?.message == "expected a value, found 'é' (U+E9)")
        #expect(failure("[é]")?.location.column == 2)
    }

    @Test func nestingIsBounded() throws {
        let limited = JSONValueDecoder(maximumDepth: 3)
        #expect(try limited.decode("[[[1]]]") == .list([.list([.list([.int(1)])])]))
        #expect(throws: JSONDecodingError.self) { try limited.decode("[[[[1]]]]") }
        // Deep enough to overflow a naive reader's stack, but answered with an error.
        let deep = String(repeating: "[", count: 100_000)
        let error = try #require(failure(deep))
        #expect(error.message == "arrays and objects nest more than 512 deep")
        #expect(error.location.column == 513)
        #expect(try decoder.decode(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) != .null)
    }
}
