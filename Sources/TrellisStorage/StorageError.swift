import TrellisCore

/// The errors of the storage layer, as ``TrellisError`` values of kind `StorageError` (or
/// `IOError` when the operating system refused an operation). Every message starts with the
/// path of the file concerned and says what is wrong with it.
public enum StorageError {
    /// Detail codes of storage errors.
    public enum Code {
        /// Another process (or another `Database` of this process) has the database open for writing.
        public static let databaseLocked = "DatabaseLocked"
        /// A database opened read-only does not exist.
        public static let databaseNotFound = "DatabaseNotFound"
        /// The file is not a Trellis database (or not a Trellis journal).
        public static let notADatabase = "NotADatabase"
        /// The file was written by a newer Trellis, in a format version this one cannot read.
        public static let unsupportedFormatVersion = "UnsupportedFormatVersion"
        /// A checksum does not match: the file is damaged.
        public static let checksumMismatch = "ChecksumMismatch"
        /// The file ends before its end marker: it was cut short.
        public static let truncatedFile = "TruncatedFile"
        /// The file's checksums match but its content makes no sense.
        public static let corruptFile = "CorruptFile"
        /// The journal does not belong with the snapshot beside it.
        public static let journalMismatch = "JournalMismatch"
        /// A write was attempted on a database opened read-only.
        public static let readOnlyDatabase = "ReadOnlyDatabase"
        /// An earlier write to the journal failed half-way; no more writes are accepted.
        public static let journalUnavailable = "JournalUnavailable"
        /// The operating system refused a file operation.
        public static let fileSystem = "FileSystem"
        /// A file of the database (its journal, lock or a temporary file) is a symbolic link, has
        /// other names (hard links), is not a regular file, or is a lock file holding something
        /// other than a process id: Trellis does not write through it, and left it untouched.
        public static let unsafeFile = "UnsafeFile"
    }

    static func error(_ path: String, _ code: String, _ message: String) -> TrellisError {
        TrellisError(.storageError, code, "\(path): \(message)")
    }

    static func system(_ path: String, _ operation: String, errno code: Int32) -> TrellisError {
        TrellisError(.ioError, Code.fileSystem, "\(path): cannot \(operation): \(SystemError.text(code))")
    }

    static func locked(_ path: String, pid: Int32?) -> TrellisError {
        let holder: String
        if let pid, pid == SystemError.currentProcessID {
            holder = "is already open for writing in this process"
        } else if let pid {
            holder = "is in use by another process (pid \(pid))"
        } else {
            holder = "is in use by another process"
        }
        return error(path, Code.databaseLocked,
                     "the database \(holder); only one writer at a time is allowed (open it read-only to read alongside)")
    }

    static func notFound(_ path: String) -> TrellisError {
        error(path, Code.databaseNotFound, "no such database (a database opened read-only is not created)")
    }

    static func notADatabase(_ path: String, _ detail: String) -> TrellisError {
        error(path, Code.notADatabase, "not a Trellis database: \(detail)")
    }

    static func newerVersion(_ path: String, _ what: String, version: UInt32, supported: UInt32) -> TrellisError {
        error(path, Code.unsupportedFormatVersion,
              "the \(what) has format version \(version), newer than this Trellis reads (up to \(supported)); open it with a newer Trellis")
    }

    static func checksum(_ path: String, _ place: String, stored: UInt32, computed: UInt32) -> TrellisError {
        error(path, Code.checksumMismatch,
              "checksum mismatch in \(place) (stored \(hex(stored)), computed \(hex(computed))): the file is damaged and was left untouched")
    }

    /// A header whose checksum fails. When its version field gives a format newer than this
    /// build reads, a newer format may lay its header out differently: both causes are named.
    static func headerChecksum(_ path: String, _ header: String, version: UInt32, newestReadable: UInt32,
                               stored: UInt32, computed: UInt32) -> TrellisError {
        let place = version > newestReadable
            ? "\(header) (it gives format version \(version), newer than this Trellis reads, but the checksum fails, so the header may just be damaged)"
            : header
        return checksum(path, place, stored: stored, computed: computed)
    }

    static func truncated(_ path: String, _ detail: String) -> TrellisError {
        error(path, Code.truncatedFile, "the file is cut short: \(detail); it was left untouched")
    }

    static func corrupt(_ path: String, _ detail: String) -> TrellisError {
        error(path, Code.corruptFile, "the file is damaged: \(detail); it was left untouched")
    }

    static func unsafe(_ path: String, _ detail: String) -> TrellisError {
        error(path, Code.unsafeFile, "\(detail); it was left untouched")
    }

    static func readOnly(_ path: String) -> TrellisError {
        error(path, Code.readOnlyDatabase, "the database is open read-only; this statement would change it")
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
