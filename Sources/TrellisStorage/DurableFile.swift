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

    /// Opens an existing regular file for reading. A symbolic link is not followed, and a
    /// folder, FIFO or device is refused (reading a FIFO could wait forever).
    static func openForReading(_ path: String) throws -> DurableFile {
        try open(path, flags: O_RDONLY, operation: "open it for reading")
    }

    /// Opens an existing regular file for reading and writing, or creates it (owner-only) when
    /// `create`; emptied when `truncate`. A symbolic link is not followed, and a file with another
    /// name (a hard link) is refused, so that writing never reaches a file other than the one named.
    static func openForWriting(_ path: String, create: Bool = false, truncate: Bool = false) throws -> DurableFile {
        let file = try open(path, flags: O_RDWR | (create ? O_CREAT : 0), operation: "open it for writing")
        if file.linkCount > 1 {
            file.close()
            throw StorageError.unsafe(path, "it has \(file.linkCount) names (hard links), so writing it would change another file too")
        }
        if truncate { try file.truncate(to: 0) }
        return file
    }

    /// Creates a new, empty file (owner-only) for reading and writing; fails when anything,
    /// even a symbolic link, is already at `path`.
    static func createNew(_ path: String) throws -> DurableFile {
        try open(path, flags: O_RDWR | O_CREAT | O_EXCL, operation: "create it")
    }

    /// Opens `path` without following a symbolic link and without waiting on a FIFO, and checks
    /// that what was opened is a regular file.
    private static func open(_ path: String, flags: Int32, operation: String) throws -> DurableFile {
        do {
            let (fd, names) = try RegularFile.open(path, flags: flags | O_NOFOLLOW, mode: ownerOnly)
            let file = DurableFile(path: path, descriptor: fd)
            file.linkCount = names
            return file
        } catch {
            guard case .system(let code) = error else { throw StorageError.unsafe(path, "it is not a regular file") }
            if code == ELOOP || code == EMLINK, (try? kind(of: path)) == .symbolicLink {
                throw StorageError.unsafe(path, "it is a symbolic link, which Trellis does not follow for the files of a database")
            }
            if code == EEXIST { throw StorageError.unsafe(path, "cannot \(operation): something is already there") }
            throw StorageError.system(path, operation, errno: code)
        }
    }

    /// How many names (hard links) the file had when it was opened.
    private(set) var linkCount = 1

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

    /// What is at `path` (a symbolic link is reported as such, not followed).
    enum Kind { case missing, regularFile, symbolicLink, other }

    static func kind(of path: String) throws -> Kind {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return .missing }
            throw StorageError.system(path, "look it up", errno: errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// How many names (hard links) the file at `path` has; 0 when there is none.
    static func linkCount(of path: String) throws -> Int {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return 0 }
            throw StorageError.system(path, "look it up", errno: errno)
        }
        return Int(info.st_nlink)
    }

    /// `path` with symbolic links in its last component resolved, so that every name of a
    /// database leads to the same files beside it: `alias.trellis` linking to `db.trellis` gives
    /// `db.trellis` (a relative link target is taken from the link's folder). Folders on the way
    /// need no resolving, as the system resolves them the same way each time. A path that is not
    /// a link, or does not exist, is returned as it is.
    /// - Returns: The resolved path, and whether it was reached through a link.
    static func resolvingLinks(_ path: String) throws -> (path: String, linked: Bool) {
        var current = path
        for _ in 0..<32 {
            guard try kind(of: current) == .symbolicLink else { return (current, current != path) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw StorageError.system(current, "read the symbolic link", errno: errno) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard !target.isEmpty else { throw StorageError.system(current, "read the symbolic link", errno: ENOENT) }
            if target.hasPrefix("/") || !current.contains("/") {
                current = target
            } else {
                current = folder(of: current) + (folder(of: current) == "/" ? "" : "/") + target
            }
        }
        throw StorageError.system(path, "resolve the symbolic link", errno: ELOOP)
    }

    /// Puts the finished file `source` at `target` where nothing is yet, atomically, and never
    /// over a file that appeared there meanwhile (a new database must not replace anything).
    static func placeNew(_ source: String, at target: String) throws {
        if link(source, target) == 0 {
            _ = unlink(source)
            return
        }
        let code = errno
        if code == EEXIST {
            throw StorageError.error(target, "FileExists", "a file appeared there while the database was being created; it was left untouched")
        }
        // Some file systems have no hard links: rename instead, having checked that the name is still free.
        guard code == EPERM || code == EOPNOTSUPP || code == EXDEV || code == EMLINK else {
            throw StorageError.system(target, "create it from \(source)", errno: code)
        }
        guard try kind(of: target) == .missing else {
            throw StorageError.error(target, "FileExists", "a file appeared there while the database was being created; it was left untouched")
        }
        try rename(source, over: target)
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
