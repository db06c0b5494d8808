import Testing
import Trellis

@Suite("Value rendering")
struct ValueRendererTests {
    let renderer = SampleGraph.renderer

    @Test func scalars() {
        #expect(renderer.display(.null) == "null")
        #expect(renderer.display(true) == "true")
        #expect(renderer.display(false) == "false")
        #expect(renderer.display(42) == "42")
        #expect(renderer.display(-7) == "-7")
        #expect(renderer.display(.int(.min)) == "-9223372036854775808")
    }

    @Test func floatsAlwaysLookLikeFloats() {
        #expect(renderer.display(3.5) == "3.5")
        #expect(renderer.display(1.0) == "1.0")
        #expect(renderer.display(-0.0) == "-0.0")
        #expect(renderer.display(1e20) == "1.0E20")  // spelled as toString() spells it
        #expect(renderer.display(.float(.nan)) == "NaN")
        #expect(renderer.display(.float(.infinity)) == "Infinity")
        #expect(renderer.display(.float(-.infinity)) == "-Infinity")
        #expect(LiteralText.float(1234567.5) == "1234567.5")
        #expect(LiteralText.float(123456789.0) == "1.23456789E8")
    }

    @Test func stringsAreRawAtTopLevelAndQuotedInside() {
        #expect(renderer.display("Oak") == "Oak")
        #expect(renderer.literal("Oak") == "'Oak'")
        #expect(renderer.display(["Oak", "it's"]) == #"['Oak', 'it\'s']"#)
        #expect(renderer.display(["a\\b\nc"]) == #"['a\\b\nc']"#)
    }

    @Test func lists() {
        #expect(renderer.display([1, 2]) == "[1, 2]")
        #expect(renderer.display([]) == "[]")
        #expect(renderer.display([[1], nil, 2.5]) == "[[1], null, 2.5]")
    }

    @Test func mapsHaveSortedKeys() {
        #expect(renderer.display(["name": "x", "n": 1]) == "{n: 1, name: 'x'}")
        #expect(renderer.display(.map([:])) == "{}")
        #expect(renderer.display(["first name": 1, "a`b": 2]) == "{`a``b`: 2, `first name`: 1}")
    }

    @Test func dates() throws {
        let date = try #require(DateValue(year: 2024, month: 9, day: 1))
        #expect(renderer.display(.date(date)) == "2024-09-01")
        #expect(renderer.display([.date(date)]) == "[2024-09-01]")
    }

    @Test func nodesShowLabelsThenSortedProperties() {
        #expect(renderer.display(.node(1)) == "(:School {name: 'Oak Academy', urn: 100})")
        #expect(renderer.display(.node(3)) == "(:School:Primary)")
        let bare = ValueRenderer(nodes: [4: NodeSnapshot(id: 4, labels: [], properties: [:]),
                                         5: NodeSnapshot(id: 5, labels: [], properties: ["x": 1]),
                                         6: NodeSnapshot(id: 6, labels: ["Local Authority"], properties: [:])])
        #expect(bare.display(.node(4)) == "()")
        #expect(bare.display(.node(5)) == "({x: 1})")
        #expect(bare.display(.node(6)) == "(:`Local Authority`)")
        #expect(bare.display(.node(99)) == "(#99)")
    }

    @Test func relationships() {
        #expect(renderer.display(.relationship(10)) == "[:MEMBER_OF {role: 'lead'}]")
        #expect(renderer.display(.relationship(11)) == "[:SUPPORTS]")
        #expect(renderer.display(.relationship(99)) == "[#99]")
    }

    @Test func pathsFollowEachRelationshipsDirection() {
        // (Oak)-[:MEMBER_OF]->(Trust)<-[:SUPPORTS]-(Elm)
        let path = PathValue(nodes: [1, 2, 3], relationships: [10, 11])
        #expect(renderer.display(.path(path)) ==
            "(:School {name: 'Oak Academy', urn: 100})-[:MEMBER_OF {role: 'lead'}]->(:Partnership {name: 'North Trust'})<-[:SUPPORTS]-(:School:Primary)")
        let backwards = PathValue(nodes: [2, 1], relationships: [10])
        #expect(renderer.display(.path(backwards)) ==
            "(:Partnership {name: 'North Trust'})<-[:MEMBER_OF {role: 'lead'}]-(:School {name: 'Oak Academy', urn: 100})")
        #expect(renderer.display(.path(PathValue(nodes: [3], relationships: []))) == "(:School:Primary)")
    }

    @Test func entitiesInsideCollections() {
        #expect(renderer.display([.node(3), .relationship(11)]) == "[(:School:Primary), [:SUPPORTS]]")
        #expect(renderer.display(["school": .node(3)]) == "{school: (:School:Primary)}")
    }

    @Test func quotingEscapesControlCharacters() {
        #expect(LiteralText.quoted("a\u{01}b\t") == #"'a\u0001b\t'"#)
        #expect(LiteralText.name("urn") == "urn")
        #expect(LiteralText.name("_x1") == "_x1")
        #expect(LiteralText.name("1x") == "`1x`")
        #expect(LiteralText.name("") == "``")
        #expect(LiteralText.name("école") == "école")
    }
}
