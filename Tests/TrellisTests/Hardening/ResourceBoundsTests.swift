import Testing
import Trellis

/// Inputs that ask for unbounded work or memory get a bounded result or a `LimitExceeded` error.
@Suite("Hardening: resource bounds")
struct ResourceBoundsTests {
    let db = Database()

    @Test func hugeRanges() throws {
        try expectFailure(db, "RETURN size(range(1, 9223372036854775807))", .limitExceeded, "ListTooLarge")
        try expectFailure(db, "RETURN [x IN range(-9223372036854775808, 9223372036854775807) | x * 2]", .limitExceeded, "ListTooLarge")
        try expectFailure(db, "UNWIND range(1, 9223372036854775807) AS i RETURN i LIMIT 1", .limitExceeded, "ListTooLarge")
        #expect(try value(db, "RETURN size(range(9223372036854775800, 9223372036854775807))") == .int(8))
        #expect(try value(db, "RETURN range(9223372036854775807, 9223372036854775806)") == .list([]))
    }

    @Test func doublingAStringOrAListStopsAtItsLimit() throws {
        try expectFailure(db, "RETURN size(reduce(s = 'ab', i IN range(1, 64) | s + s))", .limitExceeded, "StringTooLarge")
        try expectFailure(db, "RETURN size(reduce(l = [1], i IN range(1, 64) | l + l))", .limitExceeded, "ListTooLarge")
    }

    @Test func aOneMegabyteStringLiteralWorks() throws {
        let text = String(repeating: "x", count: 1 << 20)
        #expect(try value(db, "RETURN size('\(text)')") == .int(1 << 20))
    }

    @Test func stringFunctionsWithHugeOrNegativeArguments() throws {
        let row = try db.execute("""
            RETURN substring('abc', 9223372036854775807), substring('abc', 1, 9223372036854775807),
                   left('abc', 9223372036854775807), right('abc', 9223372036854775807)
            """).rows[0]
        #expect(row == [.string(""), .string("bc"), .string("abc"), .string("abc")])
        try expectFailure(db, "RETURN substring('abc', -1)", .argumentError, "NumberOutOfRange")
        try expectFailure(db, "RETURN substring('abc', 0, -9223372036854775808)", .argumentError, "NumberOutOfRange")
        try expectFailure(db, "RETURN left('abc', -1)", .argumentError, "NumberOutOfRange")
    }

    @Test func hugeSkipAndLimit() throws {
        #expect(try db.execute("UNWIND [1, 2] AS x RETURN x SKIP 9223372036854775807 LIMIT 9223372036854775807").rows.isEmpty)
        #expect(try db.execute("UNWIND [1, 2] AS x RETURN x LIMIT 9223372036854775807").rows.count == 2)
        try expectFailure(db, "RETURN 1 SKIP -1", .syntaxError, "NegativeIntegerArgument")
    }

    /// Eight nodes, each related to every other: the number of paths explodes with their length.
    func completeGraph() throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(1, 8) AS i CREATE (:N {i: i})")
        try db.execute("MATCH (a:N), (b:N) WHERE a <> b CREATE (a)-[:R]->(b)")
        return db
    }

    @Test func unboundedVariableLengthPatternsHitTheLimits() throws {
        let db = try completeGraph()
        db.limits = StatementLimits(timeout: 0.5)
        try expectFailure(db, "MATCH p = ()-[*]->() RETURN count(p)", .limitExceeded, "Timeout")
        db.limits = StatementLimits(maxIntermediateRows: 10_000)
        try expectFailure(db, "MATCH p = ()-[*]->() RETURN p ORDER BY length(p)", .limitExceeded, "TooManyRows")
        db.limits = StatementLimits(maxResultRows: 1_000)
        try expectFailure(db, "MATCH p = ()-[*1..1000000000]->() RETURN p", .limitExceeded, "TooManyRows")
        #expect(db.snapshot().nodes.count == 8)
    }

    @Test func maxPathLengthBoundsTheLongestPattern() throws {
        let db = try completeGraph()
        db.limits = StatementLimits(maxPathLength: 2)
        try expectFailure(db, "MATCH p = ()-[*1..1000000000]->() RETURN count(p)", .limitExceeded, "PathTooLong")
        try expectFailure(db, "MATCH p = ()-[*]->() RETURN count(p)", .limitExceeded, "PathTooLong")
        // 56 paths of one relationship and 56 × 7 of two (back to the start by the other relationship).
        #expect(try value(db, "MATCH p = ()-[*1..2]->() RETURN count(p)") == .int(56 + 56 * 7))
    }

    /// A host program's parameters meet the nesting bound of the values queries build.
    @Test func parametersNestedTooDeeplyAreRefused() throws {
        func nested(_ depth: Int) -> Value {
            var value: Value = 1
            for _ in 0..<depth { value = .list([value]) }
            return value
        }
        let db = Database()
        #expect(try db.execute("RETURN size($p) AS n", parameters: ["p": nested(100)]).rows == [[1]])
        for run in [{ try db.execute("RETURN $p", parameters: ["p": nested(5_000)]) },
                    { try db.prepare("RETURN $p").execute(parameters: ["p": nested(101)]) }] {
            let error = try #require(throws: TrellisError.self) { _ = try run() }
            #expect(error.kind == .limitExceeded)
            #expect(error.code == "ValueTooDeep")
        }
    }
}

/// A procedure's own queries run within the calling statement's limits.
@Suite("Procedure queries within limits") struct ProcedureLimitTests {
    @Test func aProcedureQueryCountsAgainstTheStatementsLimits() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 50) AS i CREATE (:School {urn: i, name: 'S' + toString(i)})")
        db.limits = StatementLimits(maxIntermediateRows: 10)
        // The outer statement keeps one row; the procedure's query sorts all fifty schools.
        do {
            _ = try db.execute("CALL trellis.isolated() YIELD school RETURN school.urn LIMIT 1")
            Issue.record("the procedure's query ran past the limit")
        } catch let error as TrellisError {
            #expect(error.kind == .limitExceeded)
            #expect(error.code == "TooManyRows")
        }
        db.limits = StatementLimits(maxIntermediateRows: 100)
        #expect(try db.execute("CALL trellis.isolated() YIELD school RETURN school.urn LIMIT 1").rows.count == 1)
    }
}
