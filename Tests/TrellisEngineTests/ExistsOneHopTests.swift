import Testing
import Trellis

/// `EXISTS { MATCH (s)-[:T]->(:L) }` of one hop, which stops at its first match, answers for every
/// shape as the same test with a WHERE that holds for every node (a plan with one more operator).
@Suite("EXISTS of one hop")
struct ExistsOneHopTests {
    let db: Database

    init() throws {
        db = Database()
        try db.execute("""
            CREATE (a:S {n: 'a'})-[:M]->(:P {n: 'p1'}),
                   (b:S {n: 'b'})-[:M]->(:Q {n: 'q1'}),
                   (c:S {n: 'c'})<-[:M]-(:P {n: 'p2'}),
                   (d:S {n: 'd'})-[:M]->(d),
                   (e:S {n: 'e'})-[:OTHER]->(:P:Q {n: 'pq'}),
                   (:S {n: 'f'})
            """)
        try db.execute("MATCH (x {n: 'q1'}) DETACH DELETE x")
    }

    static let shapes = [
        "(s)-[:M]->(:P)", "(s)<-[:M]-(:P)", "(s)-[:M]-(:P)", "(s)-[:M]->()", "(s)-[:M]-()", "(s)--()",
        "(s)-->(:P)", "(s)-->(:P:Q)", "(s)-[:M|OTHER]->(:P)", "(s)-[:M]->(:S)", "(s)<-[:M]-(:S)", "(s)-[:M]-(:S)",
        "(s)-[:MISSING]->()", "(s)-[:M]->(:Missing)",
    ]

    @Test(arguments: shapes)
    func answersAsTheGeneralPlan(shape: String) throws {
        let fast = try db.execute("MATCH (s:S) RETURN s.n AS n, EXISTS { MATCH \(shape) } AS e ORDER BY n").rows
        let general = try db.execute("MATCH (s:S) RETURN s.n AS n, EXISTS { MATCH \(shape) WHERE s.n IS NOT NULL } AS e ORDER BY n").rows
        #expect(fast == general)
        #expect(fast.count == 6)
    }

    /// A hop from a variable bound before (checked by the hop itself, outside PROFILE) fails on a
    /// value that is neither a node nor null, at the variable, in EXISTS and in MATCH alike.
    @Test func argumentsThatAreNotNodesAreErrors() throws {
        for query in ["MATCH (x:S {n: 'a'}) UNWIND [x, 1] AS s RETURN EXISTS { MATCH (s)-[:M]->(:P) } AS e",
                      "MATCH (x:S {n: 'a'}) UNWIND [x, 1] AS s MATCH (s)-[:M]->(p:P) RETURN p.n",
                      "MATCH (x:S {n: 'a'}) UNWIND [x, 1] AS s MATCH (s)-[:M {w: 1}]->(p) RETURN p.n",
                      "PROFILE MATCH (x:S {n: 'a'}) UNWIND [x, 1] AS s MATCH (s)-[:M]->(p:P) RETURN p.n"] {
            let error = expectError(db, query, kind: .typeError, code: "InvalidArgumentType")
            let column = query.range(of: "(s)").map { query.distance(from: query.startIndex, to: $0.lowerBound) + 1 }
            #expect(error?.range?.start.column == column, "\(query)")
        }
        let found = try db.execute("MATCH (x:S {n: 'a'}) UNWIND [x, null] AS s RETURN EXISTS { MATCH (s)-[:M]->(:P) } AS e").rows
        #expect(found == [[true], [false]])
    }

    @Test func nullAndMissingNodesMatchNothing() throws {
        #expect(try db.execute("OPTIONAL MATCH (s:Nothing) RETURN EXISTS { MATCH (s)-[:M]->() } AS e").rows == [[false]])
        let answers = try db.execute("MATCH (s:S) WHERE NOT EXISTS { MATCH (s)-[:M]->(:P) } RETURN s.n ORDER BY s.n").rows
        #expect(answers == [["b"], ["c"], ["d"], ["e"], ["f"]])
    }
}
