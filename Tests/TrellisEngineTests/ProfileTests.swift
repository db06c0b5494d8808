import Testing
import Trellis

/// PROFILE runs the statement and reports, per operator of its plan, the rows it passed on.
@Suite("PROFILE") struct ProfileTests {
    /// The lines of a PROFILE report whose operator text starts with `prefix` (after indentation).
    static func rows(_ report: [String], _ prefix: String) -> [Int] {
        // The "Rows" column ends where its heading does.
        guard let header = report.first, let end = header.range(of: "Rows")?.upperBound else { return [] }
        let width = header.distance(from: header.startIndex, to: end)
        return report.dropFirst().compactMap { line in
            let trimmed = line.drop { $0 == " " || $0 == "|" }
            guard trimmed.hasPrefix(prefix), line.count >= width else { return nil }
            return Int(line.prefix(width).split(separator: " ").last ?? "")
        }
    }

    @Test func countsTheRowsEachOperatorPassesOn() throws {
        let db = try database("UNWIND range(1, 10) AS i CREATE (:A {i: i})-[:R]->(:B {i: i % 3})")
        let result = try db.execute("PROFILE MATCH (a:A)-[:R]->(b:B) WHERE b.i = 1 RETURN count(*) AS n")
        let report = try #require(result.plan).split(separator: "\n").map(String.init)
        // Whichever label the match starts at, the scan passes on its ten nodes.
        #expect(Self.rows(report, "NodeByLabelScan").first == 10, "\(report)")
        // i % 3 = 1 for 1, 4, 7 and 10: four matches reach the aggregation.
        #expect(Self.rows(report, "Filter").first == 4)
        #expect(Self.rows(report, "Match").first == 4)
        #expect(Self.rows(report, "Aggregate").first == 1)
        #expect(report.last?.hasPrefix("1 row returned in") == true)
    }

    @Test func runsTheStatementAndKeepsItsChanges() throws {
        let db = try database("CREATE (:A)")
        let result = try db.execute("PROFILE MATCH (a:A) CREATE (a)-[:R]->(:B) RETURN count(*)")
        #expect(result.statistics.nodesCreated == 1)
        #expect(try scalar(db, "MATCH (:A)-[:R]->(b:B) RETURN count(b)") == .int(1))
    }

    @Test func reportsTheRowsAHashJoinHolds() throws {
        let (db, _, _) = try JoinOrderTests.graph()
        let query = "MATCH (a:A)-[:R]->(b:B)-[:S]->(c:A)-[:R]->(d:B)-[:S]->(e:A)-[:T]->(a) RETURN count(*)"
        let report = try #require(try db.execute("PROFILE " + query).plan).split(separator: "\n").map(String.init)
        let join = try #require(report.first { $0.hasPrefix("  HashJoin") })
        let held = join.split(separator: " ").last.flatMap { Int($0) }
        #expect((held ?? 0) > 0, "\(report)")
    }

    /// EXPLAIN gives each operator of a pattern the rows the planner estimated would leave it,
    /// from the graph's counts: a label scan its label's nodes, an expansion its relationships.
    @Test func explainShowsEstimatedRows() throws {
        let db = try database("UNWIND range(1, 10) AS i CREATE (:A {i: i})-[:R]->(:B), (:A)")
        let plan = try #require(try db.execute("EXPLAIN MATCH (a:A)-[:R]->(b:B) RETURN b").plan)
        #expect(plan.contains("NodeByLabelScan") && plan.contains(":B (est. 10 rows)") || plan.contains(":A (est. 20 rows)"), "\(plan)")
        #expect(plan.contains("Expand") && plan.contains("(est. 10 rows)"), "\(plan)")
    }
}
