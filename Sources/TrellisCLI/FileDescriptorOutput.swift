#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered text stream onto a file descriptor (standard output or standard error).
///
/// Text is collected until ``flush()`` or until the buffer fills, so that large results are
/// written in big pieces while each statement's output can still be pushed out as soon as
/// it is complete.
final class FileDescriptorOutput: TextOutputStream {
    /// Standard output.
    static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: STDOUT_FILENO) }
    /// Standard error, flushed after every write.
    static func standardError() -> FileDescriptorOutput {
        FileDescriptorOutput(descriptor: STDERR_FILENO, flushesEveryWrite: true)
    }

    let descriptor: Int32
    private let flushesEveryWrite: Bool
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    init(descriptor: Int32, flushesEveryWrite: Bool = false) {
        self.descriptor = descriptor
        self.flushesEveryWrite = flushesEveryWrite
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(descriptor) != 0 }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if flushesEveryWrite || buffer.count >= capacity { flush() }
    }

    /// Writes out everything collected so far.
    func flush() {
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { bytes in
                #if canImport(Darwin)
                Darwin.write(descriptor, bytes.baseAddress, bytes.count)
                #else
                Glibc.write(descriptor, bytes.baseAddress, bytes.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            start += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
