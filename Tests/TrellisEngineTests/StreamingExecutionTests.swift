import Testing
import Trellis
import TrellisCore

/// The row flow, its bounded sorts, grouping and compiled expressions agree with what the
/// queries mean, whichever way the executor takes.
@Suite("Streaming execution")
struct StreamingExecutionTests {
    // MARK: - ORDER BY with SKIP and LIMIT

    /// Rows `{k, id}` with many ties on `k`, in a shuffled order.
    static func tiedRows(count: Int, seed: UInt64) -> [Value] {
        var generator = SeededGenerator(seed: seed)
        let ids = Array(0..<count).shuffled(using: &generator)
        return ids.map { id in
            let k: Value = id % 13 == 0 ? .null : (id % 5 == 0 ? .float(Double(id % 37) + 0.5) : .int(Int64(id % 37)))
            return .map(["k": k, "id": .int(Int64(id))])
        }
    }

    /// The ids of `rows` sorted by `k` (nulls last ascending, first descending), ties in input order.
    static func expectedIDs(_ rows: [Value], descending: Bool, skip: Int, limit: Int) -> [Value] {
        func key(_ v: Value) -> Double? {
            guard case .map(let m) = v else { return nil }
            switch m["k"]! {
            case .int(let i): return Double(i)
            case .float(let d): return d
            default: return nil
            }
        }
        let indexed = Array(rows.enumerated())
        let sorted = indexed.sorted { a, b in
            let x = key(a.element), y = key(b.element)
            if x != y {
                switch (x, y) {
                case (nil, _): return descending
                case (_, nil): return !descending
                case let (x?, y?): return descending ? x > y : x < y
                }
            }
            return a.offset < b.offset
        }
        return sorted.dropFirst(skip).prefix(limit).map { pair -> Value in
            guard case .map(let m) = pair.element else { return .null }
            return m["id"]!
        }
    }

    @Test(arguments: [(0, 1), (0, 10), (3, 7), (1000, 50), (1990, 20), (0, 1999), (500, 1500), (0, 5000), (2500, 10)])
    func boundedSortsAgreeWithTheFullSort(skip: Int, limit: Int) throws {
        let db = Database()
        let rows = Self.tiedRows(count: 2000, seed: UInt64(skip * 7 + limit))
        for descending in [false, true] {
            let query = "UNWIND $rows AS r RETURN r.id ORDER BY r.k \(descending ? "DESC" : "") SKIP \(skip) LIMIT \(limit)"
            let got = try db.execute(query, parameters: ["rows": .list(rows)]).rows.map { $0[0] }
            let expected = Self.expectedIDs(rows, descending: descending, skip: skip, limit: limit)
            #expect(got.map(render) == expected.map(render), "\(query)")
        }
    }

    @Test func boundedSortWithSeveralKeysKeepsTiesInInputOrder() throws {
        let db = Database()
        let query = """
            UNWIND range(1, 3000) AS i
            RETURN i % 3 AS a, i % 4 AS b, i ORDER BY a DESC, b SKIP 995 LIMIT 10
            """
        let rows = try db.execute(query).rows.map { $0.map(render) }
        // a = 2 first (1000 rows: b = 0, 1, 2, 3 with 250 each, i ascending within): rows 995...
        // are the last five of (2, 3) and the first five of (1, 0).
        let triples: [(a: Int, b: Int, i: Int)] = (1...3000).map { i in (i % 3, i % 4, i) }
        let sorted = triples.sorted { x, y in
            if x.a != y.a { return x.a > y.a }
            if x.b != y.b { return x.b < y.b }
            return x.i < y.i
        }
        let expected: [[String]] = sorted.dropFirst(995).prefix(10).map { ["\($0.a)", "\($0.b)", "\($0.i)"] }
        #expect(rows == expected)
    }

    /// Strings with long shared prefixes, some not ASCII, some with a NUL byte.
    static func strings(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let pieces = ["a", "b", "Z", "abcdefg", "abcdefgh", "\u{0}", "\u{FC}", "\u{4E2D}", "\u{1F600}", " ", "~", "\u{7F}", "\u{80}"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test(arguments: [0, 10, 300, 5000])
    func stringsSortByCodePoints(limit: Int) throws {
        let db = Database()
        let strings = Self.strings(count: 2000, seed: UInt64(limit) + 1)
        let list = Value.list(strings.map { .string($0) })
        for descending in [false, true] {
            let query = "UNWIND $xs AS x RETURN x ORDER BY x \(descending ? "DESC" : "") LIMIT \(limit)"
            let got = try db.execute(query, parameters: ["xs": list]).rows.map { row -> String in
                guard case .string(let s) = row[0] else { return "?" }
                return s
            }
            let expected = strings.enumerated().sorted { a, b in
                let x = Array(a.element.unicodeScalars.map(\.value)), y = Array(b.element.unicodeScalars.map(\.value))
                if x != y { return descending ? y.lexicographicallyPrecedes(x) : x.lexicographicallyPrecedes(y) }
                return a.offset < b.offset
            }.prefix(limit).map(\.element)
            #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(query)")
        }
    }

    @Test func canonicallyEquivalentStringsTieInSorts() throws {
        let db = Database()
        /// The strings of a one-column result, as their UTF-8 bytes (`==` on strings would not
        /// tell canonically equivalent ones apart).
        func bytes(_ query: String) throws -> [[UInt8]] {
            try db.execute(query).rows.map { row in
                guard case .string(let s) = row[0] else { return [] }
                return Array(s.utf8)
            }
        }
        // Precomposed and decomposed é, and the Kelvin sign and K, are equal to ORDER BY: ties
        // that keep their input order.
        #expect(try bytes("UNWIND ['e\\u0301', 'd', '\\u00E9', 'c'] AS x RETURN x ORDER BY x")
                == [[0x63], [0x64], [0x65, 0xCC, 0x81], [0xC3, 0xA9]])
        #expect(try bytes("UNWIND ['\\u00E9', 'd', 'e\\u0301', 'c'] AS x RETURN x ORDER BY x")
                == [[0x63], [0x64], [0xC3, 0xA9], [0x65, 0xCC, 0x81]])
        #expect(try bytes("UNWIND ['K', '\\u212A', 'J'] AS x RETURN x ORDER BY x DESC") == [[0x4B], [0xE2, 0x84, 0xAA], [0x4A]])
        #expect(try bytes("UNWIND ['\\u212A', 'K', 'J'] AS x RETURN x ORDER BY x DESC") == [[0xE2, 0x84, 0xAA], [0x4B], [0x4A]])
        try expectRows(db, "UNWIND [2, 'b', 1, 'a', null, 1.5] AS x RETURN x ORDER BY x", [["a"], ["b"], [1], [1.5], [2], [nil]], ordered: true)
    }

    // MARK: - UNWIND of a range

    @Test func unwindOfALargeRangeFilteredAndAggregated() throws {
        let db = Database()
        try expectRows(db, "UNWIND range(1, 200000) AS i WITH i WHERE i % 7 = 3 RETURN count(*), sum(i)", [[28572, 2_857_242_858]])
    }

    @Test func unwindOfRangesCountsAsRangeDoes() throws {
        let db = Database()
        try expectRows(db, "UNWIND range(10, 1, -3) AS i RETURN collect(i)", [[[10, 7, 4, 1]]])
        try expectRows(db, "UNWIND range(1, 0) AS i RETURN count(*)", [[0]])
        try expectRows(db, "UNWIND range(0, 10, 5) AS i RETURN collect(i)", [[[0, 5, 10]]])
        try expectRows(db, "UNWIND range(9223372036854775805, 9223372036854775807) AS i RETURN collect(i)",
                       [[[9_223_372_036_854_775_805, 9_223_372_036_854_775_806, 9_223_372_036_854_775_807]]])
        try expectRows(db, "UNWIND [1, 2, 3] AS n UNWIND range(1, n) AS i RETURN n, collect(i)",
                       [[1, [1]], [2, [1, 2]], [3, [1, 2, 3]]])
        try expectRows(db, "UNWIND range(1, 4000000) AS i RETURN i LIMIT 3", [[1], [2], [3]], ordered: true)
    }

    @Test func unwindOfABadRangeFailsAsRangeDoes() {
        let db = Database()
        expectError(db, "UNWIND range(1, 10, 0) AS i RETURN i", kind: .argumentError, code: "NumberOutOfRange", line: 1, column: 8)
        expectError(db, "UNWIND range(1, null) AS i RETURN i", kind: .argumentError, code: "InvalidArgumentType")
        expectError(db, "UNWIND range(1, 2.5) AS i RETURN i", kind: .argumentError, code: "InvalidArgumentType")
        expectError(db, "UNWIND range(0, 9223372036854775807) AS i RETURN i LIMIT 1", kind: .limitExceeded, code: "ListTooLarge")
    }

    // MARK: - Grouping

    @Test func singleKeysOfEveryKindGroup() throws {
        let db = Database()
        try expectRows(db, "UNWIND [1, 'a', 1.0, 2.5, null, 'a', true, 2, -0.0, 0, [1], [1.0], 'b'] AS k RETURN k, count(*)", [
            [1, 2], ["a", 2], [2.5, 1], [nil, 1], [true, 1], [2, 1], [-0.0, 2], [[1], 2], ["b", 1],
        ])
    }

    @Test func severalKeysGroup() throws {
        let db = Database()
        let rows = try renderedRows(db, "UNWIND range(1, 1000) AS i RETURN i % 3 AS a, i % 2 AS b, toString(i % 5) AS c, count(*) AS n, sum(i) AS s")
        var expected: [String: (n: Int, s: Int)] = [:]
        for i in 1...1000 {
            let key = "\(i % 3) | \(i % 2) | '\(i % 5)'"
            expected[key, default: (0, 0)].n += 1
            expected[key, default: (0, 0)].s += i
        }
        #expect(rows.sorted() == expected.map { "\($0.key) | \($0.value.n) | \($0.value.s)" }.sorted())
    }

    @Test func groupsByAPropertyOfNodesThatComeBackLate() throws {
        // Each node comes once per pass: the first pass teaches the grouping that nodes do not come
        // back, the later ones must still land in the right groups.
        let db = Database()
        try db.execute("UNWIND range(0, 9999) AS i CREATE (:N {k: i % 7, name: 'n' + toString(i % 3)})")
        var expected: [[Value]] = []
        for k in 0..<7 { expected.append([.int(Int64(k)), .int(Int64(3 * (0..<10000).filter { $0 % 7 == k }.count))]) }
        try expectRows(db, "UNWIND range(1, 3) AS pass MATCH (n:N) RETURN n.k, count(*)", expected)
        try expectRows(db, "UNWIND range(1, 2) AS pass MATCH (n:N) RETURN n.name AS name, count(*) ORDER BY name",
                       [["n0", 6668], ["n1", 6666], ["n2", 6666]], ordered: true)
    }

    // MARK: - Compiled expressions

    @Test func arithmeticInProjectionsAndFilters() throws {
        let db = Database()
        try expectRows(db, "UNWIND [1, 2.5, 'a', null, [1]] AS x RETURN x + 1", [[2], [3.5], ["a1"], [nil], [[1, 1]]])
        try expectRows(db, "UNWIND [7, -7, 7.5] AS x RETURN x % 3, x - 1, x * 2, x / 2, -x", [
            [1, 6, 14, 3, -7], [-1, -8, -14, -3, 7], [1.5, 6.5, 15.0, 3.75, -7.5],
        ])
        try expectRows(db, "UNWIND range(1, 20) AS x WITH x WHERE x * x % 5 = 1 RETURN collect(x)", [[[1, 4, 6, 9, 11, 14, 16, 19]]])
        try expectRows(db, "UNWIND [1, 2, 3] AS x RETURN CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END",
                       [["one"], ["two"], ["many"]])
        try expectRows(db, "UNWIND [1, 2, 3] AS x RETURN CASE WHEN x > 1 THEN x END", [[nil], [2], [3]])
        try expectRows(db, "UNWIND [true, false, null] AS x RETURN x XOR true, x IN [false]", [[false, false], [true, true], [nil, nil]])
    }

    @Test func arithmeticErrorsAreReportedWhereTheyHappen() {
        let db = Database()
        expectError(db, "UNWIND [9223372036854775807] AS x\nRETURN x + 1", kind: .arithmeticError, code: "IntegerOverflow", line: 2, column: 8)
        expectError(db, "UNWIND [1] AS x\nWITH x WHERE x % 0 = 1 RETURN x", kind: .arithmeticError, code: "DivisionByZero", line: 2, column: 14)
        expectError(db, "UNWIND [-9223372036854775808] AS x\nRETURN -x", kind: .arithmeticError, code: "IntegerOverflow", line: 2, column: 8)
        expectError(db, "UNWIND [3000000000] AS x\nRETURN x * x * x", kind: .arithmeticError, code: "IntegerOverflow", line: 2, column: 8)
        expectError(db, "UNWIND ['a'] AS x\nRETURN x - 1", kind: .typeError, code: "InvalidArgumentType", line: 2, column: 8)
    }
}
