#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening files that must be regular files: the files of a database, output files that may be
/// emptied, and files read whole or in a stream (import folders, LOAD CSV). A FIFO would make a
/// reader wait for ever, and a device such as `/dev/zero` would never end.
package enum RegularFile {
    /// Why a file could not be opened, in words for an error message.
    package struct Refusal: Error, Sendable {
        package let reason: String
    }

    /// Why ``open(_:flags:mode:)`` failed.
    package enum OpenFailure: Error, Sendable {
        /// The system refused, with this `errno`.
        case system(Int32)
        /// What was opened is not a regular file (`isFolder` when it is a folder).
        case notRegular(isFolder: Bool)
    }

    /// Opens `path` with `flags` (and `mode` for a file it creates), close-on-exec, and returns
    /// the descriptor, in blocking mode, with the number of names (hard links) the file has. The
    /// open itself does not block, so a FIFO with no writer is refused rather than waited on.
    package static func open(_ path: String, flags: Int32, mode: mode_t = 0) throws(OpenFailure) -> (descriptor: Int32, linkCount: Int) {
        while true {
            let fd = systemOpen(path, flags | O_CLOEXEC | O_NONBLOCK, mode)
            if fd < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            var info = stat()
            guard fstat(fd, &info) == 0 else {
                let code = errno
                _ = systemClose(fd)
                throw .system(code)
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                _ = systemClose(fd)
                throw .notRegular(isFolder: info.st_mode & S_IFMT == S_IFDIR)
            }
            // Regular files never block; the flag only kept a FIFO from blocking the open.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return (fd, Int(info.st_nlink))
        }
    }

    /// A descriptor open for reading on `path` (links followed), checked to be a regular file.
    package static func openForReading(_ path: String) throws(Refusal) -> Int32 {
        do {
            return try open(path, flags: O_RDONLY).descriptor
        } catch {
            switch error {
            case .system(let code): throw Refusal(reason: String(cString: strerror(code)))
            case .notRegular(let isFolder): throw Refusal(reason: isFolder ? "it is a folder" : "it is not a regular file")
            }
        }
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

@inline(__always) private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
@inline(__always) private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
