#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Creates (or empties) the file at `path`.
    public init(path: String) throws {
        guard let file = fopen(path, "wb") else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.file = file
        buffer.reserveCapacity(capacity)
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
