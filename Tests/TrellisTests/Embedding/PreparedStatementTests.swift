import Testing
import Trellis

@Suite("Prepared statements")
struct PreparedStatementTests {
    func schools() throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(1, 50) AS i CREATE (:School {urn: 100000 + i, name: 'School ' + toString(i), fsm: i % 7})")
        return db
    }

    @Test func runsManyTimesWithDifferentParametersAndPlansOnce() throws {
        let db = try schools()
        let lookup = try db.prepare("MATCH (s:School) WHERE s.urn = $urn RETURN s.name AS name")
        #expect(lookup.parameterNames == ["urn"])
        for i in [3, 17, 50] {
            let result = try lookup.execute(parameters: ["urn": Value(100000 + i)])
            #expect(try result.map { try $0["name", as: String.self] } == ["School \(i)"])
        }
        #expect(try lookup.execute(parameters: ["urn": 1]).isEmpty)
        #expect(lookup.compilations == 1)
    }

    @Test func answersAsAFreshStatementDoes() throws {
        let db = try schools()
        let text = "MATCH (s:School) WHERE s.fsm >= $min RETURN s.fsm AS fsm, count(*) AS n ORDER BY fsm SKIP $skip LIMIT $limit"
        let prepared = try db.prepare(text)
        for (min, skip, limit) in [(0, 0, 10), (3, 1, 2), (6, 0, 1), (9, 0, 5)] {
            let parameters: [String: Value] = ["min": Value(min), "skip": Value(skip), "limit": Value(limit)]
            #expect(try prepared.execute(parameters: parameters).rows == db.execute(text, parameters: parameters).rows)
        }
    }

    @Test func aNewIndexOrLabelMakesItPlanAgain() throws {
        let db = try schools()
        let lookup = try db.prepare("MATCH (s:School)-[:MEMBER_OF]->(p:Partnership) WHERE s.urn = $urn RETURN p.name AS name")
        // Nothing is a member of anything yet: the relationship type and label are unknown.
        #expect(try lookup.execute(parameters: ["urn": 100001]).isEmpty)
        try db.execute("MATCH (s:School {urn: 100001}) CREATE (s)-[:MEMBER_OF]->(:Partnership {name: 'Solent'})")
        #expect(try lookup.execute(parameters: ["urn": 100001]).rows == [["Solent"]])
        #expect(lookup.compilations == 2)
        try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        #expect(try lookup.execute(parameters: ["urn": 100001]).rows == [["Solent"]])
        #expect(lookup.compilations == 3)
        // Writes that add no new label, type, key or index keep the plan.
        try db.execute("MATCH (s:School {urn: 100002}), (p:Partnership) CREATE (s)-[:MEMBER_OF]->(p)")
        #expect(try lookup.execute(parameters: ["urn": 100002]).rows == [["Solent"]])
        #expect(lookup.compilations == 3)
    }

    @Test func aMissingParameterIsReportedWhereItIsFirstUsed() throws {
        let db = try schools()
        let prepared = try db.prepare("MATCH (s:School)\nWHERE s.urn = $urn OR s.name = $name RETURN s")
        #expect(prepared.parameterNames == ["urn", "name"])
        let error = try #require(throws: TrellisError.self) { try prepared.execute(parameters: ["urn": 1]) }
        #expect(error.kind == .parameterMissing)
        #expect(error.range?.start.line == 2)
        #expect(error.range?.start.column == 32)
    }

    @Test func eachRunOfAWriteIsItsOwnAtomicStatement() throws {
        let db = Database()
        let insert = try db.prepare("UNWIND $urns AS urn CREATE (:School {urn: urn, ratio: 10 / urn})")
        try insert.execute(parameters: ["urns": [1, 2, 3]])
        // The first run defined the label and keys, so the second plans once more; later runs do not.
        try insert.execute(parameters: ["urns": [4, 5]])
        let planned = insert.compilations
        let before = db.snapshot()
        // The second row divides by zero: the run fails and creates nothing, not even the first row's node.
        let error = try #require(throws: TrellisError.self) { try insert.execute(parameters: ["urns": [6, 0, 7]]) }
        #expect(error.kind == .arithmeticError)
        #expect(db.snapshot() == before)
        #expect(try db.execute("MATCH (s:School) RETURN count(*)").rows == [[5]])
        try insert.execute(parameters: ["urns": [8]])
        #expect(insert.compilations == planned)
        #expect(planned == 2)
    }

    @Test func textMustHoldExactlyOneStatement() throws {
        let db = Database()
        let two = try #require(throws: TrellisError.self) { try db.prepare("RETURN 1; RETURN 2") }
        #expect(two.kind == .usageError)
        #expect(two.code == "NotOneStatement")
        let none = try #require(throws: TrellisError.self) { try db.prepare("  // nothing\n") }
        #expect(none.kind == .usageError)
        let bad = try #require(throws: TrellisError.self) { try db.prepare("MATCH (n RETURN n") }
        #expect(bad.kind == .syntaxError)
    }

    @Test func runsConcurrentlyFromManyThreads() async throws {
        let db = try schools()
        let lookup = try db.prepare("MATCH (s:School) WHERE s.urn = $urn RETURN s.fsm AS fsm")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for t in 0..<4 {
                group.addTask {
                    for i in 1...50 where i % 4 == t {
                        let fsm = try await lookup.execute(parameters: ["urn": Value(100000 + i)]).first?["fsm", as: Int.self]
                        #expect(fsm == i % 7)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
