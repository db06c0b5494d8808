import Testing
import Trellis

@Suite("UNION")
struct UnionTests {
    @Test func unionRemovesDuplicates() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {phase: 'Primary'}) RETURN s.phase AS x
            UNION
            MATCH (s:School {name: 'Oakwood'}) RETURN s.phase AS x
            """, [["Primary"]])
    }

    @Test func unionAllKeepsDuplicates() throws {
        try expectRows(Database(), "RETURN 1 AS x UNION ALL RETURN 1 AS x UNION ALL RETURN 2 AS x", [[1], [1], [2]])
    }

    @Test func unionAlsoRemovesDuplicatesWithinOnePart() throws {
        try expectRows(Database(), "UNWIND [1, 1, 2] AS x RETURN x UNION RETURN 3 AS x", [[1], [2], [3]])
    }

    @Test func unionCombinesDifferentLabels() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (a:Authority) RETURN a.name AS name
            UNION
            MATCH (p:Partnership) RETURN p.name AS name
            """, [["Portsmouth"], ["Hampshire"], ["Solent Alliance"], ["Downs Trust"]])
    }

    @Test func columnsMustMatch() {
        expectError(Database(), "RETURN 1 AS a UNION RETURN 2 AS b", kind: .syntaxError, code: "DifferentColumnsInUnion")
    }

    @Test func unionAndUnionAllCannotBeMixed() {
        expectError(Database(), "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a",
                    kind: .syntaxError, code: "InvalidClauseComposition")
    }

    @Test func unionColumnsAreThoseOfTheFirstPart() throws {
        let result = try Database().execute("RETURN 1 AS n UNION ALL RETURN 2 AS n")
        #expect(result.columns == ["n"])
    }
}
