import Testing
import Trellis

@Suite("WHERE")
struct WhereTests {
    @Test func comparisonFilter() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE s.pupils > 1000 RETURN s.name", [["Cowplain"], ["Mayfield"]])
    }

    @Test func missingPropertyIsNullAndFilteredOut() throws {
        let db = try schools()
        // Oakwood has no pupils: `null < 500` is null, not true.
        try expectRows(db, "MATCH (s:School) WHERE s.pupils < 500 RETURN s.name", [["Padnell Junior"], ["Highbury"]])
        try expectRows(db, "MATCH (s:School) WHERE NOT (s.pupils < 500) RETURN s.name",
                       [["Cowplain"], ["Mayfield"], ["Riverside"]])
    }

    @Test func booleanCombinations() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)
            WHERE (s.phase = 'Primary' AND s.pupils > 300) OR s.ofsted = 'Good'
            RETURN s.name
            """, [["Padnell Junior"], ["Riverside"]])
    }

    @Test func isNullAndIsNotNull() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE s.pupils IS NULL RETURN s.name", [["Oakwood"]])
        #expect(try scalar(db, "MATCH (s:School) WHERE s.ofsted IS NOT NULL RETURN s.name") == "Riverside")
    }

    @Test func labelPredicate() throws {
        let db = try database("CREATE (:School:Academy {n: 1}), (:School {n: 2})")
        try expectRows(db, "MATCH (s:School) WHERE s:Academy RETURN s.n", [[1]])
        try expectRows(db, "MATCH (s:School) WHERE NOT s:Academy RETURN s.n", [[2]])
    }

    @Test func patternPredicate() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE (s)-[:SUPPORTS]->() RETURN s.name",
                       [["Padnell Junior"], ["Highbury"], ["Mayfield"]])
        try expectRows(db, "MATCH (s:School) WHERE NOT (s)-[:MEMBER_OF]->() RETURN s.name", [["Oakwood"]])
    }

    @Test func existsSubquery() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (p:Partnership)
            WHERE EXISTS { MATCH (p)<-[:MEMBER_OF]-(s:School) WHERE s.pupils > 1000 }
            RETURN p.name
            """, [["Solent Alliance"], ["Downs Trust"]])
        try expectRows(db, """
            MATCH (p:Partnership)
            WHERE EXISTS { MATCH (p)<-[:MEMBER_OF]-(s:School) WHERE s.pupils < 300 }
            RETURN p.name
            """, [["Solent Alliance"]])
    }

    @Test func whereOnRelationshipProperty() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s)-[m:MEMBER_OF]->(p) WHERE m.since < 2021 RETURN s.name",
                       [["Padnell Junior"], ["Mayfield"]])
    }

    @Test func whereComparingTwoVariables() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (a:School)-[:SUPPORTS]->(b:School) WHERE a.pupils > b.pupils RETURN a.name, b.name
            """, [["Padnell Junior", "Highbury"]])
    }

    @Test func whereWithParameter() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE s.name STARTS WITH $prefix RETURN s.name",
                       [["Mayfield"]], parameters: ["prefix": "May"])
    }

    @Test func nonBooleanWhereIsATypeError() throws {
        let db = try schools()
        // A string is not a predicate: Neo4j reports a type error instead of treating it as false.
        expectError(db, "MATCH (s:School) WHERE s.name RETURN s", kind: .typeError)
    }
}
