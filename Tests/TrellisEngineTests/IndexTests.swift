import Testing
import Trellis

@Suite("Property indexes")
struct IndexTests {
    static let queries: [String] = [
        "MATCH (s:School {urn: 116112}) RETURN s.name",
        "MATCH (s:School) WHERE s.urn = 116114 RETURN s.name",
        "MATCH (s:School) WHERE 116110 = s.urn RETURN s.name",
        "MATCH (s:School {urn: 116110.0}) RETURN s.name",
        "MATCH (s:School {urn: '116110'}) RETURN s.name",
        "MATCH (s:School {urn: 1}) RETURN s.name",
        "MATCH (s:School) WHERE s.urn = null RETURN s.name",
        "MATCH (s:School {urn: 116113})-[:SUPPORTS]->(o) RETURN o.name",
        "MATCH (a:Authority)<-[:IN_AUTHORITY]-(s:School {urn: 116115}) RETURN a.name",
        "MATCH (s:School) WHERE s.urn = 116111 AND s.pupils > 1000 RETURN s.name",
        "MATCH (s:School) WHERE s.urn = 116111 OR s.urn = 116112 RETURN s.name",
        "UNWIND [116110, 116115, 1] AS u MATCH (s:School {urn: u}) RETURN u, s.name",
        "MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School {urn: 116113}) RETURN p.name",
    ]

    @Test(arguments: queries)
    func sameResultsWithAndWithoutIndex(_ query: String) throws {
        let plain = try schools()
        let indexed = try schools()
        try indexed.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        #expect(try renderedRows(plain, query).sorted() == renderedRows(indexed, query).sorted())
    }

    @Test func explainShowsIndexSeekOnlyWithIndex() throws {
        let db = try schools()
        let query = "MATCH (s:School {urn: 116110}) RETURN s"
        #expect(firstMatchOperator(try planLines(db, query)) == "NodeByLabelScan #0 :School")
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        #expect(firstMatchOperator(try planLines(db, query)) == "NodeIndexSeek #0 :School(urn)")
    }

    @Test func explainUsesIndexForWhereEqualityAndParameter() throws {
        let db = try schools()
        try db.execute("CREATE INDEX ON :School(urn)")
        #expect(firstMatchOperator(try planLines(db, "MATCH (s:School) WHERE s.urn = $u RETURN s", ["u": 116110]))
                == "NodeIndexSeek #0 :School(urn)")
        // A range predicate seeks the index's values in sort order.
        #expect(firstMatchOperator(try planLines(db, "MATCH (s:School) WHERE s.urn > 5 RETURN s")) == "NodeIndexRangeSeek #0 :School(urn) from")
        // An index on another label or key is not used.
        #expect(firstMatchOperator(try planLines(db, "MATCH (s:School {name: 'Mayfield'}) RETURN s")) == "NodeByLabelScan #0 :School")
    }

    @Test func indexSeekIsPreferredOverSmallerLabel() throws {
        let db = try schools()
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        let lines = try planLines(db, "MATCH (a:Authority)<-[:IN_AUTHORITY]-(s:School {urn: 116110}) RETURN a")
        #expect(firstMatchOperator(lines) == "NodeIndexSeek #2 :School(urn)")
    }

    @Test func createIndexStatistics() throws {
        let db = try schools()
        #expect(try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)").statistics.indexesAdded == 1)
        #expect(try db.execute("CREATE INDEX IF NOT EXISTS FOR (s:School) ON (s.urn)").statistics.indexesAdded == 0)
        #expect(try db.execute("DROP INDEX ON :School(urn)").statistics.indexesRemoved == 1)
        expectError(db, "DROP INDEX ON :School(urn)", kind: .semanticError, code: "IndexNotFound")
        #expect(firstMatchOperator(try planLines(db, "MATCH (s:School {urn: 1}) RETURN s")) == "NodeByLabelScan #0 :School")
    }

    @Test func indexOnLabelCreatedBeforeData() throws {
        let db = Database()
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        try db.execute("CREATE (:School {urn: 1, name: 'A'}), (:School {urn: 2, name: 'B'}), (:Authority {urn: 1})")
        try expectRows(db, "MATCH (s:School {urn: 1}) RETURN s.name", [["A"]])
    }

    /// Applies the same updates to an indexed and a plain database and checks lookups agree after each.
    @Test func indexStaysConsistentThroughUpdates() throws {
        let plain = try schools()
        let indexed = try schools()
        try indexed.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        let updates = [
            "MATCH (s:School {name: 'Mayfield'}) SET s.urn = 200000",
            "CREATE (:School {name: 'New', urn: 116112})",
            "MATCH (s:School {name: 'Oakwood'}) REMOVE s:School",
            "MATCH (s {name: 'Oakwood'}) SET s:School",
            "MATCH (s:School {name: 'Riverside'}) DETACH DELETE s",
            "MATCH (s:School {name: 'Cowplain'}) SET s = {name: 'Cowplain'}",
            "MATCH (s:School {name: 'Cowplain'}) SET s += {urn: 116115}",
            "MATCH (s:School {name: 'Highbury'}) REMOVE s.urn",
            "CREATE (:Nursery {urn: 116110}) WITH 1 AS x MATCH (n:Nursery) SET n:School",
        ]
        let probes = [116110, 116111, 116112, 116113, 116114, 116115, 200000].map {
            "MATCH (s:School {urn: \($0)}) RETURN s.name"
        }
        for update in updates {
            try plain.execute(update)
            try indexed.execute(update)
            for probe in probes {
                #expect(try renderedRows(plain, probe).sorted() == renderedRows(indexed, probe).sorted(), "after \(update): \(probe)")
            }
        }
        #expect(try renderedRows(indexed, "MATCH (s:School {urn: 116110}) RETURN s.name").sorted() == ["'Padnell Junior'", "null"])
    }

    @Test func indexStaysConsistentAfterRollback() throws {
        let db = try schools()
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        expectError(db, """
            MATCH (s:School {urn: 116110}) SET s.urn = 1
            CREATE (:School {urn: 116110, name: 'Ghost'})
            WITH s MATCH (o:School {urn: 116114}) DETACH DELETE o
            WITH count(*) AS c UNWIND [0] AS z RETURN c / z
            """, kind: .arithmeticError)
        try expectRows(db, "MATCH (s:School {urn: 116110}) RETURN s.name", [["Padnell Junior"]])
        try expectRows(db, "MATCH (s:School {urn: 116114}) RETURN s.name", [["Oakwood"]])
        #expect(try db.execute("MATCH (s:School {urn: 1}) RETURN s").rows.isEmpty)
    }
}
