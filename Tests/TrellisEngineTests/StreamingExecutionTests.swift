import Testing
import Trellis
import TrellisCore

/// The row flow, its bounded sorts, grouping and compiled expressions agree with what the
/// queries mean, whichever way the executor takes.
@Suite("Streaming execution")
struct StreamingExecutionTests {
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
