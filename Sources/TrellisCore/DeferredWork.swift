import Synchronization

/// Work put off until its result is first needed, then done once, on whichever thread asks
/// first, while any other thread asking meanwhile waits for it (a property column decoded or an
/// index built when first used).
package final class DeferredWork<Result>: @unchecked Sendable {
    private let lock = SerialLock()
    /// The work, until it is done; only touched under `lock`.
    @exclusivity(unchecked) private var work: (@Sendable () -> Result)?
    private let done = Atomic<Bool>(false)

    package init(_ work: @escaping @Sendable () -> Result) {
        self.work = work
    }

    /// Whether the work is done.
    package var isDone: Bool { done.load(ordering: .acquiring) }

    /// Does the work unless it is done, handing its result to `deliver` before any thread sees
    /// it done; when it is, returns at once.
    @inline(__always) package func runIfNeeded(_ deliver: (Result) -> Void) {
        if _slowPath(!done.load(ordering: .acquiring)) { runNow(deliver) }
    }

    @inline(never) private func runNow(_ deliver: (Result) -> Void) {
        lock.withLock {
            guard let give = work else { return }
            deliver(give())
            work = nil
            done.store(true, ordering: .releasing)
        }
    }
}
