#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore

/// The writer's lock of a database: an exclusive advisory lock (`flock`) on a lock file beside
/// it, held for as long as the database is open for writing. The holder writes its process id
/// into the file, so that a second writer's error can say who has the database.
///
/// `flock` locks belong to an open file, not to a process: a second open of the same database
/// in the same process is refused too. The operating system releases the lock when the holder
/// exits, however it exits, so a crashed writer never leaves a stale lock behind.
///
/// The lock file is only ever a file Trellis made: a symbolic link is not followed, and a file
/// with other names (hard links), a folder or FIFO, or a file holding anything but a process id
/// is refused and left as it is, so that taking the lock can never overwrite another file.
final class FileLock {
    let path: String
    private let file: DurableFile

    /// The most a lock file written by Trellis holds: a process id and a newline.
    private static let largestContent = 32

    /// Takes the lock at `path` (creating the file, owner-only), or fails at once with
    /// `DatabaseLocked` when someone holds it.
    /// - Parameter database: The database path the error message names.
    init(path: String, database: String) throws {
        self.path = path
        let file: DurableFile
        do {
            file = try DurableFile.openForWriting(path, create: true)
        } catch let error as TrellisError {
            if error.code == StorageError.Code.unsafeFile { throw error }
            let folder = DurableFile.folder(of: path)
            var info = stat()
            if stat(folder, &info) != 0, errno == ENOENT {
                throw StorageError.system(database, "create the database: the folder \(folder) does not exist", errno: ENOENT)
            }
            if error.message.hasSuffix(SystemError.text(EACCES)) || error.message.hasSuffix(SystemError.text(EROFS)) {
                throw TrellisError(error.kind, error.code,
                                   "\(error.message); opening the database for writing needs its lock file (open it read-only to read it)")
            }
            throw error
        }
        while flock(file.descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            if code == EWOULDBLOCK || code == EAGAIN {
                throw StorageError.locked(database, pid: FileLock.holder(of: file))
            }
            throw StorageError.system(path, "lock it", errno: code)
        }
        // Only a lock file's own content (nothing, or a process id) may be replaced.
        let content = try file.readBytes(at: 0, count: FileLock.largestContent + 1)
        guard content.count <= FileLock.largestContent,
              content.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "\n") }) else {
            _ = flock(file.descriptor, LOCK_UN)
            file.close()
            throw StorageError.unsafe(path, "the lock file of \(database) holds something other than a process id, so Trellis did not write it (move it away)")
        }
        self.file = file
        let pid = Array("\(SystemError.currentProcessID)\n".utf8)
        // The pid is only informative: failing to record it does not stop the writer.
        if (try? file.truncate(to: 0)) != nil { try? file.write(at: 0, pid) }
    }

    deinit { release() }

    /// Gives the lock up (closing the file releases it too).
    func release() {
        guard file.descriptor >= 0 else { return }
        _ = flock(file.descriptor, LOCK_UN)
        file.close()
    }

    /// The process id recorded by the lock's holder, if it can be read.
    private static func holder(of file: DurableFile) -> Int32? {
        guard let bytes = try? file.readBytes(at: 0, count: 32) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).filter { $0.isNumber }
        return Int32(text)
    }
}
