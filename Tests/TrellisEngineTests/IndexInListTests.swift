import Testing
import Trellis

@Suite("Index lookups for IN lists")
struct IndexInListTests {
    func graph(indexed: Bool) throws -> Database {
        let db = Database()
        if indexed { try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)") }
        try db.execute("UNWIND range(1, 50) AS i CREATE (:School {urn: i, name: 'S' + i})")
        try db.execute("CREATE (:School {name: 'no urn'}), (:Other {urn: 3})")
        return db
    }

    @Test(arguments: ["[3, 5, 5, 1.0, null, 99]", "[]", "$urns", "[x IN range(10, 14) | x]"])
    func sameRowsWithAndWithoutTheIndex(_ list: String) throws {
        let query = "MATCH (s:School) WHERE s.urn IN \(list) RETURN s.urn ORDER BY s.urn"
        let parameters: [String: Value] = ["urns": [7, 8, 8, .null]]
        let plain = try graph(indexed: false).execute(query, parameters: parameters).rows
        let indexed = try graph(indexed: true)
        #expect(try indexed.execute(query, parameters: parameters).rows == plain)
        #expect(try indexed.execute("EXPLAIN " + query, parameters: parameters).plan?.contains("NodeIndexSeek #0 :School(urn) IN") == true)
    }

    @Test func aListFromAnEarlierClauseIsLookedUpPerRow() throws {
        let db = try graph(indexed: true)
        let rows = try db.execute("UNWIND [[1, 2], [40]] AS wanted MATCH (s:School) WHERE s.urn IN wanted RETURN size(wanted), count(s) ORDER BY size(wanted)").rows
        #expect(rows == [[1, 1], [2, 2]])
    }
}
