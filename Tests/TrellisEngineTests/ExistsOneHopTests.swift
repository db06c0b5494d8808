import Testing
import Trellis

/// `EXISTS { MATCH (s)-[:T]->(:L) }` is answered from the adjacency lists; every shape must answer
/// as the general plan does (forced here by a WHERE that holds for every node).
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

    @Test func nullAndMissingNodesMatchNothing() throws {
        #expect(try db.execute("OPTIONAL MATCH (s:Nothing) RETURN EXISTS { MATCH (s)-[:M]->() } AS e").rows == [[false]])
        let answers = try db.execute("MATCH (s:S) WHERE NOT EXISTS { MATCH (s)-[:M]->(:P) } RETURN s.n ORDER BY s.n").rows
        #expect(answers == [["b"], ["c"], ["d"], ["e"], ["f"]])
    }
}
