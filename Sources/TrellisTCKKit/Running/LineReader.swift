import Foundation

/// Reads lines from a pipe on a background thread, so the reader can wait with a deadline.
final class LineReader: @unchecked Sendable {
    enum Event {
        case line(String)
        case end
        case timedOut
    }

    private let lock = NSLock()
    private let available = DispatchSemaphore(value: 0)
    private var lines: [String] = []
    private var ended = false

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    deliver(line)
                }
            }
            if !pending.isEmpty { deliver(String(decoding: pending, as: UTF8.self)) }
            lock.withLock { ended = true }
            available.signal()
        }
        thread.start()
    }

    private func deliver(_ line: String) {
        lock.withLock { lines.append(line) }
        available.signal()
    }

    /// The next line, `.end` once the pipe is closed and drained, or `.timedOut`.
    func next(timeout seconds: Double) -> Event {
        while true {
            let event: Event? = lock.withLock {
                if !lines.isEmpty { return .line(lines.removeFirst()) }
                if ended { return .end }
                return nil
            }
            if let event { return event }
            let deadline: DispatchTime = seconds < 1e9 ? .now() + seconds : .distantFuture
            if available.wait(timeout: deadline) == .timedOut { return .timedOut }
        }
    }
}
