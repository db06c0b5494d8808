import Testing
import Trellis

/// Text and values that nest deeply get an error or a result, on any thread, never a stack overflow.
@Suite("Hardening: deep nesting")
struct DeepNestingTests {
    let db = Database()

    static let depth = 10_000

    @Test(arguments: [("(", ")"), ("[", "]"), ("{a: ", "}")])
    func tenThousandBrackets(open: String, close: String) throws {
        let query = "RETURN " + String(repeating: open, count: Self.depth) + "1" + String(repeating: close, count: Self.depth)
        let error = try expectFailure(db, query, .syntaxError, "UnexpectedSyntax")
        #expect(error.message.contains("nests too deeply"))
        #expect(error.range != nil)
    }

    @Test(arguments: ["NOT ", "- ", "+ "])
    func tenThousandPrefixOperators(op: String) throws {
        let query = "RETURN " + String(repeating: op, count: Self.depth) + "true"
        try expectFailure(db, query, .syntaxError, "UnexpectedSyntax")
    }

    /// Chains of operators make tall trees without nesting the text; they crashed the compiler.
    @Test(arguments: [" + ", " AND ", " < ", " =~ ", " * "])
    func hundredThousandTermChains(op: String) throws {
        let query = "RETURN " + Array(repeating: "1", count: 100_000).joined(separator: op)
        let error = try expectFailure(db, query, .syntaxError, "UnexpectedSyntax")
        #expect(error.message.contains("more than 1000 levels"))
        // The error points at the operand that crossed the limit, not at the start.
        #expect(try #require(error.range).start.offset > 1_000)
    }

    @Test func postfixChains() throws {
        try expectFailure(db, "WITH {a: 1} AS m RETURN m" + String(repeating: ".a", count: 100_000),
                          .syntaxError, "UnexpectedSyntax")
        try expectFailure(db, "WITH [1] AS l RETURN l" + String(repeating: "[0]", count: 100_000),
                          .syntaxError, "UnexpectedSyntax")
    }

    /// Just inside the limits, statements run, even from a thread with a small stack.
    @Test func longChainsBelowTheLimitRun() throws {
        #expect(try value(db, "RETURN " + Array(repeating: "1", count: 1_000).joined(separator: " + ")) == .int(1_000))
        let alternatives = (0..<999).map { "x = \($0)" }.joined(separator: " OR ")
        #expect(try value(db, "WITH 998 AS x RETURN " + alternatives) == .bool(true))
        let nested = String(repeating: "[", count: 98) + "1" + String(repeating: "]", count: 98)
        #expect(try value(db, "WITH \(nested) AS l RETURN l = \(nested)") == .bool(true))
    }

    /// Found by fuzzing: each `[` that failed as a list comprehension was parsed again as a list
    /// literal, inside and all, so the time doubled with each level (527 bytes took 15 seconds).
    @Test func failedComprehensionsAreNotRetried() throws {
        let query = "RETURN " + String(repeating: "[b IN ", count: 60) + "b true" + String(repeating: "]", count: 60)
        let error = try expectFailure(db, query, .syntaxError, "UnexpectedSyntax")
        #expect(error.message.contains("'true'"))
    }

    /// Running a query recurses once per clause: 10,000 clauses overflowed the stack.
    @Test func manyClauses() throws {
        let error = try expectFailure(db, "WITH 1 AS x " + String(repeating: "WITH x AS x ", count: 10_000) + "RETURN x",
                                      .syntaxError, "UnexpectedSyntax")
        #expect(error.message.contains("more than 1000 clauses"))
        #expect(try value(db, "WITH 1 AS x " + String(repeating: "WITH x + 1 AS x ", count: 998) + "RETURN x") == .int(999))
    }

    @Test func nestedSubqueries() throws {
        try db.execute("CREATE (:N)")
        let subqueries = String(repeating: "EXISTS { MATCH (n) WHERE ", count: 30) + "true" + String(repeating: " }", count: 30)
        #expect(try value(db, "MATCH (n) WHERE \(subqueries) RETURN count(n)") == .int(1))
    }

    /// Values built at run time are bounded too: printing, comparing, hashing and freeing them recurse.
    @Test func deepValuesBuiltAtRunTime() throws {
        try expectFailure(db, "RETURN reduce(acc = [], i IN range(1, 100000) | [acc])", .limitExceeded, "ValueTooDeep")
        try expectFailure(db, "RETURN reduce(acc = {}, i IN range(1, 100000) | {a: acc})", .limitExceeded, "ValueTooDeep")
        try expectFailure(db, "RETURN reduce(acc = [], i IN range(1, 100000) | [x IN [acc] | x])", .limitExceeded, "ValueTooDeep")
        try expectFailure(db, "UNWIND range(1, 3) AS i WITH reduce(acc = [], j IN range(1, 200) | [acc]) AS deep RETURN collect(deep)",
                          .limitExceeded, "ValueTooDeep")
    }

    @Test func deepValuesWithinTheLimitWork() throws {
        let deep = "reduce(acc = [], i IN range(1, 99) | [acc])"
        #expect(try value(db, "WITH \(deep) AS d RETURN d = d") == .bool(true))
        #expect(try value(db, "UNWIND [1, 2] AS i WITH DISTINCT \(deep) AS d RETURN count(d)") == .int(1))
        let (table, json) = try onSmallStack { [db] in
            let result = try db.execute("RETURN \(deep) AS d")
            return (ValueRenderer(for: result).display(result.rows[0][0]), JSONFormatter().string(for: result))
        }
        #expect(table.hasPrefix(String(repeating: "[", count: 99)))
        #expect(json.contains(String(repeating: "[", count: 99)))
        // Property values are scalars or lists of scalars: a nested list is refused.
        try expectFailure(db, "WITH \(deep) AS d CREATE (n) SET n.p = d", .typeError, "InvalidPropertyType")
    }

    /// A list appended to itself doubles its logical size at each step while sharing its storage.
    @Test func sharedValuesThatGrowExponentially() throws {
        try expectFailure(db, "RETURN size(reduce(acc = [], i IN range(1, 100) | acc + [acc]))", .limitExceeded, "ValueTooLarge")
        try expectFailure(db, "RETURN size(reduce(acc = {}, i IN range(1, 100) | {a: acc, b: acc}))", .limitExceeded, "ValueTooLarge")
    }

    /// Prepared statements, cursors and the async API run deep statements as execute does.
    @Test func theTallestAcceptedTreeRunsPreparedThroughACursorAndAsync() async throws {
        let chain = "RETURN " + Array(repeating: "$one", count: 1_000).joined(separator: " + ") + " AS total"
        let db = self.db
        let prepared = try onSmallStack { try db.prepare(chain) }
        let once = try onSmallStack { try prepared.execute(parameters: ["one": 1])[0]["total", as: Int.self] }
        #expect(once == 1_000)
        let cursor = try await prepared.cursor(parameters: ["one": 2])
        #expect(try cursor.next()?["total", as: Int.self] == 2_000)
        #expect(try await prepared.execute(parameters: ["one": 3])[0]["total", as: Int.self] == 3_000)
    }
}
