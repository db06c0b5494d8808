import Testing
import Trellis

@Suite("Index range seeks")
struct IndexRangeTests {
    static let setup = """
        UNWIND range(-5, 30) AS i CREATE (:School {urn: i});
        CREATE (:School {urn: 2.5}), (:School {urn: 7.0}), (:School {urn: 0.0 / 0.0}), (:School {urn: 'text'}),
               (:School {urn: 'zebra'}), (:School {urn: true}), (:School {urn: [1, 2]}), (:School {name: 'no urn'})
        """

    func graph(indexed: Bool) throws -> Database {
        let db = Database()
        if indexed { try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)") }
        try db.execute(Self.setup)
        return db
    }

    @Test(arguments: [
        "s.urn >= 3 AND s.urn < 10", "s.urn > 2.5 AND s.urn <= 7", "3 <= s.urn AND 10 > s.urn", "s.urn < 0",
        "s.urn >= 25", "s.urn > 'm'", "s.urn >= 'a' AND s.urn < 'u'", "s.urn >= null", "s.urn < $hi",
        "s.urn >= 7.0 AND s.urn <= 7", "s.urn > 100", "s.urn >= -1.5 AND s.urn < 1",
    ])
    func sameRowsWithAndWithoutTheIndex(_ predicate: String) throws {
        let query = "MATCH (s:School) WHERE \(predicate) RETURN s.urn ORDER BY s.urn"
        let parameters: [String: Value] = ["hi": 4]
        let expected = try graph(indexed: false).execute(query, parameters: parameters).rows
        let indexed = try graph(indexed: true)
        #expect(try indexed.execute(query, parameters: parameters).rows == expected)
        #expect(try indexed.execute("EXPLAIN " + query, parameters: parameters).plan?.contains("NodeIndexRangeSeek") == true)
    }

    @Test func rangesFollowChangesToTheIndex() throws {
        let db = try graph(indexed: true)
        let query = "MATCH (s:School) WHERE s.urn >= 40 AND s.urn < 50 RETURN s.urn ORDER BY s.urn"
        #expect(try db.execute(query).rows.isEmpty)
        try db.execute("CREATE (:School {urn: 42}), (:School {urn: 45.5})")
        #expect(try db.execute(query).rows == [[42], [45.5]])
        try db.execute("MATCH (s:School {urn: 42}) SET s.urn = 60")
        #expect(try db.execute(query).rows == [[45.5]])
    }
}
