import Testing
@testable import TrellisTCKKit

@Suite struct ExpectedValueParserTests {
    private func parse(_ text: String) throws -> ExpectedValue { try ExpectedValueParser.parse(text) }

    @Test func scalars() throws {
        #expect(try parse("null") == .null)
        #expect(try parse("true") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("42") == .integer(42))
        #expect(try parse("-7") == .integer(-7))
        #expect(try parse("-9223372036854775808") == .integer(.min))
        #expect(try parse("  12  ") == .integer(12))
    }

    @Test func floats() throws {
        #expect(try parse("1.0") == .float(1.0))
        #expect(try parse("3.14") == .float(3.14))
        #expect(try parse(".5") == .float(0.5))
        #expect(try parse("-.5") == .float(-0.5))
        #expect(try parse("1e10") == .float(1e10))
        #expect(try parse("1E10") == .float(1e10))
        #expect(try parse("-1e-305") == .float(-1e-305))
        #expect(try parse("1.5e+3") == .float(1500))
        #expect(try parse("Infinity") == .float(.infinity))
        #expect(try parse("-Infinity") == .float(-.infinity))
        guard case .float(let negativeZero) = try parse("-0.0") else { Issue.record("not a float"); return }
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        guard case .float(let nan) = try parse("NaN") else { Issue.record("not a float"); return }
        #expect(nan.isNaN)
    }

    @Test func strings() throws {
        #expect(try parse("''") == .string(""))
        #expect(try parse("'abc'") == .string("abc"))
        #expect(try parse(#"'it\'s'"#) == .string("it's"))
        #expect(try parse(#"'a\\b'"#) == .string(#"a\b"#))
        #expect(try parse(#"'c:\d'"#) == .string(#"c:\d"#))
        #expect(try parse("'2015-07-21'") == .string("2015-07-21"))
        #expect(try parse("'Malmö, [x], {y}'") == .string("Malmö, [x], {y}"))
    }

    @Test func listsAndMaps() throws {
        #expect(try parse("[]") == .list([]))
        #expect(try parse("[1, 'a', [null, 2.0]]") == .list([.integer(1), .string("a"), .list([.null, .float(2)])]))
        #expect(try parse("[ 1 ,2 ]") == .list([.integer(1), .integer(2)]))
        #expect(try parse("{}") == .map([:]))
        #expect(try parse("{k: 1, name: 'x', `odd key`: [true]}")
                == .map(["k": .integer(1), "name": .string("x"), "odd key": .list([.bool(true)])]))
    }

    @Test func nodes() throws {
        #expect(try parse("()") == .node(ExpectedNode()))
        #expect(try parse("(:A)") == .node(ExpectedNode(labels: ["A"])))
        #expect(try parse("(:A:B {name: 'x', num: -1})")
                == .node(ExpectedNode(labels: ["B", "A"], properties: ["name": .string("x"), "num": .integer(-1)])))
        #expect(try parse("({name: 'a'})") == .node(ExpectedNode(properties: ["name": .string("a")])))
    }

    @Test func relationships() throws {
        #expect(try parse("[:T]") == .relationship(ExpectedRelationship(type: "T")))
        #expect(try parse("[:KNOWS {since: 1999}]")
                == .relationship(ExpectedRelationship(type: "KNOWS", properties: ["since": .integer(1999)])))
        #expect(try parse("[[:T]]") == .list([.relationship(ExpectedRelationship(type: "T"))]))
    }

    @Test func paths() throws {
        #expect(try parse("<()>") == .path(ExpectedPath(start: ExpectedNode())))
        let path = try parse("<(:A {name: 'a'})-[:T]->(:B)<-[:U {k: 1}]-()>")
        #expect(path == .path(ExpectedPath(start: ExpectedNode(labels: ["A"], properties: ["name": .string("a")]), steps: [
            .init(relationship: ExpectedRelationship(type: "T"), isForward: true, node: ExpectedNode(labels: ["B"])),
            .init(relationship: ExpectedRelationship(type: "U", properties: ["k": .integer(1)]), isForward: false,
                  node: ExpectedNode()),
        ])))
    }

    @Test func descriptionsRoundTrip() throws {
        for text in ["null", "[1, 2.5, 'x']", "{a: 1, b: [true]}", "(:A:B {k: 'v'})", "[:T {k: 1}]",
                     "<(:A)-[:T]->(:B)<-[:U]-()>", #"'it\'s'"#] {
            let value = try parse(text)
            #expect(try parse(value.description) == value, "\(text)")
        }
    }

    @Test(arguments: ["", "'open", "[1,", "[1 2]", "1 2", "(:A", "foo", "{k 1}", "{k: 1, k: 2}", "<(:A)-[:T]-(:B)>",
                      "99999999999999999999", "-", "1e"])
    func rejectsMalformedCells(_ text: String) {
        #expect(throws: ExpectedValueParseError.self) { try ExpectedValueParser.parse(text) }
    }
}
