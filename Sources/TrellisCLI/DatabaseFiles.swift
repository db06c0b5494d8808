import Trellis

/// Opens and saves database files for the shell's `:open` and `:save`.
///
/// This is the hook for persistence: `:open` already goes through ``DatabaseOpener`` (as a
/// database named on the command line does), so it works once database files can be opened;
/// `:save` needs a way to write a database to a file, which ``save(_:to:)`` is to call.
protocol DatabaseFiles {
    /// The database in the file at `path`.
    func open(path: String) throws -> Database
    /// Writes `database` to `path`, or to the file it was opened from when `path` is nil.
    /// - Returns: The path written.
    func save(_ database: Database, to path: String?) throws -> String
}

/// Database files as the command line handles them: opened through ``DatabaseOpener``;
/// `:save` checkpoints the open file, and `:save FILE` writes a copy to a new file.
struct CommandLineDatabaseFiles: DatabaseFiles {
    func open(path: String) throws -> Database {
        try DatabaseOpener.open(path: path)
    }

    func save(_ database: Database, to path: String?) throws -> String {
        if let path, path != database.path {
            try database.saveCopy(to: path)
            return path
        }
        guard let current = database.path else { throw SaveNeedsAFileName() }
        try database.checkpoint()
        return current
    }
}

/// `:save` without a file name on an in-memory database.
struct SaveNeedsAFileName: Error, CustomStringConvertible {
    var description: String {
        "error: this database is in memory; give a new file to save it to, e.g. :save partnerships.trellis"
    }
}
