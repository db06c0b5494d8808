#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file results are written to (`:output FILE`), created or emptied when opened and closed
/// when no longer used.
final class OutputFile: TextSink {
    /// The path it was opened with.
    let path: String
    private let output: FileDescriptorOutput

    /// Creates the file at `path`, or empties it.
    init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        output = FileDescriptorOutput(descriptor: descriptor)
    }

    deinit {
        output.flush()
        close(output.descriptor)
    }

    func write(_ string: String) { output.write(string) }
    func flush() { output.flush() }
}

/// A file for results that could not be created.
struct OutputFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): cannot write results there: \(reason)" }
}
