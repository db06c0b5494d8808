import Testing
import Trellis

@Suite("UNWIND")
struct UnwindTests {
    @Test func unwindsListIntoRows() throws {
        try expectRows(Database(), "UNWIND [3, 1, 2] AS x RETURN x", [[3], [1], [2]], ordered: true)
    }

    @Test func emptyListProducesNoRows() throws {
        #expect(try Database().execute("UNWIND [] AS x RETURN x").rows.isEmpty)
    }

    @Test func nullProducesNoRows() throws {
        #expect(try Database().execute("UNWIND null AS x RETURN x").rows.isEmpty)
    }

    @Test func nonListValueIsASingleRow() throws {
        try expectRows(Database(), "UNWIND 5 AS x RETURN x", [[5]])
    }

    @Test func nestedUnwindMultipliesRows() throws {
        try expectRows(Database(), "UNWIND [1, 2] AS x UNWIND ['a', 'b'] AS y RETURN x, y",
                       [[1, "a"], [1, "b"], [2, "a"], [2, "b"]], ordered: true)
    }

    @Test func unwindOfNestedListsKeepsInnerLists() throws {
        try expectRows(Database(), "UNWIND [[1, 2], [], [3]] AS x RETURN x", [[[1, 2]], [[]], [[3]]], ordered: true)
    }

    @Test func unwindParameterToCreateNodes() throws {
        let db = Database()
        let r = try db.execute("UNWIND $rows AS row CREATE (:School {name: row.name, urn: row.urn})",
                               parameters: ["rows": [["name": "A", "urn": 1], ["name": "B", "urn": 2]]])
        #expect(r.statistics.nodesCreated == 2)
        #expect(r.statistics.propertiesSet == 4)
        try expectRows(db, "MATCH (s:School) RETURN s.name, s.urn", [["A", 1], ["B", 2]])
    }

    @Test func unwindCollectedValuesRoundTrips() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (a:Authority) WITH a, collect(a.code) AS codes UNWIND codes AS c RETURN a.name, c
            """, [["Portsmouth", 851], ["Hampshire", 850]])
    }

    @Test func unwindVariableAlreadyBoundIsRejected() {
        expectError(Database(), "WITH 1 AS x UNWIND [1] AS x RETURN x", kind: .syntaxError, code: "VariableAlreadyBound")
    }
}
