import Testing
import Trellis

@Suite("Partnership schema")
struct SchemaTests {
    func partnershipDatabase() throws -> Database {
        let db = Database()
        try db.apply(.partnership)
        try db.execute("""
            CREATE (a:Authority {code: 'E10000014', name: 'Hampshire'}),
                   (s:School {urn: 900101, name: 'Padnell Junior School', phase: 'primary'})-[:IN_AUTHORITY]->(a),
                   (:Area {name: 'phonics'})
            """)
        return db
    }

    func expectViolation(_ db: Database, _ query: String, code: String, mentioning words: [String]) {
        let before = db.snapshot()
        #expect {
            try db.execute(query)
        } throws: { error in
            guard let e = error as? TrellisError else { return false }
            return e.kind == .constraintVerificationFailed && e.code == code && words.allSatisfy { e.message.contains($0) }
        }
        #expect(db.snapshot() == before, "a violating statement must change nothing")
    }

    @Test func validDataIsAccepted() throws {
        let db = try partnershipDatabase()
        try db.execute("""
            MATCH (s:School {urn: 900101}), (ar:Area {name: 'phonics'})
            CREATE (s)-[:STRENGTH {level: 3, evidence: 'peer review'}]->(ar),
                   (s)-[:MEMBER_OF {role: 'lead', since: date('2018-03-01')}]->(:Partnership {id: 'P1', name: 'Havant and Waterlooville', kind: 'improvement-partnership', formed: date('2018-03-01')})
            """)
        #expect(try db.execute("MATCH (s:School)-[:MEMBER_OF]->(p) RETURN p.id").rows == [["P1"]])
    }

    @Test func requiredAndUniqueKeys() throws {
        let db = try partnershipDatabase()
        expectViolation(db, "CREATE (:School {name: 'No URN'})", code: "RequiredProperty", mentioning: ["urn", "School"])
        expectViolation(db, "CREATE (:School {urn: 900101, name: 'Copy'})", code: "UniqueProperty", mentioning: ["900101", "unique"])
        expectViolation(db, "MATCH (s:School) REMOVE s.name", code: "RequiredProperty", mentioning: ["name"])
        // Changing a key to a value nobody else has is fine.
        try db.execute("MATCH (s:School) SET s.urn = 900102")
    }

    @Test func typesAllowedValuesAndRanges() throws {
        let db = try partnershipDatabase()
        expectViolation(db, "CREATE (:School {urn: '900200', name: 'Text URN'})", code: "PropertyType", mentioning: ["urn", "an integer"])
        expectViolation(db, "MATCH (s:School) SET s.phase = 'college'", code: "AllowedValues", mentioning: ["college", "primary"])
        expectViolation(db, "MATCH (s:School), (a:Area) CREATE (s)-[:STRENGTH {level: 4}]->(a)", code: "ValueOutOfRange", mentioning: ["level", "1 to 3"])
        try db.execute("MATCH (s:School) SET s.fsm = 34")  // an integer is a number
    }

    @Test func relationshipEndpoints() throws {
        let db = try partnershipDatabase()
        expectViolation(db, "MATCH (s:School), (a:Area) CREATE (s)-[:IN_AUTHORITY]->(a)", code: "RelationshipEndpoints",
                        mentioning: ["IN_AUTHORITY", "(:School)-[:IN_AUTHORITY]->(:Authority)"])
        // Removing a label that a relationship relies on is caught too.
        expectViolation(db, "MATCH (a:Authority) REMOVE a:Authority", code: "RelationshipEndpoints", mentioning: ["IN_AUTHORITY"])
    }

    @Test func labelsAndTypesOutsideTheSchemaAreFree() throws {
        let db = try partnershipDatabase()
        try db.execute("CREATE (:Note {text: 'anything'})-[:ABOUT]->(:Topic)")
    }

    @Test func applyingToDataThatBreaksItFailsAndLeavesNoSchema() throws {
        let db = Database()
        try db.execute("CREATE (:School {name: 'No URN'})")
        #expect(throws: TrellisError.self) { try db.apply(.partnership) }
        #expect(db.schema == nil)
        try db.execute("CREATE (:School {name: 'Still free'})")
    }

    @Test func schemaProcedureShowsTheRules() throws {
        let db = try partnershipDatabase()
        let rows = try db.execute("CALL trellis.schema() YIELD kind, name, count WHERE kind = 'rule' RETURN name, count").rows
        #expect(rows.contains([":School(urn) integer, unique", 1]))
        #expect(rows.contains(["(:School)-[:IN_AUTHORITY]->(:Authority)", 1]))
        #expect(rows.contains(["[:STRENGTH](level) integer, 1..3", 0]))
    }
}
