import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("valueType()")
struct TypeFunctionTests {
    @Test("names the type of a value", arguments: [
        (.null, "NULL"), (true, "BOOLEAN NOT NULL"), (1, "INTEGER NOT NULL"), (1.5, "FLOAT NOT NULL"),
        ("a", "STRING NOT NULL"), (["a": 1], "MAP NOT NULL"), (day(2020, 1, 1), "DATE NOT NULL"),
        (.node(1), "NODE NOT NULL"), (.relationship(1), "RELATIONSHIP NOT NULL"),
        (.path(PathValue(nodes: [1], relationships: [])), "PATH NOT NULL"),
        ([], "LIST<NOTHING> NOT NULL"), ([1, 2], "LIST<INTEGER NOT NULL> NOT NULL"),
        ([1, .null], "LIST<INTEGER> NOT NULL"), ([.null], "LIST<NULL> NOT NULL"),
        ([1, "a"], "LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL"),
        ([1.5, true, 2], "LIST<BOOLEAN NOT NULL | INTEGER NOT NULL | FLOAT NOT NULL> NOT NULL"),
        ([[1], [2]], "LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL"),
        ([[1], ["a": 1], "x"], "LIST<STRING NOT NULL | MAP NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL"),
    ] as [(Value, String)])
    func names(value: Value, expected: String) {
        expectValue(try call("valueType", value), .string(expected))
    }
}
