import Testing
import Trellis

@Suite("ORDER BY, SKIP and LIMIT")
struct OrderBySkipLimitTests {
    @Test func ascendingIsDefault() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE s.pupils IS NOT NULL RETURN s.pupils ORDER BY s.pupils",
                       [[210], [360], [900], [1200], [1500]], ordered: true)
    }

    @Test func descending() throws {
        let db = try schools()
        try expectRows(db, "MATCH (a:Authority) RETURN a.name ORDER BY a.name DESC", [["Portsmouth"], ["Hampshire"]], ordered: true)
    }

    @Test func nullsSortLastAscending() throws {
        try expectRows(Database(), "UNWIND [2, null, 1, 3] AS x RETURN x ORDER BY x",
                       [[1], [2], [3], [nil]], ordered: true)
    }

    @Test func nullsSortFirstDescending() throws {
        try expectRows(Database(), "UNWIND [2, null, 1, 3] AS x RETURN x ORDER BY x DESC",
                       [[nil], [3], [2], [1]], ordered: true)
    }

    @Test func schoolsWithoutPupilsSortLast() throws {
        let db = try schools()
        let names = try renderedRows(db, "MATCH (s:School) RETURN s.name ORDER BY s.pupils ASC")
        #expect(names.last == "'Oakwood'")
        #expect(names.first == "'Highbury'")
    }

    @Test func multipleSortKeys() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN s.phase, s.name ORDER BY s.phase DESC, s.name", [
            ["Secondary", "Cowplain"], ["Secondary", "Mayfield"], ["Secondary", "Riverside"],
            ["Primary", "Highbury"], ["Primary", "Oakwood"], ["Primary", "Padnell Junior"],
        ], ordered: true)
    }

    @Test func orderByAlias() throws {
        try expectRows(Database(), "UNWIND [1, 3, 2] AS x RETURN x * -1 AS y ORDER BY y", [[-3], [-2], [-1]], ordered: true)
    }

    @Test func orderByVariableNotReturned() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE s.pupils > 500 RETURN s.name ORDER BY s.pupils DESC",
                       [["Mayfield"], ["Cowplain"], ["Riverside"]], ordered: true)
    }

    @Test func mixedTypesFollowGlobalSortOrder() throws {
        try expectRows(Database(), "UNWIND [1, 'a', true, null, [1], 2.5] AS x RETURN x ORDER BY x",
                       [[[1]], ["a"], [true], [1], [2.5], [nil]], ordered: true)
    }

    @Test func integersAndFloatsSortNumerically() throws {
        try expectRows(Database(), "UNWIND [2, 1.5, -1, 0.0] AS x RETURN x ORDER BY x",
                       [[-1], [0.0], [1.5], [2]], ordered: true)
    }

    @Test func skipAndLimit() throws {
        try expectRows(Database(), "UNWIND range(1, 10) AS x RETURN x ORDER BY x SKIP 3 LIMIT 2", [[4], [5]], ordered: true)
    }

    @Test func limitZeroReturnsNothing() throws {
        #expect(try Database().execute("UNWIND [1, 2] AS x RETURN x LIMIT 0").rows.isEmpty)
    }

    @Test func skipBeyondEndReturnsNothing() throws {
        #expect(try Database().execute("UNWIND [1, 2] AS x RETURN x SKIP 5").rows.isEmpty)
    }

    @Test func skipAndLimitFromParameters() throws {
        try expectRows(Database(), "UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP $s LIMIT $l",
                       [[8], [7], [6]], ordered: true, parameters: ["s": 2, "l": 3])
    }

    @Test func negativeLimitIsAnError() {
        expectError(Database(), "UNWIND [1] AS x RETURN x LIMIT -1", kind: .syntaxError, code: "NegativeIntegerArgument")
    }

    @Test func floatSkipIsAnError() {
        expectError(Database(), "UNWIND [1] AS x RETURN x SKIP 1.5", kind: .syntaxError, code: "InvalidArgumentType")
    }

    @Test func orderByAfterDistinctUsesProjectedValue() throws {
        try expectRows(Database(), "UNWIND [3, 1, 3, 2] AS x RETURN DISTINCT x ORDER BY x DESC", [[3], [2], [1]], ordered: true)
    }

    @Test func orderByAggregate() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(p) RETURN p.name, count(*) AS n ORDER BY n DESC
            """, [["Solent Alliance", 3], ["Downs Trust", 2]], ordered: true)
    }
}
