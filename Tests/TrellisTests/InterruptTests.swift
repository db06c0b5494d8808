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
        // interrupt() cancels only statements already running: repeat it until the statement has
        // started (on a loaded machine that can take a while) and ended.
        let interrupter = Task.detached {
            while !Task.isCancelled {
                try await Task.sleep(for: .milliseconds(50))
                db.interrupt()
            }
        }
        let outcome = await task.result
        interrupter.cancel()
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
}
