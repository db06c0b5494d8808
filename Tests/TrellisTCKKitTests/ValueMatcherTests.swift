import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct ValueMatcherTests {
    let nodes: [NodeID: NodeSnapshot] = [
        1: NodeSnapshot(id: 1, labels: ["A", "B"], properties: ["name": "x", "num": 1]),
        2: NodeSnapshot(id: 2, labels: [], properties: [:]),
        3: NodeSnapshot(id: 3, labels: ["C"], properties: ["f": .float(1.0)]),
    ]
    let relationships: [RelationshipID: RelationshipSnapshot] = [
        10: RelationshipSnapshot(id: 10, type: "T", start: 1, end: 2, properties: ["k": 1]),
        11: RelationshipSnapshot(id: 11, type: "U", start: 3, end: 2, properties: [:]),
    ]

    private func matches(_ cell: String, _ actual: Value, ignoringListOrder: Bool = false) throws -> Bool {
        let matcher = ValueMatcher(nodes: nodes, relationships: relationships, ignoresListOrder: ignoringListOrder)
        return matcher.matches(try ExpectedValueParser.parse(cell), actual)
    }

    @Test func integersAndFloatsAreDifferentTypes() throws {
        #expect(try matches("1", .int(1)))
        #expect(try !matches("1", .float(1.0)))
        #expect(try !matches("1.0", .int(1)))
        #expect(try matches("1.0", .float(1.0)))
        #expect(try matches("0.1", .float(0.1)))
        #expect(try !matches("0.1", .float(0.1 + 1e-12)))
        #expect(try matches("NaN", .float(.nan)))
        #expect(try !matches("NaN", .float(1)))
        #expect(try matches("-0.0", .float(0.0)))
        #expect(try matches("Infinity", .float(.infinity)))
        #expect(try !matches("Infinity", .float(-.infinity)))
    }

    @Test func nullsBooleansAndStrings() throws {
        #expect(try matches("null", .null))
        #expect(try !matches("null", .bool(false)))
        #expect(try !matches("false", .null))
        #expect(try matches("true", .bool(true)))
        #expect(try matches("'a'", .string("a")))
        #expect(try !matches("'a'", .string("A")))
        #expect(try !matches("'1'", .int(1)))
    }

    @Test func datesMatchTheirIsoString() throws {
        let date = try #require(DateValue(year: 2015, month: 7, day: 21))
        #expect(try matches("'2015-07-21'", .date(date)))
        #expect(try !matches("'2015-07-22'", .date(date)))
        #expect(try matches("['2015-07-21']", .list([.date(date)])))
    }

    @Test func listsKeepOrderUnlessToldOtherwise() throws {
        #expect(try matches("[1, 2]", .list([1, 2])))
        #expect(try !matches("[1, 2]", .list([2, 1])))
        #expect(try matches("[1, 2]", .list([2, 1]), ignoringListOrder: true))
        #expect(try matches("[[1, 2], 3]", .list([3, .list([2, 1])]), ignoringListOrder: true))
        #expect(try !matches("[1, 1, 2]", .list([1, 2, 2]), ignoringListOrder: true))
        #expect(try !matches("[1, 2]", .list([1, 2, 3])))
        #expect(try !matches("[1]", .list([.float(1)])))
    }

    @Test func mapsCompareKeysAndValuesInAnyOrder() throws {
        #expect(try matches("{a: 1, b: 'x'}", .map(["b": "x", "a": 1])))
        #expect(try !matches("{a: 1}", .map(["a": 1, "b": .null])))
        #expect(try !matches("{a: 1, b: 2}", .map(["a": 1])))
        #expect(try !matches("{a: 1}", .map(["a": .float(1)])))
    }

    @Test func nodesCompareLabelSetsAndProperties() throws {
        #expect(try matches("(:A:B {name: 'x', num: 1})", .node(1)))
        #expect(try matches("(:B:A {num: 1, name: 'x'})", .node(1)))
        #expect(try !matches("(:A {name: 'x', num: 1})", .node(1)))
        #expect(try !matches("(:A:B {name: 'x'})", .node(1)))
        #expect(try matches("()", .node(2)))
        #expect(try !matches("()", .node(1)))
        #expect(try !matches("(:C {f: 1})", .node(3)))
        #expect(try !matches("()", .node(99)))
    }

    @Test func relationshipsCompareTypeAndProperties() throws {
        #expect(try matches("[:T {k: 1}]", .relationship(10)))
        #expect(try !matches("[:T]", .relationship(10)))
        #expect(try !matches("[:U {k: 1}]", .relationship(10)))
        #expect(try !matches("[:T {k: 1}]", .relationship(99)))
    }

    @Test func pathsCompareNodesRelationshipsAndDirections() throws {
        let path = Value.path(PathValue(nodes: [1, 2, 3], relationships: [10, 11]))
        #expect(try matches("<(:A:B {name: 'x', num: 1})-[:T {k: 1}]->()<-[:U]-(:C {f: 1.0})>", path))
        #expect(try !matches("<(:A:B {name: 'x', num: 1})<-[:T {k: 1}]-()<-[:U]-(:C {f: 1.0})>", path))
        #expect(try !matches("<(:A:B {name: 'x', num: 1})-[:T {k: 1}]->()-[:U]->(:C {f: 1.0})>", path))
        #expect(try !matches("<(:A:B {name: 'x', num: 1})-[:T {k: 1}]->()>", path))
        #expect(try matches("<()>", .path(PathValue(nodes: [2], relationships: []))))
    }

    @Test func actualValuesAreDescribedInCellNotation() throws {
        let description = ActualValueDescription(nodes: nodes, relationships: relationships)
        #expect(description.text(of: .node(1)) == "(:A:B {name: 'x', num: 1})")
        #expect(description.text(of: .relationship(10)) == "[:T {k: 1}]")
        #expect(description.text(of: .path(PathValue(nodes: [1, 2, 3], relationships: [10, 11])))
                == "<(:A:B {name: 'x', num: 1})-[:T {k: 1}]->()<-[:U]-(:C {f: 1.0})>")
        #expect(description.text(of: .list([.float(1), "it's", .null])) == #"[1.0, 'it\'s', null]"#)
        #expect(description.text(of: .map(["b": 2, "a": 1])) == "{a: 1, b: 2}")
    }
}
