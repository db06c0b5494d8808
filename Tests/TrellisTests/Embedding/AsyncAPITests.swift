import Foundation
import Testing
import Trellis

@Suite("The async API")
struct AsyncAPITests {
    @Test func executeRunsStatementsAndReturnsTheLast() async throws {
        let db = Database()
        let result = try await db.execute("CREATE (:N {i: 1}); CREATE (:N {i: 2}); MATCH (n:N) RETURN sum(n.i) AS s")
        #expect(result.rows == [[3]])
        let error = await #expect(throws: TrellisError.self) { try await db.execute("RETURN 1 +") }
        #expect(error?.kind == .syntaxError)
    }

    @Test func cancellingTheTaskCancelsTheStatementAndChangesNothing() async throws {
        let db = Database()
        try await db.execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})")
        let before = db.snapshot()
        let task = Task {
            try await db.execute("MATCH (a:N), (b:N), (c:N) CREATE (:M {s: a.i + b.i + c.i})")
        }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let error = await #expect(throws: TrellisError.self) { try await task.value }
        #expect(error?.kind == .cancelled)
        #expect(db.snapshot() == before)
    }

    @Test func cancelsOnlyItsOwnStatement() async throws {
        let db = Database()
        try await db.execute("UNWIND range(1, 200) AS i CREATE (:N {i: i})")
        let slow = Task { try await db.execute("MATCH (a:N), (b:N), (c:N) RETURN count(*)") }
        let other = Task { try await db.execute("MATCH (a:N), (b:N) RETURN count(*) AS c") }
        try await Task.sleep(for: .milliseconds(100))
        slow.cancel()
        #expect(try await other.value.rows == [[40000]])
        await #expect(throws: TrellisError.self) { try await slow.value }
    }

    @Test func preparedStatementsRunAsync() async throws {
        let db = Database()
        let insert = try db.prepare("CREATE (:School {urn: $urn})")
        for urn in 1...5 { try await insert.execute(parameters: ["urn": Value(urn)]) }
        #expect(try await db.execute("MATCH (s:School) RETURN count(*)").rows == [[5]])
    }
}
