#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Trellis

/// A file results are written to (`:output FILE`), created or emptied when opened and closed
/// when no longer used.
final class OutputFile: TextSink {
    /// The path it was opened with.
    let path: String
    private let output: FileDescriptorOutput

    /// Creates the file at `path`, or empties it (never a Trellis database or journal).
    init(path: String) throws {
        let descriptor: Int32
        do {
            descriptor = try TextFileWriter.openForOutput(path: path, permissions: 0o644)
        } catch {
            throw OutputFileError(path: path, reason: error.reason)
        }
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
