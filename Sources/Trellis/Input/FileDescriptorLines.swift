#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor (standard input) line by line as raw bytes, so that a line that is
/// not valid UTF-8 can be reported as such instead of being silently repaired, and so that a
/// line longer than a bound is skipped without ever being held whole.
///
/// Sendable so that a reading thread can own it; only one thread may call ``next()``.
package final class FileDescriptorLines: @unchecked Sendable {
    /// One line of input.
    package enum Line: Equatable, Sendable {
        /// A line, without its line break.
        case line([UInt8])
        /// A line longer than the bound, of `byteCount` bytes (without its line break): it was
        /// read and dropped a piece at a time, and reading goes on after its line break.
        case tooLong(byteCount: Int)
    }

    let descriptor: Int32
    /// The longest line handed out; longer ones come as ``Line/tooLong(byteCount:)``. Nil for no bound.
    package let maximumLineLength: Int?
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// Where to look for the next line break: the bytes between `start` and here hold none.
    private var searched = 0
    private var atEnd = false

    package init(descriptor: Int32 = STDIN_FILENO, maximumLineLength: Int? = nil, chunkSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
        self.chunkSize = chunkSize
    }

    /// The next line without its line break, or nil at the end of the input. A last line
    /// without a line break is still a line.
    package func next() -> Line? {
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                searched = start
                if let maximumLineLength, line.count > maximumLineLength { return .tooLong(byteCount: line.count) }
                return .line(line)
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                searched = start
                if let maximumLineLength, line.count > maximumLineLength { return .tooLong(byteCount: line.count) }
                return .line(line)
            }
            if let maximumLineLength, buffer.count - start > maximumLineLength {
                return .tooLong(byteCount: skipRestOfLine())
            }
            fill()
        }
    }

    /// Drops the line being read up to and including its line break, a chunk at a time.
    /// - Returns: The line's length without its line break.
    private func skipRestOfLine() -> Int {
        var count = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                count += newline - start
                start = newline + 1
                searched = start
                return count
            }
            count += buffer.count - start
            buffer.removeAll(keepingCapacity: true)
            start = 0
            searched = 0
            if atEnd { return count }
            fill()
        }
    }

    /// Reads more input, dropping what has been consumed.
    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            searched -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[..<count])
            }
            return
        }
    }
}
