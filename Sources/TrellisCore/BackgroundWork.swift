#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Work done on a thread of its own that nobody waits for (it may still be running when the
/// process exits, so it must hold nothing that needs closing).
package enum BackgroundWork {
    /// Starts `body` on a new thread; returns false, without running it, when no thread can be
    /// started.
    @discardableResult
    package static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        guard let thread = JoinableThread.start(body) else { return false }
        thread.detach()
        return true
    }
}
