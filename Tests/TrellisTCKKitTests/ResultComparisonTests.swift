import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct ResultComparisonTests {
    private func comparison(_ rows: [[String]], ordered: Bool = false, ignoringListOrder: Bool = false) throws -> ResultComparison {
        ResultComparison(expected: try ExpectedTable(parsing: DataTable(rows: rows)), isOrdered: ordered,
                         ignoresListOrder: ignoringListOrder)
    }

    @Test func columnsMustMatchExactlyAndInOrder() throws {
        let expected = try comparison([["a", "b"], ["1", "2"]])
        #expect(expected.firstDifference(in: QueryResult(columns: ["a", "b"], rows: [[1, 2]])) == nil)
        #expect(expected.firstDifference(in: QueryResult(columns: ["b", "a"], rows: [[2, 1]]))
                == "expected columns [a, b], got [b, a]")
    }

    @Test func anyOrderComparesMultisetsOfRows() throws {
        let expected = try comparison([["n"], ["1"], ["1"], ["2"]])
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[2], [1], [1]])) == nil)
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[2], [2], [1]]))
                == "missing row | 1 |; first unexpected row | 2 |")
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[2], [1], [1], [3]]))
                == "expected 3 rows, got 4; unexpected row | 3 |")
    }

    @Test func inOrderComparesSequences() throws {
        let expected = try comparison([["n"], ["1"], ["2"]], ordered: true)
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[1], [2]])) == nil)
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[2], [1]]))
                == "row 1: expected | 1 |, got | 2 |")
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[1]]))
                == "expected 2 rows, got 1; first missing row | 2 |")
    }

    @Test func ignoringListOrderAppliesInsideCells() throws {
        let strict = try comparison([["l"], ["[1, 2]"]])
        let relaxed = try comparison([["l"], ["[1, 2]"]], ignoringListOrder: true)
        let result = QueryResult(columns: ["l"], rows: [[.list([2, 1])]])
        #expect(strict.firstDifference(in: result) != nil)
        #expect(relaxed.firstDifference(in: result) == nil)
    }

    @Test func entitiesResolveThroughTheResult() throws {
        let expected = try comparison([["n", "r"], ["(:A {k: 1})", "[:T]"]])
        let result = QueryResult(columns: ["n", "r"], rows: [[.node(7), .relationship(8)]],
                                 nodes: [7: NodeSnapshot(id: 7, labels: ["A"], properties: ["k": 1])],
                                 relationships: [8: RelationshipSnapshot(id: 8, type: "T", start: 7, end: 7, properties: [:])])
        #expect(expected.firstDifference(in: result) == nil)
        var wrong = result
        wrong.nodes[7]?.properties["k"] = .float(1)
        #expect(expected.firstDifference(in: wrong) == "missing row | (:A {k: 1}) | [:T] |; first unexpected row | (:A {k: 1.0}) | [:T] |")
    }

    @Test func emptyExpectedTableNeedsNoRows() throws {
        let expected = try comparison([["n"]])
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [])) == nil)
        #expect(expected.firstDifference(in: QueryResult(columns: ["n"], rows: [[1]])) == "expected 0 rows, got 1; unexpected row | 1 |")
    }
}
