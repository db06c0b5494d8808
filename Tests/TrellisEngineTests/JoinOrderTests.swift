import Testing
import Trellis

/// Cyclic and multi-part patterns, whatever join order and operators the planner picks, match
/// exactly what a brute-force enumeration of the same pattern finds (every relationship at most
/// once per match), on a graph made so that hash joins are worth choosing.
@Suite("Join order") struct JoinOrderTests {
    /// One relationship of the pattern: variable names of its ends, its type, and whether it is directed.
    struct Hop {
        var from: String
        var type: String
        var to: String
        var directed = true
    }

    struct Edge {
        var id: Int
        var type: String
        var from: Int
        var to: Int
    }

    /// 40 :A and 40 :B nodes; R from A to B, S from B to A, T between As (loops included), each
    /// with a pseudo-random choice of ends.
    static func graph() throws -> (Database, labels: [Int: String], edges: [Edge]) {
        var seed: UInt64 = 12345
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var rels: [(String, String, Int, String, Int)] = []
        for _ in 0..<120 { rels.append(("R", "A", next(40), "B", next(40))) }
        for _ in 0..<120 { rels.append(("S", "B", next(40), "A", next(40))) }
        for _ in 0..<100 { rels.append(("T", "A", next(40), "A", next(40))) }
        // One CREATE per type (types cannot be parameters).
        let db = Database()
        try db.execute("UNWIND range(0, 39) AS i CREATE (:A {i: i}), (:B {i: i})")
        for type in ["R", "S", "T"] {
            let mine = rels.filter { $0.0 == type }.map { "[\($0.2), \($0.4)]" }.joined(separator: ", ")
            try db.execute("""
                UNWIND [\(mine)] AS r
                MATCH (x:\(type == "S" ? "B" : "A") {i: r[0]}), (y:\(type == "R" ? "B" : "A") {i: r[1]})
                CREATE (x)-[:\(type)]->(y)
                """)
        }
        var labels: [Int: String] = [:]
        for row in try db.execute("MATCH (n) RETURN id(n), labels(n)[0]").rows {
            guard case .int(let id) = row[0], case .string(let label) = row[1] else { continue }
            labels[Int(id)] = label
        }
        var edges: [Edge] = []
        for row in try db.execute("MATCH (x)-[r]->(y) RETURN id(r), type(r), id(x), id(y)").rows {
            guard case .int(let id) = row[0], case .string(let type) = row[1], case .int(let x) = row[2], case .int(let y) = row[3] else { continue }
            edges.append(Edge(id: Int(id), type: type, from: Int(x), to: Int(y)))
        }
        return (db, labels, edges)
    }

    /// The matches of `hops` (with the labels of `nodeLabels`), counted by enumeration.
    static func bruteForce(_ hops: [Hop], _ nodeLabels: [String: String], labels: [Int: String], edges: [Edge],
                           accept: ([String: Int]) -> Bool = { _ in true }) -> Int {
        var count = 0
        var binding: [String: Int] = [:]
        var used = Set<Int>()
        func go(_ k: Int) {
            if k == hops.count {
                if accept(binding) { count += 1 }
                return
            }
            let hop = hops[k]
            for e in edges where e.type == hop.type && !used.contains(e.id) {
                let orientations = hop.directed ? [(e.from, e.to)] : (e.from == e.to ? [(e.from, e.to)] : [(e.from, e.to), (e.to, e.from)])
                for (x, y) in orientations {
                    let saved = binding
                    var ok = true
                    for (name, node) in [(hop.from, x), (hop.to, y)] {
                        if let label = nodeLabels[name], labels[node] != label { ok = false }
                        if let bound = binding[name], bound != node { ok = false }
                        binding[name] = node
                    }
                    if ok {
                        used.insert(e.id)
                        go(k + 1)
                        used.remove(e.id)
                    }
                    binding = saved
                }
            }
        }
        go(0)
        return count
    }

    static func count(_ db: Database, _ query: String) throws -> Int {
        guard case .int(let n) = try db.execute(query).rows.first?.first else { return -1 }
        return Int(n)
    }

    @Test func cyclesMatchWhatEnumerationFinds() throws {
        let (db, labels, edges) = try Self.graph()
        let cases: [(query: String, hops: [Hop], nodeLabels: [String: String])] = [
            ("MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A)-[:T]->(a) RETURN count(*)",
             [Hop(from: "a", type: "R", to: "b"), Hop(from: "b", type: "S", to: "c"), Hop(from: "c", type: "T", to: "a")],
             ["a": "A", "b": "B", "c": "A"]),
            // Undirected, one type: each relationship at most once per match.
            ("MATCH (a:A)-[:T]-(b:A)-[:T]-(c:A)-[:T]-(a) RETURN count(*)",
             [Hop(from: "a", type: "T", to: "b", directed: false), Hop(from: "b", type: "T", to: "c", directed: false),
              Hop(from: "c", type: "T", to: "a", directed: false)],
             ["a": "A", "b": "A", "c": "A"]),
            // Two nodes shared by the two halves of a cycle of four.
            ("MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A), (a)-[:T]->(d:A)-[:T]->(c) RETURN count(*)",
             [Hop(from: "a", type: "R", to: "b"), Hop(from: "b", type: "S", to: "c"), Hop(from: "a", type: "T", to: "d"),
              Hop(from: "d", type: "T", to: "c")],
             ["a": "A", "b": "B", "c": "A", "d": "A"]),
            // A cycle of five over both labels.
            ("MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A)-[:R]->(d:B)-[:S]->(e:A)-[:T]->(a) RETURN count(*)",
             [Hop(from: "a", type: "R", to: "b"), Hop(from: "b", type: "S", to: "c"), Hop(from: "c", type: "R", to: "d"),
              Hop(from: "d", type: "S", to: "e"), Hop(from: "e", type: "T", to: "a")],
             ["a": "A", "b": "B", "c": "A", "d": "B", "e": "A"]),
        ]
        for c in cases {
            let expected = Self.bruteForce(c.hops, c.nodeLabels, labels: labels, edges: edges)
            #expect(try Self.count(db, c.query) == expected, "\(c.query)")
        }
    }

    /// The planner does choose a hash join for a cycle whose open path would be much larger than
    /// its two halves, and EXPLAIN shows the build side under it.
    @Test func aLongCycleIsJoinedNotEnumerated() throws {
        let (db, _, _) = try Self.graph()
        let lines = try planLines(db, "MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A)-[:R]->(d:B)-[:S]->(e:A)-[:T]->(a) RETURN count(*)")
        #expect(lines.contains { $0.hasPrefix("HashJoin") })
        #expect(lines.contains { $0.hasPrefix("|") })
    }

    /// A build side that reads a variable of the incoming row is built again for each row, and
    /// one that reads none is built once, with the same answers.
    @Test func buildSidesFollowTheIncomingRow() throws {
        let (db, labels, edges) = try Self.graph()
        let hops = [Hop(from: "a", type: "R", to: "b"), Hop(from: "b", type: "S", to: "c"), Hop(from: "c", type: "R", to: "d"),
                    Hop(from: "d", type: "S", to: "e"), Hop(from: "e", type: "T", to: "a")]
        let nodeLabels = ["a": "A", "b": "B", "c": "A", "d": "B", "e": "A"]
        var ids: [Int: Int] = [:]
        for row in try db.execute("MATCH (n) RETURN id(n), n.i").rows {
            if case .int(let id) = row[0], case .int(let i) = row[1] { ids[Int(id)] = Int(i) }
        }
        let rows = try db.execute("""
            UNWIND [3, 17, 29] AS k
            MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A)-[:R]->(d:B)-[:S]->(e:A)-[:T]->(a)
            WHERE c.i <> k AND d.i <> k
            RETURN k, count(*) ORDER BY k
            """).rows
        let got = rows.compactMap { row -> (Int, Int)? in
            guard case .int(let k) = row[0], case .int(let n) = row[1] else { return nil }
            return (Int(k), Int(n))
        }
        let expected = [3, 17, 29].map { k in
            (k, Self.bruteForce(hops, nodeLabels, labels: labels, edges: edges) { b in ids[b["c"]!] != k && ids[b["d"]!] != k })
        }.filter { $0.1 > 0 }
        #expect(got.map(\.0) == expected.map(\.0))
        #expect(got.map(\.1) == expected.map(\.1))
    }

    /// A pattern far beyond the exhaustive search's size is planned greedily, at once.
    @Test func longPatternsArePlannedQuickly() throws {
        let db = Database()
        try db.execute("CREATE (:A {i: 0})-[:T]->(:A {i: 1})")
        let hops = (0..<300).map { "-[:T]-(n\($0))" }.joined()
        let lines = try planLines(db, "MATCH (a:A)\(hops) RETURN count(*)")
        #expect(lines.filter { $0.hasPrefix("Expand") }.count == 300)
    }

    /// Nodes bound by an earlier clause have no label in the pattern: expanding from them is
    /// judged by the relationships per node that has any (the graph's statistics), so a pattern
    /// leaves a bound area through its few members' partnerships, not through the many schools
    /// strong in it.
    @Test func boundNodesWithoutLabelsAreJudgedByTheirRelationships() throws {
        let db = try database("""
            UNWIND range(1, 4) AS i CREATE (:Area {i: i})
            """)
        try db.execute("""
            UNWIND range(1, 400) AS i
            MATCH (a:Area {i: i % 4 + 1})
            CREATE (s:School {urn: i})-[:NEEDS]->(a), (s)-[:STRENGTH]->(a)
            """)
        try db.execute("""
            UNWIND range(1, 100) AS p
            CREATE (q:Partnership {id: p})
            WITH q, p
            MATCH (s:School) WHERE s.urn IN [p, p + 100]
            CREATE (s)-[:MEMBER_OF]->(q)
            """)
        let query = """
            MATCH (s:School)-[:NEEDS]->(a:Area) WITH s, a
            MATCH (s)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(t:School)-[:STRENGTH]->(a) RETURN count(*)
            """
        let lines = try planLines(db, query)
        #expect(!lines.contains { $0.hasPrefix("Expand ") && $0.contains("<-[:STRENGTH]") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ExpandInto") && $0.contains("[:STRENGTH]") }, "\(lines)")
    }
}
