import Synchronization

/// Cancels one statement from another thread or task (``Database/interrupt()`` cancels them all).
final class StatementCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    var isCancelled: Bool { flag.load(ordering: .relaxed) }

    func cancel() { flag.store(true, ordering: .relaxed) }
}
