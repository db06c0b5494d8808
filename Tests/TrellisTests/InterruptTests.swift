import Foundation
import Testing
import Trellis

@Suite("Interrupting a running statement")
struct InterruptTests {
    @Test func interruptCancelsTheRunningStatementAndLeavesTheGraphAsItWas() async throws {
        let db = Database()
        try await db.execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})")
        let before = db.snapshot()
        // A write that would run for a very long time: a cross product of 300^3 rows.
        let task = Task.detached {
            try await db.execute("MATCH (a:N), (b:N), (c:N) CREATE (:M {s: a.i + b.i + c.i})")
        }
        let outcome = await Self.interruptingUntilItEnds(db, task)
        switch outcome {
        case .success: Issue.record("the statement finished instead of being cancelled")
        case .failure(let error):
            let e = try #require(error as? TrellisError)
            #expect(e.kind == .cancelled)
        }
        #expect(db.snapshot() == before)
        // The database works normally afterwards.
        #expect(try await db.execute("MATCH (n:N) RETURN count(*)").rows == [[.int(300)]])
    }

    /// How `task`, which runs a statement on `db`, ends while `db` is interrupted every 50 ms:
    /// `interrupt()` cancels only statements already running, so it is repeated until the
    /// statement has started (on a loaded machine that can take a while) and ended.
    static func interruptingUntilItEnds<T: Sendable>(_ db: Database, _ task: Task<T, any Error>) async -> Result<T, any Error> {
        let interrupter = Task.detached {
            while !Task.isCancelled {
                try await Task.sleep(for: .milliseconds(50))
                db.interrupt()
            }
        }
        let outcome = await task.result
        interrupter.cancel()
        return outcome
    }
}
