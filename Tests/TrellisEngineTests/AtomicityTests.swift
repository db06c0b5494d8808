import Testing
import Trellis

@Suite("Atomicity of failing statements")
struct AtomicityTests {
    /// Runs `query`, expects it to fail with `kind`, and expects the graph to be exactly as before.
    func expectRolledBack(_ db: Database, _ query: String, kind: TrellisError.Kind, code: String? = nil,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let before = db.snapshot()
        expectError(db, query, kind: kind, code: code, sourceLocation: sourceLocation)
        #expect(db.snapshot() == before, "graph changed by failing \(query)", sourceLocation: sourceLocation)
    }

    @Test func createFailingOnThirdRow() throws {
        let db = try schools()
        expectRolledBack(db, "UNWIND [1, 2, 0] AS x CREATE (:N {v: 10 / x})", kind: .arithmeticError, code: "DivisionByZero")
        #expect(try db.execute("MATCH (n:N) RETURN n").rows.isEmpty)
    }

    @Test func followingStatementWorksNormally() throws {
        let db = try schools()
        expectRolledBack(db, "UNWIND [1, 2, 0] AS x CREATE (:N {v: 10 / x})", kind: .arithmeticError)
        let r = try db.execute("UNWIND [1, 2, 5] AS x CREATE (n:N {v: 10 / x}) RETURN n.v")
        #expect(r.statistics.nodesCreated == 3)
        #expect(r.rows.map { render(row: $0) }.sorted() == ["10", "2", "5"])
        #expect(try scalar(db, "MATCH (n) RETURN count(n)") == 13)
        #expect(try scalar(db, "MATCH (n:N) RETURN sum(n.v)") == 17)
    }

    @Test func createdNodesAndRelationshipsAreRemovedOnFailure() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (p:Partnership {name: 'Downs Trust'})
            UNWIND [1, 2, 0] AS x
            CREATE (s:School {name: 'New ' + toString(x)})-[:MEMBER_OF {since: 2020 + 10 / x}]->(p)
            """, kind: .arithmeticError)
        try expectRows(db, "MATCH (s)-[:MEMBER_OF]->(:Partnership {name: 'Downs Trust'}) RETURN s.name",
                       [["Cowplain"], ["Riverside"]])
    }

    @Test func deleteOfConnectedNodeAfterOtherChanges() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (s:School {name: 'Oakwood'})
            SET s.pupils = 100, s:Closed
            CREATE (:Authority {name: 'Southampton'})
            WITH s
            MATCH (s)-[r:SUPPORTS]-()
            DELETE r
            WITH DISTINCT s
            DELETE s
            """, kind: .constraintVerificationFailed, code: "DeleteConnectedNode")
        try expectRows(db, "MATCH (s:School {name: 'Oakwood'})--(x) RETURN x.name",
                       [["Portsmouth"], ["Highbury"], ["Mayfield"]])
        #expect(try db.execute("MATCH (s:Closed) RETURN s").rows.isEmpty)
    }

    @Test func invalidPropertyTypeAfterSomeSets() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (s:School)
            SET s.reviewed = true, s.pupils = coalesce(s.pupils, 0) + 1
            WITH s ORDER BY s.name
            SET s.extra = CASE s.name WHEN 'Riverside' THEN {bad: 1} ELSE 'ok' END
            """, kind: .typeError, code: "InvalidPropertyType")
        #expect(try scalar(db, "MATCH (s:School) WHERE s.reviewed IS NOT NULL OR s.extra IS NOT NULL RETURN count(s)") == 0)
        #expect(try scalar(db, "MATCH (s:School {name: 'Oakwood'}) RETURN s.pupils") == .null)
    }

    @Test func detachDeleteIsRestored() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (s:School {name: 'Highbury'})
            DETACH DELETE s
            WITH count(*) AS c
            UNWIND [1, 0] AS z
            RETURN c / z
            """, kind: .arithmeticError)
        try expectRows(db, "MATCH (:School {name: 'Highbury'})-[r]-(x) RETURN type(r), x.name", [
            ["IN_AUTHORITY", "Hampshire"], ["MEMBER_OF", "Solent Alliance"],
            ["SUPPORTS", "Padnell Junior"], ["SUPPORTS", "Oakwood"],
        ])
    }

    @Test func mergeAndOnCreateSetAreRestored() throws {
        let db = try schools()
        expectRolledBack(db, """
            UNWIND ['Southampton', 'Portsmouth', 'Isle of Wight'] AS name
            MERGE (a:Authority {name: name})
            ON CREATE SET a.created = true
            ON MATCH SET a.code = a.code / 0
            """, kind: .arithmeticError)
        try expectRows(db, "MATCH (a:Authority) RETURN a.name, a.code", [["Portsmouth", 851], ["Hampshire", 850]])
    }

    @Test func propertyReplacementIsRestored() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (s:School {name: 'Riverside'})
            SET s = {name: 'Riverside Academy'}
            WITH s
            UNWIND [1, 0] AS z
            SET s.ratio = 1 / z
            """, kind: .arithmeticError)
        try expectRows(db, "MATCH (s:School {urn: 116115}) RETURN s.name, s.ofsted, s.pupils", [["Riverside", "Good", 900]])
    }

    @Test func removedLabelIsRestoredInPlace() throws {
        let db = try database("CREATE (:School:Academy:Hub {name: 'A'})")
        let before = db.snapshot()
        expectError(db, "MATCH (n:School) REMOVE n:School WITH n UNWIND [1, 0] AS z RETURN 1 / z", kind: .arithmeticError)
        try expectRows(db, "MATCH (n:School) RETURN n.name", [["A"]])
        let after = db.snapshot()
        let labels = try scalar(db, "MATCH (n) RETURN labels(n)")
        #expect(after == before)
        #expect(labels == .list(["School", "Academy", "Hub"]))
    }

    @Test func removedPropertyIsRestored() throws {
        let db = try database("CREATE (:School {a: 1, b: 2, c: 3})")
        expectRolledBack(db, "MATCH (n:School) REMOVE n.a WITH n UNWIND [1, 0] AS z RETURN 1 / z", kind: .arithmeticError)
        #expect(try scalar(db, "MATCH (n:School) RETURN n.a") == 1)
        let keys = try scalar(db, "MATCH (n) RETURN keys(n)")
        #expect(keys == .list(["a", "b", "c"]))
    }

    @Test func failedStatementInScriptKeepsEarlierStatements() throws {
        let db = Database()
        expectError(db, "CREATE (:A {v: 1}); CREATE (:A {v: 2}); UNWIND [0] AS z CREATE (:A {v: 1 / z})", kind: .arithmeticError)
        try expectRows(db, "MATCH (a:A) RETURN a.v", [[1], [2]])
    }

    @Test func idsAreReusedConsistentlyAfterRollback() throws {
        let db = Database()
        try db.execute("CREATE (:A {v: 1})")
        expectRolledBack(db, "UNWIND [1, 0] AS z CREATE (:B {v: 1 / z})", kind: .arithmeticError)
        try db.execute("CREATE (:C {v: 3})")
        let snapshot = db.snapshot()
        #expect(snapshot.nodes.count == 2)
        #expect(Set(snapshot.nodes.map(\.id)).count == 2)
        try expectRows(db, "MATCH (n) RETURN labels(n), n.v", [[["A"], 1], [["C"], 3]])
    }

    @Test func failureAfterLabelChangesKeepsLabelScansCorrect() throws {
        let db = try schools()
        expectRolledBack(db, """
            MATCH (s:School)
            REMOVE s:School SET s:FormerSchool
            WITH count(*) AS c UNWIND [0] AS z RETURN c / z
            """, kind: .arithmeticError)
        #expect(try scalar(db, "MATCH (s:School) RETURN count(s)") == 6)
        #expect(try db.execute("MATCH (s:FormerSchool) RETURN s").rows.isEmpty)
    }

    @Test func runtimeErrorInReadQueryChangesNothing() throws {
        let db = try schools()
        expectRolledBack(db, "MATCH (s:School) RETURN s.name + 1 / (s.pupils - s.pupils)", kind: .arithmeticError)
    }
}
