import Testing
import Trellis

@Suite("RETURN")
struct ReturnTests {
    @Test func columnNamesFollowExpressionText() throws {
        let db = try schools()
        let result = try db.execute("MATCH (a:Authority {code: 851}) RETURN a.name, a.code + 1, 'x'")
        #expect(result.columns == ["a.name", "a.code + 1", "'x'"])
        #expect(result.rows.map { render(row: $0) } == ["'Portsmouth' | 852 | 'x'"])
    }

    @Test func aliasesNameColumns() throws {
        let db = try schools()
        let result = try db.execute("MATCH (a:Authority {code: 851}) RETURN a.name AS authority, a.code AS code")
        #expect(result.columns == ["authority", "code"])
        #expect(result.rows.map { render(row: $0) } == ["'Portsmouth' | 851"])
    }

    @Test func distinctRemovesDuplicateRows() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN DISTINCT s.phase", [["Primary"], ["Secondary"]])
    }

    @Test func distinctTreatsNullsAsEqualAndIntegersEqualToFloats() throws {
        try expectRows(Database(), "UNWIND [null, 1, 1.0, null, 'a', 'a'] AS x RETURN DISTINCT x", [[nil], [1], ["a"]])
    }

    @Test func distinctOverMultipleColumns() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School)-[:IN_AUTHORITY]->(a) RETURN DISTINCT a.name, s.phase", [
            ["Portsmouth", "Primary"], ["Portsmouth", "Secondary"], ["Hampshire", "Primary"], ["Hampshire", "Secondary"],
        ])
    }

    @Test func returnStarReturnsVariablesInNameOrder() throws {
        let db = try schools()
        let result = try db.execute("MATCH (s:School {name: 'Oakwood'})-[r:IN_AUTHORITY]->(a) RETURN *")
        #expect(result.columns == ["a", "r", "s"])
        #expect(result.rows.count == 1)
    }

    @Test func returnStarWithExtraItem() throws {
        let result = try Database().execute("WITH 1 AS b, 2 AS a RETURN *, a + b AS total")
        #expect(result.columns == ["a", "b", "total"])
        #expect(result.rows.map { render(row: $0) } == ["2 | 1 | 3"])
    }

    @Test func returnStarWithoutVariablesIsAnError() {
        expectError(Database(), "MATCH () RETURN *", kind: .syntaxError, code: "NoVariablesInScope")
    }

    @Test func returnWithoutMatchEvaluatesOnce() throws {
        try expectRows(Database(), "RETURN 1 + 2 AS three, 'trellis' AS name", [[3, "trellis"]])
    }

    @Test func duplicateColumnNamesAreRejected() {
        expectError(Database(), "RETURN 1 AS a, 2 AS a", kind: .syntaxError, code: "ColumnNameConflict")
    }

    @Test func returnsWholeMapsAndLists() throws {
        try expectRows(Database(), "RETURN {name: 'Oakwood', urns: [1, 2]} AS m", [[["name": "Oakwood", "urns": [1, 2]]]])
    }

    @Test func updateOnlyQueryReturnsNoRowsOrColumns() throws {
        let result = try Database().execute("CREATE (:School {name: 'New'})")
        #expect(result.rows.isEmpty)
        #expect(result.columns.isEmpty)
        #expect(result.statistics.nodesCreated == 1)
    }
}
