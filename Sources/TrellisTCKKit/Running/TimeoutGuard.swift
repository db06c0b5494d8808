import Foundation

/// Runs work on its own thread and stops waiting for it after a deadline.
///
/// Work that overruns keeps its thread (a thread cannot be stopped from outside), but the
/// caller moves on; the abandoned work only touches state the caller no longer uses.
public enum TimeoutGuard {
    private final class Box<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: T?
        var value: T? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// The work's result, or nil when it did not finish within `seconds`.
    /// The thread gets a large stack, since query evaluation may recurse deeply.
    public static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        let deadline: DispatchTime = seconds < 1e9 ? .now() + max(0, seconds) : .distantFuture
        guard done.wait(timeout: deadline) == .success else { return nil }
        return box.value
    }
}
