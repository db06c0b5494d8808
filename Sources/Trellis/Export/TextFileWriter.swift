#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisStorage

/// Writes text to a file through a large buffer: dumps are written in big pieces.
public final class TextFileWriter {
    /// Writing failed; the reason is the system's.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write the file: \(reason)" }
    }

    /// The file's path.
    public let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20

    /// Creates (or empties) the file at `path`; a Trellis database or journal there is refused, not emptied.
    public init(path: String) throws {
        let descriptor = try Self.openForOutput(path: path, permissions: 0o666)
        guard let file = fdopen(descriptor, "wb") else {
            let reason = String(cString: strerror(errno))
            closeDescriptor(descriptor)
            throw WriteError(path: path, reason: reason)
        }
        self.path = path
        self.file = file
        buffer.reserveCapacity(capacity)
    }

    /// Opens `path` for writing output: created with `permissions` (less the umask), or emptied —
    /// unless it is a Trellis database or journal, which output never replaces.
    /// - Returns: The file descriptor, which the caller closes.
    public static func openForOutput(path: String, permissions: mode_t) throws(WriteError) -> Int32 {
        do {
            return try OutputFiles.open(path, permissions: permissions)
        } catch {
            throw WriteError(path: path, reason: error.reason)
        }
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Appends text.
    public func write(_ text: String) throws {
        guard file != nil else { throw WriteError(path: path, reason: "the file is closed") }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out what the buffer holds.
    public func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        let count = buffer.count
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
        if written < count { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes out the rest and closes the file; later writes fail.
    public func close() throws {
        try flush()
        guard let file else { return }
        self.file = nil
        if fclose(file) != 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }
}

/// The C library's close, which the writer's own `close()` shadows inside it.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
