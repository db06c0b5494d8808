import Testing
import Trellis

@Suite("Built-in procedures")
struct BuiltInProcedureTests {
    /// A needs phonics; B, C and D are strong in it; B is A's current partner; C is far and different;
    /// D is near and similar. E was a partner of A once (membership ended).
    func fixture() throws -> Database {
        let db = Database()
        try db.execute("""
            CREATE (la1:Authority {code: 'L1', name: 'One'}), (la2:Authority {code: 'L2', name: 'Two'}),
                   (ph:Area {name: 'phonics'}),
                   (a:School {urn: 1, name: 'A', fsm: 40.0, lat: 50.0, lon: -1.0})-[:IN_AUTHORITY]->(la1),
                   (b:School {urn: 2, name: 'B', fsm: 10.0, lat: 50.0, lon: -1.0})-[:IN_AUTHORITY]->(la1),
                   (c:School {urn: 3, name: 'C', fsm: 10.0, lat: 51.0, lon: -1.0})-[:IN_AUTHORITY]->(la2),
                   (d:School {urn: 4, name: 'D', fsm: 40.0, lat: 50.0, lon: -1.0})-[:IN_AUTHORITY]->(la1),
                   (e:School {urn: 5, name: 'E', fsm: 40.0, lat: 50.0, lon: -1.0}),
                   (a)-[:NEEDS {priority: 1}]->(ph),
                   (b)-[:STRENGTH {level: 3}]->(ph), (c)-[:STRENGTH {level: 3}]->(ph),
                   (d)-[:STRENGTH {level: 1}]->(ph), (e)-[:STRENGTH {level: 2}]->(ph),
                   (p:Partnership {id: 'P'}), (old:Partnership {id: 'OLD'}),
                   (a)-[:MEMBER_OF]->(p), (b)-[:MEMBER_OF]->(p),
                   (a)-[:MEMBER_OF {until: date('2020-01-01')}]->(old), (e)-[:MEMBER_OF {until: date('2020-01-01')}]->(old)
            """)
        return db
    }

    @Test func suggestPartnersRanksByStrengthContextAndDistanceAndSkipsCurrentPartners() throws {
        let db = try fixture()
        let rows = try db.execute("CALL trellis.suggestPartners('A', 'phonics') YIELD partner, score RETURN partner.name, score").rows
        // C: 0.5*3/3 + 0.3*min(1, 30/30) + 0.2*min(1, 111.2/50) = 1.0
        // E: 0.5*2/3 + 0 + 0 = 0.333;  D: 0.5*1/3 = 0.167;  B is a current partner.
        #expect(rows == [["C", 1.0], ["E", 0.333], ["D", 0.167]])
        // The same by URN and with nodes.
        #expect(try db.execute("CALL trellis.suggestPartners(1, 'phonics') YIELD partner RETURN count(*)").rows == [[3]])
        #expect(try db.execute("MATCH (s:School {urn: 1}), (a:Area) CALL trellis.suggestPartners(s, a) YIELD partner RETURN count(*)").rows == [[3]])
    }

    @Test func suggestPartnersExplainsItself() throws {
        let db = try fixture()
        let reasons = try db.execute("CALL trellis.suggestPartners('A', 'phonics') YIELD partner, reasons WHERE partner.name = 'C' RETURN reasons").rows[0][0]
        #expect(reasons == ["strength level 3 in phonics", "free school meals 10.0% against 40.0%", "111 km away", "in another authority (Two)"])
    }

    @Test func unknownSchoolIsAClearError() throws {
        let db = try fixture()
        #expect(throws: TrellisError.self) { try db.execute("CALL trellis.suggestPartners('Nowhere', 'phonics') YIELD partner RETURN partner") }
    }

    @Test func isolatedListsSchoolsWithoutCurrentMemberships() throws {
        let db = try fixture()
        #expect(try db.execute("CALL trellis.isolated() YIELD school RETURN school.name").rows == [["C"], ["D"], ["E"]])
    }

    @Test func schemaCountsLabelsTypesKeysAndIndexes() throws {
        let db = try fixture()
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        let rows = try db.execute("CALL trellis.schema() YIELD kind, name, count RETURN kind, name, count").rows
        #expect(rows.contains(["label", "School", 5]))
        #expect(rows.contains(["relationship type", "MEMBER_OF", 4]))
        #expect(rows.contains(["property key", "fsm", 5]))
        #expect(rows.contains(["index", ":School(urn)", 5]))
    }
}
