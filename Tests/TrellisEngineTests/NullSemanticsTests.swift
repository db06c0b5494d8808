import Testing
import Trellis

/// One row of the three-valued truth table: operands and the results of AND, OR and XOR.
struct TruthRow: Sendable, CustomStringConvertible {
    var a: String, b: String, and: String, or: String, xor: String
    var description: String { "\(a), \(b)" }
}

let truthTable: [TruthRow] = [
    TruthRow(a: "true", b: "true", and: "true", or: "true", xor: "false"),
    TruthRow(a: "true", b: "false", and: "false", or: "true", xor: "true"),
    TruthRow(a: "true", b: "null", and: "null", or: "true", xor: "null"),
    TruthRow(a: "false", b: "true", and: "false", or: "true", xor: "true"),
    TruthRow(a: "false", b: "false", and: "false", or: "false", xor: "false"),
    TruthRow(a: "false", b: "null", and: "false", or: "null", xor: "null"),
    TruthRow(a: "null", b: "true", and: "null", or: "true", xor: "null"),
    TruthRow(a: "null", b: "false", and: "false", or: "null", xor: "null"),
    TruthRow(a: "null", b: "null", and: "null", or: "null", xor: "null"),
]

@Suite("Null semantics")
struct NullSemanticsTests {
    @Test(arguments: truthTable)
    func and(_ row: TruthRow) throws {
        #expect(try eval("\(row.a) AND \(row.b)") == row.and)
    }

    @Test(arguments: truthTable)
    func or(_ row: TruthRow) throws {
        #expect(try eval("\(row.a) OR \(row.b)") == row.or)
    }

    @Test(arguments: truthTable)
    func xor(_ row: TruthRow) throws {
        #expect(try eval("\(row.a) XOR \(row.b)") == row.xor)
    }

    @Test(arguments: [("true", "false"), ("false", "true"), ("null", "null")])
    func not(_ operand: String, _ expected: String) throws {
        #expect(try eval("NOT \(operand)") == expected)
    }

    @Test func truthTableWithParametersInsteadOfLiterals() throws {
        // Same table, through parameters, so that no constant folding can hide a mistake.
        for row in truthTable {
            func v(_ s: String) -> Value { s == "null" ? .null : .bool(s == "true") }
            let params: [String: Value] = ["a": v(row.a), "b": v(row.b)]
            #expect(try eval("[$a AND $b, $a OR $b, $a XOR $b]", params) == "[\(row.and), \(row.or), \(row.xor)]", "\(row)")
        }
    }

    @Test(arguments: [
        "null = null", "null <> null", "1 = null", "null <> 1", "null < 1", "'a' >= null",
        "null + 1", "1 - null", "null * 2", "null / 2", "null % 2", "-null", "null ^ 2",
        "null + 'a'", "null.x", "[1, 2][null]", "null[0]", "null STARTS WITH 'a'", "'a' CONTAINS null",
        "'abc' ENDS WITH null", "null =~ 'a'", "null IN [1, 2]", "[1, null] = [1, null]", "{a: null} = {a: null}",
        "toUpper(null)", "size(null)", "abs(null)",
    ])
    func nullPropagates(_ expression: String) throws {
        #expect(try eval(expression) == "null")
    }

    @Test func isNullIsNeverNull() throws {
        #expect(try eval("[null IS NULL, null IS NOT NULL, 1 IS NULL, 1 IS NOT NULL]") == "[true, false, false, true]")
    }

    @Test(arguments: [
        ("2 IN [1, 2, 3]", "true"),
        ("4 IN [1, 2, 3]", "false"),
        ("4 IN [1, null, 3]", "null"),
        ("1 IN [1, null, 3]", "true"),
        ("null IN []", "false"),
        ("null IN [null]", "null"),
        ("[1, 2] IN [[1, 2], [3]]", "true"),
        ("[1, null] IN [[1, 2]]", "null"),
        ("[1, null] IN [[2, 2]]", "false"),
        ("1 IN [1.0]", "true"),
    ])
    func inList(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func listEqualityWithNulls() throws {
        #expect(try eval("[1, null] = [2, null]") == "false")
        #expect(try eval("[1, null] = [1, null, 3]") == "false")
        #expect(try eval("[null] = [null]") == "null")
    }

    @Test func missingPropertyReadsAsNull() throws {
        let db = try schools()
        #expect(try scalar(db, "MATCH (s:School {name: 'Oakwood'}) RETURN s.pupils") == .null)
    }

    @Test func nullsAreSkippedByAggregates() throws {
        try expectRows(Database(), """
            UNWIND [1, null, 3, null] AS x
            RETURN count(x), count(*), sum(x), avg(x), min(x), max(x), collect(x)
            """, [[2, 4, 4, 2.0, 1, 3, [1, 3]]])
    }

    @Test func aggregatesOfOnlyNulls() throws {
        try expectRows(Database(), """
            UNWIND [null, null] AS x
            RETURN count(x), sum(x), avg(x), min(x), max(x), collect(x)
            """, [[0, 0, nil, nil, nil, []]])
    }

    @Test func nullGroupingKeyFormsItsOwnGroup() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN s.ofsted AS ofsted, count(*) AS n", [[nil, 5], ["Good", 1]])
    }

    @Test func coalesceReturnsFirstNonNull() throws {
        #expect(try eval("coalesce(null, null, 'x', 'y')") == "'x'")
        #expect(try eval("coalesce(null, null)") == "null")
    }

    @Test func caseWithNullSubjectFallsToElse() throws {
        #expect(try eval("CASE null WHEN null THEN 'matched' ELSE 'else' END") == "'else'")
    }

    @Test func nullWhereFiltersRowOut() throws {
        try expectRows(Database(), "UNWIND [1, 2, 3] AS x WITH x WHERE null RETURN x", [])
    }
}
