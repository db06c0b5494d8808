/// Runs work that recurses deeply on a thread of its own with a large stack.
///
/// Parsing, compiling, evaluating and freeing a syntax tree recurse once per level of the tree,
/// and a level can take kilobytes of stack in a debug build, while a secondary thread may have
/// as little as 512 KiB. Text that may nest deeply is parsed, and statements that do are run,
/// here instead of on the caller's thread. The stack is address space: only the pages touched
/// are used.
package enum LargeStackThread {
    /// Enough for the deepest statement the parser accepts, with room for sanitizer builds.
    static let stackSize = 1 << 30
    /// The ``TrellisSyntax/Statement/depth`` up to which a statement may run on the caller's
    /// thread; everyday statements stay well below it.
    package static let callerThreadDepth = 24

    /// Runs `body` on a new thread with a ``stackSize`` stack and waits for it; runs it on the
    /// calling thread when no thread can be started.
    package static func run<T>(_ body: () throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            var result: Result<T, any Error>?
            guard let thread = JoinableThread.start(stackSize: stackSize, { result = Result { try body() } }) else {
                return try body()
            }
            thread.join()
            return try result!.get()
        }
    }
}
