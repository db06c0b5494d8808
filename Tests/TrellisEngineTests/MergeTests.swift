import Testing
import Trellis

@Suite("MERGE")
struct MergeTests {
    @Test func createsWhenMissing() throws {
        let db = try schools()
        let r = try db.execute("MERGE (a:Authority {name: 'Southampton'}) RETURN a.name")
        #expect(r.statistics.nodesCreated == 1)
        #expect(r.rows.map { render(row: $0) } == ["'Southampton'"])
        #expect(try scalar(db, "MATCH (a:Authority) RETURN count(a)") == 3)
    }

    @Test func matchesWhenPresent() throws {
        let db = try schools()
        let r = try db.execute("MERGE (a:Authority {name: 'Portsmouth'}) RETURN a.code")
        #expect(r.statistics.nodesCreated == 0)
        #expect(r.rows.map { render(row: $0) } == ["851"])
    }

    @Test func onCreateSetRunsOnlyWhenCreating() throws {
        let db = try schools()
        let r = try db.execute("""
            MERGE (a:Authority {name: 'Southampton'})
            ON CREATE SET a.code = 852, a.created = true
            ON MATCH SET a.seen = true
            RETURN a.code, a.created, a.seen
            """)
        #expect(r.rows.map { render(row: $0) } == ["852 | true | null"])
    }

    @Test func onMatchSetRunsOnlyWhenMatching() throws {
        let db = try schools()
        let r = try db.execute("""
            MERGE (a:Authority {name: 'Hampshire'})
            ON CREATE SET a.created = true
            ON MATCH SET a.seen = true
            RETURN a.code, a.created, a.seen
            """)
        #expect(r.statistics.nodesCreated == 0)
        #expect(r.statistics.propertiesSet == 1)
        #expect(r.rows.map { render(row: $0) } == ["850 | null | true"])
    }

    @Test func mergeIsIdempotent() throws {
        let db = Database()
        for _ in 0..<3 { try db.execute("MERGE (:Partnership {name: 'Solent Alliance'})") }
        #expect(try scalar(db, "MATCH (p:Partnership) RETURN count(p)") == 1)
    }

    @Test func mergeSeesNodesCreatedByEarlierRows() throws {
        let db = Database()
        let r = try db.execute("UNWIND ['A', 'B', 'A', 'A'] AS name MERGE (:Authority {name: name})")
        #expect(r.statistics.nodesCreated == 2)
        #expect(try scalar(db, "MATCH (a:Authority) RETURN count(a)") == 2)
    }

    @Test func mergeRelationshipBetweenBoundNodes() throws {
        let db = try schools()
        let merge = """
            MATCH (s:School {name: 'Oakwood'}), (p:Partnership {name: 'Solent Alliance'})
            MERGE (s)-[m:MEMBER_OF]->(p) ON CREATE SET m.since = 2025
            RETURN m.since
            """
        let first = try db.execute(merge)
        #expect(first.statistics.relationshipsCreated == 1)
        let second = try db.execute(merge)
        #expect(second.statistics.relationshipsCreated == 0)
        #expect(second.rows.map { render(row: $0) } == ["2025"])
        #expect(try scalar(db, "MATCH (:School {name: 'Oakwood'})-[m:MEMBER_OF]->() RETURN count(m)") == 1)
    }

    @Test func mergeExistingRelationshipMatchesEveryCopy() throws {
        let db = try schools()
        let r = try db.execute("""
            MATCH (p:Partnership {name: 'Solent Alliance'})
            MERGE (s:School)-[:MEMBER_OF]->(p)
            RETURN s.name
            """)
        #expect(r.statistics.nodesCreated == 0)
        #expect(r.rows.map { render(row: $0) }.sorted() == ["'Highbury'", "'Mayfield'", "'Padnell Junior'"])
    }

    @Test func mergeWholePatternCreatesAllOfIt() throws {
        let db = try schools()
        // The pattern as a whole does not exist, so both nodes are created, even though a Portsmouth authority exists.
        let r = try db.execute("MERGE (:School {name: 'New School'})-[:IN_AUTHORITY]->(:Authority {name: 'Portsmouth'})")
        #expect(r.statistics.nodesCreated == 2)
        #expect(r.statistics.relationshipsCreated == 1)
        #expect(try scalar(db, "MATCH (a:Authority {name: 'Portsmouth'}) RETURN count(a)") == 2)
    }

    @Test func mergeUndirectedRelationshipMatchesEitherDirection() throws {
        let db = try schools()
        let r = try db.execute("""
            MATCH (a:School {name: 'Highbury'}), (b:School {name: 'Padnell Junior'})
            MERGE (a)-[:SUPPORTS]-(b)
            """)
        #expect(r.statistics.relationshipsCreated == 0)
    }

    @Test func mergeWithNullPropertyIsAnError() {
        expectError(Database(), "MERGE (:School {name: null})", kind: .semanticError, code: "MergeReadOwnWrites")
    }

    @Test func onCreateSetWithPlusEqualsMap() throws {
        let db = Database()
        try db.execute("MERGE (s:School {urn: 1}) ON CREATE SET s += {name: 'A', phase: 'Primary'}")
        try expectRows(db, "MATCH (s:School) RETURN s.urn, s.name, s.phase", [[1, "A", "Primary"]])
    }

    @Test func labelOnlyMergeMatchesEveryNode() throws {
        let db = try schools()
        let r = try db.execute("MERGE (s:School) RETURN s.name")
        #expect(r.statistics.nodesCreated == 0)
        #expect(r.rows.count == 6)
    }

    @Test func mergeAttachesNewNodeToBoundNode() throws {
        let db = try schools()
        let r = try db.execute("""
            MATCH (a:Authority {code: 850})
            MERGE (a)<-[:IN_AUTHORITY]-(s:School {name: 'Brand New'})
            RETURN s.name, a.name
            """)
        #expect(r.statistics.nodesCreated == 1)
        #expect(r.statistics.relationshipsCreated == 1)
        #expect(r.rows.map { render(row: $0) } == ["'Brand New' | 'Hampshire'"])
        #expect(try scalar(db, "MATCH (a:Authority) RETURN count(a)") == 2)
    }

    @Test func mergeRelationshipWithPropertiesCreatesWhenPropertiesDiffer() throws {
        let db = try schools()
        let r = try db.execute("""
            MATCH (a:School {name: 'Padnell Junior'}), (b:School {name: 'Highbury'})
            MERGE (a)-[s:SUPPORTS {subject: 'art'}]->(b) ON MATCH SET s.matched = true ON CREATE SET s.created = true
            RETURN s.subject, s.created, s.matched
            """)
        #expect(r.statistics.relationshipsCreated == 1)
        #expect(r.rows.map { render(row: $0) } == ["'art' | true | null"])
        #expect(try scalar(db, "MATCH (:School {name: 'Padnell Junior'})-[s:SUPPORTS]->() RETURN count(s)") == 2)
    }
}
