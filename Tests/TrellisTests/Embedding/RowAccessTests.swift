import Testing
import Trellis

@Suite("Reading rows as Swift types")
struct RowAccessTests {
    let db: Database

    init() throws {
        db = Database()
        try db.execute("""
            CREATE (a:School:Primary {name: 'Padnell Junior School', urn: 116110, fsm: 21.5, opened: date('1970-09-01')})
                   -[:MEMBER_OF {since: 2018}]->(:Partnership {name: 'Hampshire five'})
            """)
    }

    @Test func readsColumnsByNameAndPositionAsSwiftTypes() throws {
        let result = try db.execute("""
            MATCH (s:School)-[m:MEMBER_OF]->(p) RETURN s.name AS name, s.urn AS urn, s.fsm AS fsm, s.opened AS opened,
                   s.missing AS missing, [1, 2] AS list, {a: 'x'} AS map, true AS flag
            """)
        #expect(result.count == 1)
        let row = result[0]
        #expect(row.columns == ["name", "urn", "fsm", "opened", "missing", "list", "map", "flag"])
        #expect(try row["name", as: String.self] == "Padnell Junior School")
        #expect(try row["urn", as: Int.self] == 116110)
        #expect(try row["urn", as: Int32.self] == 116110)
        #expect(try row["urn", as: Double.self] == 116110)
        #expect(try row["fsm", as: Double.self] == 21.5)
        #expect(try row["opened", as: DateValue.self] == DateValue(year: 1970, month: 9, day: 1))
        #expect(try row["missing", as: String?.self] == nil)
        #expect(try row["name", as: String?.self] == "Padnell Junior School")
        #expect(try row["list", as: [Int].self] == [1, 2])
        #expect(try row["map", as: [String: String].self] == ["a": "x"])
        #expect(try row["flag", as: Bool.self])
        #expect(try row[1, as: Int.self] == 116110)
        #expect(row["urn"] == .int(116110))
        #expect(row["nope"] == nil)
        #expect(row[0] == .string("Padnell Junior School"))
    }

    @Test func wrongTypesNullAndMissingColumnsAreErrorsThatSayWhy() throws {
        let row = try #require(try db.execute("MATCH (s:School) RETURN s.name AS name, s.missing AS missing, 300 AS big").first)
        let type = try #require(throws: TrellisError.self) { try row["name", as: Int.self] }
        #expect(type.kind == .typeError)
        #expect(type.message.contains("'name'") && type.message.contains("STRING"))
        let null = try #require(throws: TrellisError.self) { try row["missing", as: String.self] }
        #expect(null.message.contains("null"))
        let narrow = try #require(throws: TrellisError.self) { try row["big", as: Int8.self] }
        #expect(narrow.kind == .typeError)
        let column = try #require(throws: TrellisError.self) { try row["nmae", as: String.self] }
        #expect(column.kind == .usageError)
        #expect(column.code == "NoSuchColumn")
        #expect(column.message.contains("'name'"))
        let position = try #require(throws: TrellisError.self) { try row[7, as: String.self] }
        #expect(position.kind == .usageError)
    }

    @Test func nodesAndRelationshipsReadAsSnapshots() throws {
        let row = try #require(try db.execute("MATCH (s:School)-[m:MEMBER_OF]->(p) RETURN s, m, p").first)
        let school = try row["s", as: NodeSnapshot.self]
        #expect(Set(school.labels) == ["School", "Primary"])
        #expect(school.properties["urn"] == .int(116110))
        let membership = try row["m", as: RelationshipSnapshot.self]
        #expect(membership.type == "MEMBER_OF")
        #expect(membership.start == school.id)
        #expect(membership.properties == ["since": 2018])
        #expect(try row["p", as: NodeSnapshot.self].properties["name"] == "Hampshire five")
        #expect(throws: TrellisError.self) { try row["s", as: RelationshipSnapshot.self] }
    }

    @Test func valuesConvertBackAsParameters() throws {
        let school = try #require(try db.execute("MATCH (s:School) RETURN s").first?["s", as: NodeSnapshot.self])
        let result = try db.execute("MATCH (s) WHERE s = $node RETURN s.urn, $list, $map, $none",
                                    parameters: ["node": Value(school), "list": Value([1, 2, 3]), "map": Value(["k": 1.5]),
                                                 "none": Value(Optional<Int>.none)])
        #expect(result.rows == [[116110, [1, 2, 3], ["k": 1.5], nil]])
    }
}
