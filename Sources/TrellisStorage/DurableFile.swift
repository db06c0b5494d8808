#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore

/// A file opened for positioned reads and writes, with the operations crash safety is built
/// from: writing everything or failing, flushing to the disk, renaming atomically, and flushing
/// the folder so that a rename survives a crash. Every failure is a ``TrellisError`` naming the file.
final class DurableFile {
    let path: String
    private(set) var descriptor: Int32

    /// Owner-only permissions for every file the storage layer creates: partnership data can be sensitive.
    static let ownerOnly: mode_t = 0o600

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Opens an existing file for reading.
    static func openForReading(_ path: String) throws -> DurableFile {
        try open(path, flags: O_RDONLY)
    }

    /// Opens a file for reading and writing, creating it (owner-only) when `create` and emptying it when `truncate`.
    static func openForWriting(_ path: String, create: Bool = false, truncate: Bool = false) throws -> DurableFile {
        var flags = O_RDWR
        if create { flags |= O_CREAT }
        if truncate { flags |= O_TRUNC }
        return try open(path, flags: flags)
    }

    private static func open(_ path: String, flags: Int32) throws -> DurableFile {
        while true {
            let fd = systemOpen(path, flags | O_CLOEXEC, ownerOnly)
            if fd >= 0 { return DurableFile(path: path, descriptor: fd) }
            if errno == EINTR { continue }
            let code = errno
            throw StorageError.system(path, flags & O_ACCMODE == O_RDONLY ? "open it for reading" : "open it for writing", errno: code)
        }
    }

    /// Closes the file; further operations fail.
    func close() {
        if descriptor >= 0 {
            _ = systemClose(descriptor)
            descriptor = -1
        }
    }

    /// The file's length in bytes.
    func size() throws -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StorageError.system(path, "read its size", errno: errno) }
        return Int(info.st_size)
    }

    /// Reads up to `buffer.count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n > 0 {
                done += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                throw StorageError.system(path, "read it", errno: errno)
            }
        }
        return done
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    func readBytes(at offset: Int, count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try bytes.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        if n < count { bytes.removeSubrange(n...) }
        return bytes
    }

    /// Writes all of `buffer` at `offset`, or fails.
    func write(at offset: Int, _ buffer: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < buffer.count {
            let n = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n > 0 {
                done += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                throw StorageError.system(path, "write it", errno: n < 0 ? errno : EIO)
            }
        }
    }

    /// Writes all of `bytes` at `offset`, or fails.
    func write(at offset: Int, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write(at: offset, $0) }
    }

    /// Flushes the file's data and metadata to the disk.
    func sync() throws {
        #if canImport(Darwin)
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw StorageError.system(path, "flush it to disk", errno: errno) }
        }
    }

    /// Flushes the file's data (and the metadata needed to read it back, such as its length) to the disk.
    func syncData() throws {
        #if canImport(Darwin)
        try sync()
        #else
        while fdatasync(descriptor) != 0 {
            if errno != EINTR { throw StorageError.system(path, "flush it to disk", errno: errno) }
        }
        #endif
    }

    /// Cuts the file to `length` bytes.
    func truncate(to length: Int) throws {
        while ftruncate(descriptor, off_t(length)) != 0 {
            if errno != EINTR { throw StorageError.system(path, "truncate it", errno: errno) }
        }
    }

    // MARK: - Paths

    /// What is at `path`.
    enum Kind { case missing, regularFile, other }

    static func kind(of path: String) throws -> Kind {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return .missing }
            throw StorageError.system(path, "look it up", errno: errno)
        }
        return (info.st_mode & S_IFMT) == S_IFREG ? .regularFile : .other
    }

    /// Renames `source` over `target` atomically: a crash leaves one or the other, never neither.
    static func rename(_ source: String, over target: String) throws {
        guard systemRename(source, target) == 0 else {
            throw StorageError.system(target, "replace it with \(source)", errno: errno)
        }
    }

    /// Removes `path` if it exists.
    static func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw StorageError.system(path, "remove it", errno: errno) }
    }

    /// The folder holding `path` ("." for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Flushes the folder holding `path`, so that files created or renamed in it survive a crash.
    static func syncFolder(of path: String) throws {
        let folder = folder(of: path)
        let fd = systemOpen(folder, O_RDONLY | O_CLOEXEC, 0)
        guard fd >= 0 else { throw StorageError.system(folder, "open the folder to flush it", errno: errno) }
        defer { _ = systemClose(fd) }
        while fsync(fd) != 0 {
            if errno != EINTR { throw StorageError.system(folder, "flush the folder to disk", errno: errno) }
        }
    }
}

// The C library's open, close and rename, which the method names above shadow.
@inline(__always) private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
@inline(__always) private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
@inline(__always) private func systemRename(_ a: String, _ b: String) -> Int32 { rename(a, b) }
