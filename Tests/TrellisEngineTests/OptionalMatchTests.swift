import Testing
import Trellis

@Suite("OPTIONAL MATCH")
struct OptionalMatchTests {
    @Test func missingMatchYieldsNulls() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)
            OPTIONAL MATCH (s)-[m:MEMBER_OF]->(p:Partnership)
            RETURN s.name, p.name, m.role
            """, [
                ["Padnell Junior", "Solent Alliance", "lead"], ["Mayfield", "Solent Alliance", "member"],
                ["Highbury", "Solent Alliance", "member"], ["Cowplain", "Downs Trust", "lead"],
                ["Riverside", "Downs Trust", "member"], ["Oakwood", nil, nil],
            ])
    }

    @Test func optionalMatchOnEmptyGraphGivesOneNullRow() throws {
        try expectRows(Database(), "OPTIONAL MATCH (n:School) RETURN n", [[nil]])
    }

    @Test func whereBelongsToOptionalMatch() throws {
        let db = try schools()
        // The WHERE filters the optional part only: every school survives.
        try expectRows(db, """
            MATCH (s:School)
            OPTIONAL MATCH (s)-[m:MEMBER_OF]->(p) WHERE m.since >= 2021
            RETURN s.name, p.name
            """, [
                ["Padnell Junior", nil], ["Mayfield", nil], ["Highbury", "Solent Alliance"],
                ["Cowplain", "Downs Trust"], ["Riverside", "Downs Trust"], ["Oakwood", nil],
            ])
    }

    @Test func optionalMatchFromNullVariableYieldsNull() throws {
        let db = try schools()
        try expectRows(db, """
            OPTIONAL MATCH (x:Trust)
            OPTIONAL MATCH (x)-[:MEMBER_OF]->(p)
            RETURN x, p
            """, [[nil, nil]])
    }

    @Test func countIgnoresNullsFromOptionalMatch() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)
            OPTIONAL MATCH (s)-[:SUPPORTS]->(t)
            RETURN s.name, count(t) AS supported
            """, [
                ["Padnell Junior", 1], ["Mayfield", 1], ["Highbury", 1],
                ["Cowplain", 0], ["Riverside", 0], ["Oakwood", 0],
            ])
    }

    @Test func optionalMatchWithMultipleHopsIsAllOrNothing() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {name: 'Cowplain'})
            OPTIONAL MATCH (s)-[:SUPPORTS]->(t)-[:MEMBER_OF]->(p)
            RETURN s.name, t, p
            """, [["Cowplain", nil, nil]])
    }

    @Test func propertyOfNullNodeIsNull() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {name: 'Oakwood'})
            OPTIONAL MATCH (s)-[:MEMBER_OF]->(p)
            RETURN p.name IS NULL, labels(s)
            """, [[true, ["School"]]])
    }
}
