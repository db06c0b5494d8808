import Testing
import Trellis

@Suite("Schema summary")
struct SchemaSummaryTests {
    static func partnershipGraph() throws -> Database {
        let db = Database()
        try db.execute("""
            CREATE INDEX FOR (s:School) ON (s.urn);
            CREATE (a:School {name: 'Oak', urn: 1, rating: 'Good'}), (b:School {name: 'Elm', urn: 2}),
                   (p:Partnership {name: 'North'}), (x {note: 'unlabelled'}),
                   (a)-[:MEMBER_OF {role: 'lead'}]->(p), (b)-[:MEMBER_OF]->(p), (a)-[:KNOWS]->(x);
            """)
        return db
    }

    @Test func countsLabelsTypesKeysAndIndexes() throws {
        let schema = try Self.partnershipGraph().schemaSummary()
        #expect(schema.nodeCount == 4)
        #expect(schema.relationshipCount == 3)
        #expect(schema.labels == [
            SchemaSummary.Label(name: "Partnership", nodeCount: 1, properties: [.init(key: "name", count: 1)]),
            SchemaSummary.Label(name: "School", nodeCount: 2, properties: [
                .init(key: "name", count: 2), .init(key: "rating", count: 1), .init(key: "urn", count: 2)]),
        ])
        #expect(schema.relationshipTypes == [
            SchemaSummary.RelationshipType(name: "KNOWS", relationshipCount: 1,
                                           endpoints: [.init(startLabels: ["School"], endLabels: [], count: 1)],
                                           properties: []),
            SchemaSummary.RelationshipType(name: "MEMBER_OF", relationshipCount: 2,
                                           endpoints: [.init(startLabels: ["School"], endLabels: ["Partnership"], count: 2)],
                                           properties: [.init(key: "role", count: 1)]),
        ])
        #expect(schema.propertyKeys.map(\.name) == ["name", "note", "rating", "role", "urn"])
        #expect(schema.propertyKeys.first { $0.name == "role" } == .init(name: "role", nodeCount: 0, relationshipCount: 1))
        #expect(schema.indexes == [SchemaSummary.Index(label: "School", key: "urn", entryCount: 2)])
    }

    @Test func namesNoLongerUsedAreLeftOut() throws {
        let db = try Self.partnershipGraph()
        try db.execute("MATCH (p:Partnership) DETACH DELETE p")
        let schema = db.schemaSummary()
        #expect(!schema.labels.map(\.name).contains("Partnership"))
        #expect(schema.relationshipTypes.map(\.name) == ["KNOWS"])
        #expect(!schema.propertyKeys.map(\.name).contains("role"))
    }

    @Test func anEmptyGraph() {
        let schema = Database().schemaSummary()
        #expect(schema.nodeCount == 0 && schema.labels.isEmpty && schema.indexes.isEmpty)
    }

    @Test func propertyValuesStartingWithWhatWasTyped() throws {
        let db = try Self.partnershipGraph()
        try db.execute("CREATE (:School {name: 'Oakwood'}), (:School {name: 'oak lane'}), (:Area {name: 'Oaks'})")
        #expect(db.propertyValues(of: "name", startingWith: "Oak", label: "School") == ["Oak", "Oakwood"])
        #expect(db.propertyValues(of: "name", startingWith: "Oak") == ["Oak", "Oaks", "Oakwood"])
        #expect(db.propertyValues(of: "name", startingWith: "Oak", limit: 2) == ["Oak", "Oaks"])
        // Nothing in this letter case: any letter case.
        #expect(db.propertyValues(of: "name", startingWith: "OAK L", label: "School") == ["oak lane"])
        #expect(db.propertyValues(of: "urn", startingWith: "", label: "School").isEmpty)
        #expect(db.propertyValues(of: "role", startingWith: "l", relationshipType: "MEMBER_OF") == ["lead"])
        #expect(db.propertyValues(of: "name", startingWith: "", label: "Nothing").isEmpty)
        #expect(db.propertyValues(of: "nothing", startingWith: "").isEmpty)
    }

    @Test func indexedPropertiesAreReadFromTheIndex() throws {
        let db = Database()
        try db.execute("CREATE INDEX FOR (s:School) ON (s.name)")
        try db.execute("UNWIND range(1, 500) AS i CREATE (:School {name: 'School ' + toString(i)})")
        #expect(db.propertyValues(of: "name", startingWith: "School 49", label: "School")
                == ["School 49", "School 490", "School 491", "School 492", "School 493", "School 494", "School 495",
                    "School 496", "School 497", "School 498", "School 499"])
    }

    @Test func expressionsAreEvaluated() throws {
        let db = try Self.partnershipGraph()
        #expect(try db.evaluate("1 + 2") == 3)
        #expect(ValueRenderer().literal(try db.evaluate("date('2024-09-01')")) == "2024-09-01")
        #expect(try db.evaluate("$x * 2", parameters: ["x": 21]) == 42)
        #expect(try db.evaluate("[x IN range(1, 3) | x * 10]") == .list([10, 20, 30]))
        #expect(throws: TrellisError.self) { try db.evaluate("1 +") }
        do {
            _ = try db.evaluate("nope + 1")
        } catch let error as TrellisError {
            #expect(error.range?.start.column == 1)
            #expect(error.range?.start.offset == 0)
        }
        // One expression only: no statement tricks.
        #expect(throws: TrellisError.self) { try db.evaluate("1 MATCH (n) DETACH DELETE n") }
    }
}
