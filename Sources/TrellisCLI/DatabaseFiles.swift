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

/// Database files as the command line handles them: opened through ``DatabaseOpener``; saving
/// is not supported yet.
struct CommandLineDatabaseFiles: DatabaseFiles {
    func open(path: String) throws -> Database {
        try DatabaseOpener.open(path: path)
    }

    func save(_ database: Database, to path: String?) throws -> String {
        throw DatabaseFilesNotSupported(path: path)
    }
}

/// Saving to a database file was asked for, and database files are not supported yet.
struct DatabaseFilesNotSupported: Error, CustomStringConvertible {
    var path: String?
    var description: String {
        (path.map { "\($0): " } ?? "") + "error: saving database files is not supported yet; the shell works on "
            + "an in-memory database (:output FILE keeps results in a file)"
    }
}
