import Testing
import Trellis

@Suite("DELETE")
struct DeleteTests {
    @Test func deleteUnconnectedNode() throws {
        let db = try database("CREATE (:Authority {name: 'Lonely'}), (:Authority {name: 'Other'})")
        let r = try db.execute("MATCH (a:Authority {name: 'Lonely'}) DELETE a")
        #expect(r.statistics.nodesDeleted == 1)
        try expectRows(db, "MATCH (a:Authority) RETURN a.name", [["Other"]])
    }

    @Test func deleteRelationship() throws {
        let db = try schools()
        let r = try db.execute("MATCH (:School {name: 'Mayfield'})-[s:SUPPORTS]->() DELETE s")
        #expect(r.statistics.relationshipsDeleted == 1)
        try expectRows(db, "MATCH (a)-[:SUPPORTS]->(:School {name: 'Oakwood'}) RETURN a.name", [["Highbury"]])
    }

    @Test func deleteConnectedNodeFails() throws {
        let db = try schools()
        expectError(db, "MATCH (s:School {name: 'Oakwood'}) DELETE s",
                    kind: .constraintVerificationFailed, code: "DeleteConnectedNode")
        #expect(try scalar(db, "MATCH (s:School) RETURN count(s)") == 6)
    }

    @Test func deleteNodeAndItsRelationshipsInOneClause() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Oakwood'})-[r]-() DELETE r, s")
        #expect(r.statistics.nodesDeleted == 1)
        #expect(r.statistics.relationshipsDeleted == 3)
    }

    @Test func detachDeleteRemovesRelationships() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Highbury'}) DETACH DELETE s")
        #expect(r.statistics.nodesDeleted == 1)
        #expect(r.statistics.relationshipsDeleted == 4)
        #expect(try scalar(db, "MATCH ()-[r]->() RETURN count(r)") == 10)
        #expect(try db.execute("MATCH (s {name: 'Highbury'}) RETURN s").rows.isEmpty)
    }

    @Test func detachDeleteEverything() throws {
        let db = try schools()
        let r = try db.execute("MATCH (n) DETACH DELETE n")
        #expect(r.statistics.nodesDeleted == 10)
        #expect(r.statistics.relationshipsDeleted == 14)
        #expect(db.snapshot() == GraphSnapshot(nodes: [], relationships: []))
    }

    @Test func deletingSameNodeTwiceCountsOnce() throws {
        let db = try database("CREATE (:A)-[:R]->(:B)")
        let r = try db.execute("MATCH (a:A)-[r]-(b), (x:A) DETACH DELETE a, x")
        #expect(r.statistics.nodesDeleted == 1)
    }

    @Test func deletePath() throws {
        let db = try schools()
        let r = try db.execute("MATCH p = (:School {name: 'Padnell Junior'})-[:SUPPORTS]->(:School {name: 'Highbury'}) DETACH DELETE p")
        #expect(r.statistics.nodesDeleted == 2)
        #expect(try scalar(db, "MATCH (s:School) RETURN count(s)") == 4)
    }

    @Test func deleteNullIsIgnored() throws {
        let db = try schools()
        let r = try db.execute("OPTIONAL MATCH (x:Trust) DELETE x")
        #expect(!r.statistics.containsUpdates)
    }

    @Test func deleteNonEntityIsRejected() {
        expectError(Database(), "WITH 1 AS x DELETE x", kind: .syntaxError, code: "InvalidArgumentType")
    }

    @Test func deleteLabelIsRejected() {
        expectError(Database(), "MATCH (n) DELETE n:School", kind: .syntaxError, code: "InvalidDelete")
    }

    @Test func returningPropertyOfDeletedNodeFails() throws {
        let db = try database("CREATE (:A {v: 1})")
        expectError(db, "MATCH (a:A) DELETE a RETURN a.v", kind: .entityNotFound, code: "DeletedEntityAccess")
        #expect(try scalar(db, "MATCH (a:A) RETURN a.v") == 1)
    }

    @Test func deletedNodeIsGoneFromLabelScanAndSnapshot() throws {
        let db = try database("CREATE (:A {v: 1}), (:A {v: 2})")
        try db.execute("MATCH (a:A {v: 1}) DELETE a")
        #expect(db.snapshot().nodes.map(\.properties) == [["v": 2]])
        try expectRows(db, "MATCH (a:A) RETURN a.v", [[2]])
    }

    @Test func relationshipMatchedTwiceIsDeletedOnce() throws {
        let db = try schools()
        let r = try db.execute("MATCH ()-[s:SUPPORTS]-() DELETE s")
        #expect(r.statistics.relationshipsDeleted == 3)
        #expect(try scalar(db, "MATCH ()-[r]->() RETURN count(r)") == 11)
    }

    @Test func settingPropertyOfDeletedNodeFails() throws {
        let db = try schools()
        expectError(db, "MATCH (a:Authority {code: 850}) DETACH DELETE a SET a.x = 1",
                    kind: .entityNotFound, code: "DeletedEntityAccess")
        #expect(try scalar(db, "MATCH (a:Authority) RETURN count(a)") == 2)
    }

    @Test func creatingRelationshipToDeletedNodeFails() throws {
        let db = try schools()
        expectError(db, "MATCH (a:Authority {code: 850}) DETACH DELETE a CREATE (a)<-[:IN_AUTHORITY]-(:School)",
                    kind: .entityNotFound, code: "DeletedEntityAccess")
    }

    @Test func deleteAndCountInSameQuery() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School) DETACH DELETE s RETURN count(*) AS removed")
        #expect(r.rows.map { render(row: $0) } == ["6"])
        #expect(try scalar(db, "MATCH (n) RETURN count(n)") == 4)
    }
}
