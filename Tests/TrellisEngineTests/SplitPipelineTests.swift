import Testing
import Trellis
import TrellisCore

/// A read-only pipeline over a large input may be split between threads; its pieces are put back
/// together so that every answer is the one a single pass gives: the same groups in the same
/// order, lists in row order, exact sums, the first failing row's error.
@Suite("Pipelines split between threads")
struct SplitPipelineTests {
    /// More nodes than the least input worth splitting.
    static let count = 30_000

    static let db: Database = {
        let db = Database()
        _ = try! db.execute("""
            UNWIND range(0, \(count - 1)) AS i
            CREATE (n:N {i: i, g: i % 7, s: toString((i * 37) % 101), f: toFloat(i % 1000) / 10.0 + 0.1})
            WITH n WHERE n.i % 3 = 0
            CREATE (n)-[:R]->(:M {i: n.i})
            """)
        return db
    }()

    @Test("groups come in the order of their first row, and collect() keeps row order")
    func groupOrderAndCollect() throws {
        let result = try Self.db.execute("MATCH (n:N) RETURN n.g AS g, collect(n.i) AS xs, count(*) AS c")
        #expect(result.rows.map { $0[0] } == (0..<7).map { Value.int(Int64($0)) })
        for row in result.rows {
            guard case .int(let g) = row[0], case .list(let xs) = row[1] else { Issue.record("unexpected row"); continue }
            let wanted = stride(from: Int(g), to: Self.count, by: 7).map { Value.int(Int64($0)) }
            #expect(xs == wanted)
            #expect(row[2] == .int(Int64(wanted.count)))
        }
    }

    @Test("DISTINCT aggregates see each value once per group, in the order values first came")
    func distinctAggregates() throws {
        let result = try Self.db.execute("MATCH (n:N) RETURN n.g AS g, count(DISTINCT n.s) AS c, collect(DISTINCT n.s) AS ss ORDER BY g")
        for row in result.rows {
            guard case .int(let g) = row[0], case .list(let ss) = row[2] else { Issue.record("unexpected row"); continue }
            var seen = Set<String>(), wanted: [Value] = []
            for i in stride(from: Int(g), to: Self.count, by: 7) {
                let s = String((i * 37) % 101)
                if seen.insert(s).inserted { wanted.append(.string(s)) }
            }
            #expect(ss == wanted)
            #expect(row[1] == .int(Int64(wanted.count)))
        }
    }

    @Test("float sums and averages do not depend on how the rows were cut or ordered")
    func exactSums() throws {
        let forward = try Self.db.execute("MATCH (n:N) RETURN n.g AS g, sum(n.f) AS s, avg(n.f) AS a ORDER BY g").rows
        let backward = try Self.db.execute("MATCH (n:N) WITH n ORDER BY n.i DESC RETURN n.g AS g, sum(n.f) AS s, avg(n.f) AS a ORDER BY g").rows
        #expect(forward == backward)
        #expect(forward.count == 7)
    }

    @Test("min and max over mixed numbers, and OPTIONAL MATCH, agree with a count by hand")
    func extremesAndOptional() throws {
        let row = try Self.db.execute("MATCH (n:N) RETURN min(n.f) AS lo, max(n.i) AS hi, sum(n.i) AS total").rows[0]
        #expect(row == [.float(0.1), .int(Int64(Self.count - 1)), .int(Int64(Self.count * (Self.count - 1) / 2))])
        let rows = try Self.db.execute("""
            MATCH (n:N) OPTIONAL MATCH (n)-[:R]->(m:M) WITH n, count(m) AS k RETURN k, count(*) AS nodes ORDER BY k
            """).rows
        let withOne = (Self.count + 2) / 3
        #expect(rows == [[.int(0), .int(Int64(Self.count - withOne))], [.int(1), .int(Int64(withOne))]])
    }

    @Test("the error is the first failing row's, wherever the input was cut")
    func firstError() {
        // Row 25,000 would fail with a string, row 3,000 (earlier) with a boolean.
        let error = expectError(Self.db, """
            MATCH (n:N) RETURN n.g AS g, sum(CASE n.i WHEN 25000 THEN 'late' WHEN 3000 THEN true ELSE 1 END) AS s
            """, kind: .typeError)
        #expect(error?.message.contains("BOOLEAN") == true, "\(String(describing: error))")
    }

    @Test("rows collected for a sort keep their order: ties stay in input order")
    func collectedRowsKeepOrder() throws {
        let rows = try Self.db.execute("MATCH (n:N) WHERE n.i >= 10 RETURN n.i AS i SKIP 5 LIMIT 3").rows
        #expect(rows == [[.int(15)], [.int(16)], [.int(17)]])
        let sorted = try Self.db.execute("MATCH (n:N) RETURN n.i AS i ORDER BY n.g SKIP 2 LIMIT 3").rows
        #expect(sorted == [[.int(14)], [.int(21)], [.int(28)]])
    }

    @Test("UNWIND of a large range or list is cut into pieces and put back in order")
    func unwindSources() throws {
        let db = Database()
        let ranged = try db.execute("UNWIND range(5, 40004, 2) AS i WITH i WHERE i % 3 = 0 RETURN count(*) AS c, collect(i)[0..3] AS first, sum(i) AS total").rows
        let kept = stride(from: 5, through: 40_004, by: 2).filter { $0 % 3 == 0 }
        let firstThree: [Value] = kept.prefix(3).map { .int(Int64($0)) }
        let wantedRow: [Value] = [.int(Int64(kept.count)), .list(firstThree), .int(Int64(kept.reduce(0, +)))]
        #expect(ranged == [wantedRow])
        let list: [Value] = (0..<20_000).map { .int(Int64($0 * 3 % 1000)) }
        let grouped = try db.execute("UNWIND $xs AS x RETURN x % 10 AS d, collect(x) AS xs", parameters: ["xs": .list(list)]).rows
        var digits: [Value] = []
        for i in 0..<20_000 where !digits.contains(.int(Int64(i * 3 % 1000 % 10))) { digits.append(.int(Int64(i * 3 % 1000 % 10))) }
        let keys: [Value] = grouped.map { $0[0] }
        #expect(keys == digits)
        for row in grouped {
            guard case .int(let d) = row[0] else { continue }
            let wanted = list.filter { v in
                if case .int(let x) = v { return x % 10 == d }
                return false
            }
            #expect(row[1] == .list(wanted))
        }
    }

    @Test("a cycle closed by a hash join from a short scan that fans out: one table, every piece reads it")
    func hashJoinFromShortScan() throws {
        let hubs = 24, leaves = 6_000, topics = 30
        let db = Database()
        _ = try db.execute("UNWIND range(0, $n - 1) AS i CREATE (:Hub {i: i})", parameters: ["n": .int(Int64(hubs))])
        _ = try db.execute("UNWIND range(0, $n - 1) AS i CREATE (:Topic {i: i})", parameters: ["n": .int(Int64(topics))])
        _ = try db.execute("""
            UNWIND range(0, $n - 1) AS i
            MATCH (h:Hub {i: i % $hubs}), (t:Topic {i: i % $topics})
            CREATE (x:Leaf {i: i})-[:IN]->(h), (x)-[:LIKES]->(t)
            """, parameters: ["n": .int(Int64(leaves)), "hubs": .int(Int64(hubs)), "topics": .int(Int64(topics))])
        _ = try db.execute("""
            MATCH (x:Leaf) WHERE x.i % $topics <> (x.i * 7) % $topics
            MATCH (u:Topic {i: (x.i * 7) % $topics})
            CREATE (x)-[:LIKES]->(u)
            """, parameters: ["topics": .int(Int64(topics))])
        let query = """
            MATCH (h:Hub)<-[:IN]-(x:Leaf)-[:LIKES]->(t:Topic)<-[:LIKES]-(y:Leaf)-[:IN]->(h)
            WHERE x.i < y.i
            RETURN h.i AS h, count(*) AS pairs, sum(x.i) AS total
            ORDER BY h
            """
        #expect(try db.execute("EXPLAIN " + query).plan?.contains("HashJoin") == true)
        // By hand: the leaves of each hub that like each topic, and the pairs among them.
        var liking = [[Int]](repeating: [], count: hubs * topics)
        for i in 0..<leaves {
            for t in Set([i % topics, (i * 7) % topics]) { liking[(i % hubs) * topics + t].append(i) }
        }
        var wanted: [[Value]] = []
        for h in 0..<hubs {
            var pairs = 0, total = 0
            for t in 0..<topics {
                let xs = liking[h * topics + t]
                for (k, x) in xs.enumerated() {
                    pairs += xs.count - k - 1
                    total += x * (xs.count - k - 1)
                }
            }
            wanted.append([.int(Int64(h)), .int(Int64(pairs)), .int(Int64(total))])
        }
        #expect(try db.execute(query).rows == wanted)
    }
}
