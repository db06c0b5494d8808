import Foundation

/// Runs statements off the caller's thread (for cursors and the async API) on threads of their own,
/// never on Swift concurrency's shared pool, since a statement may wait for the database's lock.
enum WorkerThread {
    /// The stack a main thread has (deeply nested statements move on to a larger one, see `Database.run`).
    static let stackSize = 8 << 20

    static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on a worker thread and waits for it without blocking the calling task; cancelling
    /// the task calls `onCancel` (from whichever thread notices).
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T, onCancel: @escaping @Sendable () -> Void) async throws -> T {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                start { continuation.resume(with: Result { try body() }) }
            }
        } onCancel: {
            onCancel()
        }
    }
}
