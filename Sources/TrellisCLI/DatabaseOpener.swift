import Foundation
import Trellis

/// Opens the database a command works on.
enum DatabaseOpener {
    /// An in-memory database when `path` is nil. Database files cannot be opened yet:
    /// naming one is an error rather than something silently ignored.
    /// - Parameter readOnly: Whether a database file would be opened read-only; no effect in memory.
    static func open(path: String?, readOnly: Bool = false) throws -> Database {
        if let path { throw DatabaseOpenError(path: path) }
        return CommandLineFileAccess.applied(to: Database())
    }
}

/// The command line lets LOAD CSV read files below the working folder.
enum CommandLineFileAccess {
    static func applied(to db: Database) -> Database {
        db.allowFileAccess(under: FileManager.default.currentDirectoryPath)
        return db
    }
}

/// A database file was named, and opening database files is not supported yet.
struct DatabaseOpenError: Error, CustomStringConvertible {
    var path: String
    var description: String {
        "\(path): error: opening database files is not supported yet; leave out the database to work on an in-memory one"
    }
}
