#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Two pieces of work done at once: one on a thread of its own, the other on the calling thread.
package enum ForkJoin {
    /// Runs `first` on a new thread while the calling thread runs `second`, waits for both and
    /// returns both results; runs them one after the other when no thread can be started. The two
    /// must not change anything the other reads.
    package static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(first) { first in
            var result: A?
            let work = Work { result = first() }
            let retained = Unmanaged.passRetained(work)
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let status = pthread_create(&thread, nil, { context in
                let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
                work.body()
                return nil
            }, retained.toOpaque())
            guard status == 0 else {
                retained.release()
                return (first(), second())
            }
            let other = second()
            #if canImport(Darwin)
            pthread_join(thread!, nil)
            #else
            pthread_join(thread, nil)
            #endif
            return (result!, other)
        }
    }

    /// The closure the new thread runs; the caller joins the thread before it reads the result.
    private final class Work: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
