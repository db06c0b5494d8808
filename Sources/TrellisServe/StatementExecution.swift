import Dispatch
import Foundation
import Synchronization
import Trellis

/// Runs statements on a worker thread while the calling thread watches for a reason to cancel
/// them (Ctrl-C in the shell, an interrupt request in `trellis serve`), which cancels the
/// statement (``Database/interrupt()``): it fails as cancelled and the graph is left as it was before it.
package struct StatementExecution {
    /// How a run ended.
    package struct Outcome: Sendable {
        /// The result, or the error the statement failed with.
        package var result: Result<QueryResult, any Error>
        /// How long the statement took.
        package var elapsed: Duration
        /// Whether it was cancelled while it ran.
        package var wasInterrupted: Bool
    }

    /// The stack the worker thread gets: deeply nested queries need as much as the main thread.
    package static let stackSize = 16 << 20

    package let database: Database

    package init(database: Database) {
        self.database = database
    }

    /// Runs `work` (statements of ``database``) on a worker thread, returning when it finishes;
    /// while it runs, the database is interrupted as soon as `shouldCancel` answers true.
    package func run(cancellingWhen shouldCancel: () -> Bool,
             _ work: @escaping @Sendable () throws -> QueryResult) -> Outcome {
        let finished = DispatchSemaphore(value: 0)
        let box = OutcomeBox()
        let worker = Thread {
            let clock = ContinuousClock()
            let start = clock.now
            let result = Result<QueryResult, any Error> { try work() }
            box.store(result, elapsed: start.duration(to: clock.now))
            finished.signal()
        }
        worker.stackSize = Self.stackSize
        worker.start()

        var wasInterrupted = false
        while finished.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if shouldCancel() {
                // Repeated until the statement ends: one that had not quite started is caught too.
                wasInterrupted = true
                database.interrupt()
            }
        }
        let (result, elapsed) = box.load()
        return Outcome(result: result, elapsed: elapsed, wasInterrupted: wasInterrupted)
    }

    /// Hands the worker's outcome to the waiting thread.
    private final class OutcomeBox: Sendable {
        private let value = Mutex<(Result<QueryResult, any Error>, Duration)?>(nil)

        func store(_ result: Result<QueryResult, any Error>, elapsed: Duration) {
            value.withLock { $0 = (result, elapsed) }
        }

        func load() -> (Result<QueryResult, any Error>, Duration) {
            value.withLock { $0 } ?? (.failure(CancellationError()), .zero)
        }
    }
}
