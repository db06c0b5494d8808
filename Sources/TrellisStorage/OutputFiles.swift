#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore

/// Files that results, dumps and pictures are written to. Such a file is created, or emptied
/// when it exists — but never when it is a Trellis database or journal: a dump sent by mistake
/// to `db.trellis` (or through a link to it) must not destroy the database.
public enum OutputFiles {
    /// Why an output file was not opened.
    public struct Refusal: Error, Sendable {
        /// What went wrong, e.g. "it is a Trellis database; ..." or the system's reason.
        public var reason: String
    }

    /// Opens `path` for writing: a new file is created with `permissions` (less the umask), an
    /// existing regular file is emptied once it is checked not to be a Trellis database or
    /// journal, and anything else (a FIFO, a terminal, `/dev/null`) is opened as it is.
    /// - Returns: The file descriptor, which the caller closes.
    public static func open(_ path: String, permissions: mode_t) throws(Refusal) -> Int32 {
        while true {
            var info = stat()
            if stat(path, &info) != 0 {
                guard errno == ENOENT else { throw Refusal(reason: SystemError.text(errno)) }
                let fd = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
                if fd >= 0 { return fd }
                if errno == EEXIST || errno == EINTR { continue }
                throw Refusal(reason: SystemError.text(errno))
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                let fd = systemOpen(path, O_WRONLY | O_CLOEXEC, permissions)
                if fd >= 0 { return fd }
                if errno == EINTR { continue }
                throw Refusal(reason: SystemError.text(errno))
            }
            // Not truncated on opening: what it holds is looked at first.
            let fd: Int32
            do {
                fd = try openExisting(path, permissions)
            } catch {
                // No longer a regular file: it changed since it was looked up, so look again.
                guard case .system(let code) = error else { continue }
                throw Refusal(reason: SystemError.text(code))
            }
            var signature = [UInt8](repeating: 0, count: 8)
            let count = signature.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 8, 0) }
            if count == 8 {
                let what: String? = signature == SnapshotFormat.magic ? "a Trellis database"
                    : signature == JournalHeader.magic ? "the journal of a Trellis database" : nil
                if let what {
                    _ = systemClose(fd)
                    throw Refusal(reason: "it is \(what), which output never replaces; choose another file")
                }
            }
            while ftruncate(fd, 0) != 0 {
                if errno == EINTR { continue }
                let code = errno
                _ = systemClose(fd)
                throw Refusal(reason: SystemError.text(code))
            }
            return fd
        }
    }
}

extension OutputFiles {
    /// The existing regular file at `path`, for reading and writing, or for writing alone when
    /// it may not be read.
    private static func openExisting(_ path: String, _ permissions: mode_t) throws(RegularFile.OpenFailure) -> Int32 {
        do {
            return try RegularFile.open(path, flags: O_RDWR, mode: permissions).descriptor
        } catch {
            guard case .system(EACCES) = error else { throw error }
        }
        return try RegularFile.open(path, flags: O_WRONLY, mode: permissions).descriptor
    }
}

@inline(__always) private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
@inline(__always) private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
