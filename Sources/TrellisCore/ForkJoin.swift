/// Two pieces of work done at once: one on a thread of its own, the other on the calling thread.
package enum ForkJoin {
    /// Runs `first` on a new thread while the calling thread runs `second`, waits for both and
    /// returns both results; runs them one after the other when no thread can be started. The two
    /// must not change anything the other reads.
    package static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(first) { first in
            var result: A?
            guard let thread = JoinableThread.start({ result = first() }) else { return (first(), second()) }
            let other = second()
            thread.join()
            return (result!, other)
        }
    }
}
