#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that Trellis reads whole or in a stream (import folders, LOAD CSV), opened only when
/// they are regular files: a FIFO would make the reader wait for ever, and a device such as
/// `/dev/zero` would never end. Links are followed; the file they reach is what is checked.
package enum RegularFile {
    /// Why a file could not be opened, in words for an error message.
    package struct Refusal: Error, Sendable {
        package let reason: String
    }

    /// A descriptor open for reading on `path`, in blocking mode, checked to be a regular file.
    package static func openForReading(_ path: String) throws(Refusal) -> Int32 {
        // Non-blocking, so that opening a FIFO with no writer does not wait.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Refusal(reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw Refusal(reason: info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// All the bytes of the regular file `path`.
    package static func contents(of path: String) throws(Refusal) -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Refusal(reason: String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<n])
        }
    }
}
