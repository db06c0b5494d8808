import Testing
import Trellis

@Suite("WITH")
struct WithTests {
    @Test func withChainsProjections() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School) WITH s.name AS name, s.pupils AS pupils WHERE pupils >= 900
            RETURN name
            """, [["Cowplain"], ["Mayfield"], ["Riverside"]])
    }

    @Test func withHidesVariablesNotCarried() {
        expectError(Database(), "WITH 1 AS a, 2 AS b WITH a RETURN b", kind: .syntaxError, code: "UndefinedVariable")
    }

    @Test func withAggregationThenFilterLikeHaving() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(p:Partnership)
            WITH p, count(s) AS members WHERE members > 2
            RETURN p.name, members
            """, [["Solent Alliance", 3]])
    }

    @Test func withOrderByLimitThenMatch() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School) WHERE s.pupils IS NOT NULL
            WITH s ORDER BY s.pupils DESC LIMIT 2
            MATCH (s)-[:IN_AUTHORITY]->(a)
            RETURN s.name, a.name
            """, [["Mayfield", "Portsmouth"], ["Cowplain", "Hampshire"]])
    }

    @Test func withDistinct() throws {
        let db = try schools()
        #expect(try scalar(db, "MATCH (s:School) WITH DISTINCT s.phase AS phase RETURN count(*)") == 2)
    }

    @Test func withStarCarriesEverything() throws {
        try expectRows(Database(), "WITH 1 AS a, 'x' AS b WITH *, a + 1 AS c RETURN a, b, c", [[1, "x", 2]])
    }

    @Test func withRenamesVariables() throws {
        let db = try schools()
        try expectRows(db, "MATCH (a:Authority {code: 850}) WITH a AS authority RETURN authority.name", [["Hampshire"]])
    }

    @Test func withWhereSeesOnlyProjectedNamesAfterAggregation() {
        expectError(Database(), "UNWIND [1, 2] AS x WITH count(x) AS c WHERE x > 1 RETURN c",
                    kind: .syntaxError, code: "UndefinedVariable")
    }

    @Test func withoutAliasIsRejected() {
        expectError(Database(), "WITH 1 + 1 RETURN 1", kind: .syntaxError, code: "NoExpressionAlias", line: 1, column: 6)
    }
}
