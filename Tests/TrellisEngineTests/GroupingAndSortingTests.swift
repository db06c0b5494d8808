import Testing
import Trellis
import TrellisCore

/// Grouping keyed by one node's properties, DISTINCT aggregates over many values per group and
/// sorting by strings that share long prefixes, each checked against answers computed here.
@Suite("Grouping and sorting")
struct GroupingAndSortingTests {
    /// Owners, some with the same code and name as another: their rows belong in one group.
    static let db: Database = {
        let db = Database()
        _ = try! db.execute("""
            UNWIND range(0, 59) AS o
            CREATE (:Owner {i: o, code: 'C' + toString(o % 40), name: 'Owner number ' + toString(o % 40)})
            """)
        _ = try! db.execute("""
            MATCH (o:Owner)
            UNWIND range(0, 29) AS k
            CREATE (o)-[:HAS]->(:Item {v: (o.i * 7 + k * 3) % 50, w: CASE k % 3 WHEN 0 THEN 1 WHEN 1 THEN 1.0 ELSE 2 END})
            """)
        return db
    }()

    /// The expected (code, name) groups: owners `o` and `o + 40` share one.
    static func expectedItems(code: Int) -> [Int] {
        [code, code + 40].filter { $0 < 60 }.flatMap { o in (0..<30).map { k in (o * 7 + k * 3) % 50 } }
    }

    @Test("rows of different nodes with the same key properties form one group")
    func keysOfOneNode() throws {
        let result = try Self.db.execute("""
            MATCH (o:Owner)-[:HAS]->(i:Item)
            RETURN o.code AS code, o.name AS name, count(*) AS items, count(DISTINCT i.v) AS values
            ORDER BY code
            """)
        #expect(result.rows.count == 40)
        for row in result.rows {
            guard case .string(let code) = row[0], let c = Int(code.dropFirst()) else { Issue.record("unexpected row"); continue }
            let items = Self.expectedItems(code: c)
            #expect(row[1] == .string("Owner number \(c)"))
            #expect(row[2] == .int(Int64(items.count)))
            #expect(row[3] == .int(Int64(Set(items).count)))
        }
    }

    @Test("DISTINCT aggregates over many values per group keep first-seen order; 1 and 1.0 are one value")
    func distinctManyValues() throws {
        let result = try Self.db.execute("""
            MATCH (o:Owner)-[:HAS]->(i:Item)
            WITH o, i ORDER BY o.i, i.v
            RETURN o.i AS o, collect(DISTINCT i.v) AS vs, count(DISTINCT i.w) AS ws, sum(DISTINCT i.v) AS total
            ORDER BY o
            """)
        #expect(result.rows.count == 60)
        for row in result.rows {
            guard case .int(let o) = row[0], case .list(let vs) = row[1] else { Issue.record("unexpected row"); continue }
            let wanted = Set((0..<30).map { k in (Int(o) * 7 + k * 3) % 50 }).sorted()
            #expect(vs == wanted.map { .int(Int64($0)) })
            #expect(row[2] == .int(2))
            #expect(row[3] == .int(Int64(wanted.reduce(0, +))))
        }
    }

    @Test("strings sharing long prefixes, and strings that are not ASCII, sort as they compare")
    func stringSort() throws {
        let words = ["Northern Lights Academy", "Northern Lights Academ", "Northern Lights Academy Trust",
                     "Northern Light", "Northern Lights Académie", "Northern Lights Acade\u{301}mie", "northern",
                     "Northern Lights Academy", "Ñorthern", "N", "", "Northern Lights Zeta", "Northern Lights \u{212A}ings",
                     "Northern Lights Kings", "Northern\u{0}Lights"]
        let db = Database()
        _ = try db.execute("UNWIND range(0, size($w) - 1) AS i CREATE (:W {i: i, s: $w[i]})", parameters: ["w": .list(words.map { .string($0) })])
        let result = try db.execute("MATCH (w:W) RETURN w.s AS s, w.i AS i ORDER BY s, i")
        let got = result.rows.map { $0[1] }
        let wanted = words.indices.sorted { a, b in
            let c = Value.orderCompare(.string(words[a]), .string(words[b]))
            return c != 0 ? c < 0 : a < b
        }
        #expect(got == wanted.map { .int(Int64($0)) })
        let top = try db.execute("MATCH (w:W) RETURN w.i AS i ORDER BY w.s DESC, i SKIP 2 LIMIT 5")
        let descending = words.indices.sorted { a, b in
            let c = Value.orderCompare(.string(words[a]), .string(words[b]))
            return c != 0 ? c > 0 : a < b
        }
        #expect(top.rows.map { $0[0] } == descending[2..<7].map { .int(Int64($0)) })
    }
}
