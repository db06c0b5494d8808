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

    public init(path: String) {
        snapshot = path
        journal = path + ".journal"
        lock = path + ".lock"
        temporarySnapshot = path + ".snapshot-tmp"
        temporaryJournal = path + ".journal-tmp"
    }
}
