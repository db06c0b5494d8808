import Testing
import Trellis

@Suite("CREATE")
struct CreateTests {
    @Test func createsNodeWithLabelsAndProperties() throws {
        let db = Database()
        let r = try db.execute("CREATE (s:School:Academy {name: 'Oakwood', urn: 116114, open: true})")
        #expect(r.statistics.nodesCreated == 1)
        #expect(r.statistics.labelsAdded == 2)
        #expect(r.statistics.propertiesSet == 3)
        let snapshot = db.snapshot()
        #expect(snapshot.nodes.count == 1)
        #expect(Set(snapshot.nodes[0].labels) == ["School", "Academy"])
        #expect(snapshot.nodes[0].properties == ["name": "Oakwood", "urn": 116114, "open": true])
    }

    @Test func createsRelationshipWithProperties() throws {
        let db = Database()
        let r = try db.execute("""
            CREATE (s:School {name: 'A'})-[m:MEMBER_OF {since: 2020}]->(p:Partnership {name: 'P'})
            RETURN type(m), m.since, startNode(m) = s, endNode(m) = p
            """)
        #expect(r.statistics.nodesCreated == 2)
        #expect(r.statistics.relationshipsCreated == 1)
        #expect(r.statistics.propertiesSet == 3)
        #expect(r.rows.map { render(row: $0) } == ["'MEMBER_OF' | 2020 | true | true"])
    }

    @Test func leftPointingRelationshipIsCreatedReversed() throws {
        let db = Database()
        try db.execute("CREATE (p:Partnership {name: 'P'})<-[:MEMBER_OF]-(s:School {name: 'S'})")
        try expectRows(db, "MATCH (a)-[:MEMBER_OF]->(b) RETURN a.name, b.name", [["S", "P"]])
    }

    @Test func createBetweenMatchedNodes() throws {
        let db = try schools()
        let r = try db.execute("""
            MATCH (a:School {name: 'Oakwood'}), (p:Partnership {name: 'Downs Trust'})
            CREATE (a)-[:MEMBER_OF {since: 2024}]->(p)
            """)
        #expect(r.statistics.relationshipsCreated == 1)
        #expect(r.statistics.nodesCreated == 0)
        try expectRows(db, "MATCH (s)-[:MEMBER_OF]->(:Partnership {name: 'Downs Trust'}) RETURN s.name",
                       [["Cowplain"], ["Riverside"], ["Oakwood"]])
    }

    @Test func createRunsOncePerRow() throws {
        let db = Database()
        let r = try db.execute("UNWIND range(1, 4) AS i CREATE (:School {urn: i})")
        #expect(r.statistics.nodesCreated == 4)
        #expect(try scalar(db, "MATCH (s:School) RETURN sum(s.urn)") == 10)
    }

    @Test func nullPropertiesAreNotStored() throws {
        let db = Database()
        let r = try db.execute("CREATE (n:School {name: 'X', pupils: null}) RETURN keys(n)")
        #expect(r.statistics.propertiesSet == 1)
        #expect(r.rows.map { render(row: $0) } == ["['name']"])
    }

    @Test func createdNodeIsReturned() throws {
        let db = Database()
        let r = try db.execute("CREATE (n:Authority {name: 'Hampshire'}) RETURN n.name, labels(n)")
        #expect(r.rows.map { render(row: $0) } == ["'Hampshire' | ['Authority']"])
    }

    @Test func createPathReturnsPath() throws {
        let db = Database()
        let r = try db.execute("CREATE p = (:School)-[:SUPPORTS]->(:School)-[:SUPPORTS]->(:School) RETURN length(p), size(nodes(p))")
        #expect(r.rows.map { render(row: $0) } == ["2 | 3"])
    }

    @Test func listPropertiesAreStored() throws {
        let db = Database()
        try db.execute("CREATE (:School {subjects: ['maths', 'art'], years: [7, 8, 9]})")
        try expectRows(db, "MATCH (s:School) RETURN s.subjects, s.years", [[["maths", "art"], [7, 8, 9]]])
    }

    @Test func mapPropertyIsRejected() {
        expectError(Database(), "CREATE (:School {address: {town: 'Waterlooville'}})", kind: .typeError, code: "InvalidPropertyType")
    }

    @Test func mixedListPropertyIsRejected() {
        expectError(Database(), "CREATE (:School {bad: [1, 'a']})", kind: .typeError, code: "InvalidPropertyType")
    }

    @Test func relationshipWithoutTypeIsRejected() {
        expectError(Database(), "CREATE (a)-[]->(b)", kind: .syntaxError)
    }

    @Test func undirectedRelationshipIsRejected() {
        expectError(Database(), "CREATE (a)-[:R]-(b)", kind: .syntaxError, code: "RequiresDirectedRelationship")
    }

    @Test func rebindingMatchedNodeWithLabelsIsRejected() {
        expectError(Database(), "MATCH (a) CREATE (a:School)", kind: .syntaxError, code: "VariableAlreadyBound")
    }

    @Test func variableLengthRelationshipIsRejected() {
        expectError(Database(), "CREATE (a)-[:R*2]->(b)", kind: .syntaxError, code: "CreatingVarLength")
    }

    @Test func parameterMapAsProperties() throws {
        let db = Database()
        try db.execute("CREATE (s:School $props)", parameters: ["props": ["name": "Highbury", "pupils": 210]])
        try expectRows(db, "MATCH (s:School) RETURN s.name, s.pupils", [["Highbury", 210]])
    }

    @Test func createsSelfLoop() throws {
        let db = Database()
        try db.execute("CREATE (s:School {name: 'Solo'})-[:SUPPORTS]->(s)")
        try expectRows(db, "MATCH (a)-[r:SUPPORTS]->(b) RETURN a = b, count(r)", [[true, 1]])
    }
}
