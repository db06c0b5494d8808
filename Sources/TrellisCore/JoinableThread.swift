#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A thread started for one closure, which its starter joins (or detaches).
package struct JoinableThread {
    private let thread: pthread_t

    private init(_ thread: pthread_t) { self.thread = thread }

    /// Starts `body` on a new thread, with a stack of `stackSize` bytes when given; nil when no
    /// thread can be started (the caller then runs `body` itself).
    package static func start(stackSize: Int? = nil, _ body: @escaping () -> Void) -> JoinableThread? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        if let stackSize { pthread_attr_setstacksize(&attributes, stackSize) }
        let retained = Unmanaged.passRetained(Work(body))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
            work.body()
            return nil
        }, retained.toOpaque())
        guard status == 0 else {
            retained.release()
            return nil
        }
        #if canImport(Darwin)
        return JoinableThread(thread!)
        #else
        return JoinableThread(thread)
        #endif
    }

    /// Waits for the thread's closure to finish.
    package func join() {
        pthread_join(thread, nil)
    }

    /// Lets the thread finish on its own, never joined.
    package func detach() {
        pthread_detach(thread)
    }

    /// The closure a new thread runs; the starter joins the thread before it reads what it made.
    private final class Work: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
