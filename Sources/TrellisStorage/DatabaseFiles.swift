/// The files of a database stored at `path`: the snapshot is the file itself; the journal, the
/// lock and the temporary files of a checkpoint sit beside it, named after it.
public struct DatabaseFiles: Sendable, Hashable {
    /// The snapshot: the database file the user names, e.g. `partnerships.trellis`.
    public let snapshot: String
    /// The journal of changes committed since the snapshot: `partnerships.trellis.journal`.
    public let journal: String
    /// The writer's lock file: `partnerships.trellis.lock`.
    public let lock: String
    /// Where a new snapshot is written before it is renamed over the old one.
    public let temporarySnapshot: String
    /// Where a new journal is written before it is renamed over the old one.
    public let temporaryJournal: String

    /// The files of the database at `path`, named after it as it is given.
    public init(path: String) {
        snapshot = path
        journal = path + ".journal"
        lock = path + ".lock"
        temporarySnapshot = path + ".snapshot-tmp"
        temporaryJournal = path + ".journal-tmp"
    }

    /// The files of the database that `path` names, named after the file itself when `path` is a
    /// symbolic link (`alias.trellis` linking to `db.trellis` gives `db.trellis.journal` and
    /// `db.trellis.lock`), so that every name of a database leads to the same journal and lock,
    /// and to a single writer. Other spellings of a path (`./db.trellis`, `dir/../db.trellis`, an
    /// absolute path) need no resolving: the lock file they name is the same file.
    /// - Parameter forWriting: Refuse a link to a file that does not exist (a database is not
    ///   created wherever a link points); read-only, that is `DatabaseNotFound`.
    public static func resolving(_ path: String, forWriting: Bool) throws -> DatabaseFiles {
        let resolved = try DurableFile.resolvingLinks(path)
        if resolved.linked, try DurableFile.kind(of: resolved.path) == .missing {
            if !forWriting { throw StorageError.notFound(path) }
            throw StorageError.unsafe(path, "it is a symbolic link to \(resolved.path), which does not exist; a database is created under its own name, not through a link")
        }
        return DatabaseFiles(path: resolved.path)
    }
}
