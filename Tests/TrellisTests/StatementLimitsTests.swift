import Testing
import Trellis

@Suite("Statement limits")
struct StatementLimitsTests {
    func graph() throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(1, 200) AS i CREATE (:N {i: i})")
        return db
    }

    func expectLimit(_ db: Database, _ query: String, code: String) {
        let before = db.snapshot()
        #expect {
            try db.execute(query)
        } throws: { error in
            let e = error as? TrellisError
            return e?.kind == .limitExceeded && e?.code == code
        }
        #expect(db.snapshot() == before)
    }

    @Test func resultRows() throws {
        let db = try graph()
        db.limits = StatementLimits(maxResultRows: 100)
        expectLimit(db, "MATCH (n:N) RETURN n.i", code: "TooManyRows")
        #expect(try db.execute("MATCH (n:N) RETURN n.i LIMIT 100").rows.count == 100)
    }

    @Test func intermediateRowsAndTheWriteIsUndone() throws {
        let db = try graph()
        db.limits = StatementLimits(maxIntermediateRows: 1_000)
        // 200 × 200 rows reach CREATE, which holds them all before writing.
        expectLimit(db, "MATCH (a:N), (b:N) CREATE (:M)", code: "TooManyRows")
        #expect(try db.execute("MATCH (m:M) RETURN count(*)").rows == [[0]])
    }

    @Test func timeout() throws {
        let db = try graph()
        db.limits = StatementLimits(timeout: 0.05)
        expectLimit(db, "MATCH (a:N), (b:N), (c:N) RETURN count(*)", code: "Timeout")
    }

    @Test func pathLength() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 30) AS i CREATE (:Step {i: i})")
        try db.execute("MATCH (a:Step), (b:Step) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)")
        db.limits = StatementLimits(maxPathLength: 10)
        expectLimit(db, "MATCH p = (:Step {i: 1})-[:NEXT*]->() RETURN count(p)", code: "PathTooLong")
        #expect(try db.execute("MATCH p = (:Step {i: 1})-[:NEXT*..10]->() RETURN count(p)").rows == [[10]])
        db.limits = .none
        #expect(try db.execute("MATCH p = (:Step {i: 1})-[:NEXT*]->() RETURN count(p)").rows == [[29]])
    }
}
