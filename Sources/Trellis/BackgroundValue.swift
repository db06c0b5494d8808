import Foundation

/// A value computed on a thread of its own while the caller goes on; ``value`` waits for it.
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: T? = nil

    init(_ body: @escaping @Sendable () -> T) {
        WorkerThread.start { [self] in
            let computed = body()
            condition.lock()
            result = computed
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The value, once computed.
    var value: T {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
