import Synchronization

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

    /// Calls `body` with every index below `count`, on two threads (a new one and the calling
    /// one) that each take the next index not yet taken, so that pieces of unequal size share
    /// out evenly. The calling thread first runs `first`, which `body` must not touch.
    package static func forEach(_ count: Int, first: () -> Void = {}, _ body: (Int) -> Void) {
        let next = Atomic<Int>(0)
        func work() {
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                body(i)
            }
        }
        _ = run(work, {
            first()
            work()
        })
    }

    /// Calls `body` with every index below `count` (at least 1), each on a thread of its own but
    /// index 0, which the calling thread runs; waits for all and returns their results in index
    /// order. An index whose thread cannot be started is run by the calling thread.
    package static func map<T>(_ count: Int, stackSize: Int? = nil, _ body: (Int) -> T) -> [T] {
        precondition(count >= 1)
        return withoutActuallyEscaping(body) { body in
            var results = [T?](repeating: nil, count: count)
            results.withUnsafeMutableBufferPointer { out in
                let base = out.baseAddress!
                var threads: [JoinableThread] = []
                for i in 1..<count {
                    if let thread = JoinableThread.start(stackSize: stackSize, { base[i] = body(i) }) {
                        threads.append(thread)
                    } else {
                        base[i] = body(i)
                    }
                }
                base[0] = body(0)
                for thread in threads { thread.join() }
            }
            return results.map { $0! }
        }
    }
}
