import Foundation
import Trellis

/// Opens the database a command works on.
enum DatabaseOpener {
    /// The database file at `path` (created when missing, unless `readOnly`), or an in-memory
    /// database when `path` is nil. What opening repaired (such as a journal record cut short by
    /// a crash) is reported through `reporter` as warnings. LOAD CSV may read below the working folder.
    static func open(path: String?, readOnly: Bool = false, reporter: ErrorReporter? = nil) throws -> Database {
        guard let path else { return CommandLineFileAccess.applied(to: Database()) }
        let database: Database
        do {
            database = try Database(path: path, readOnly: readOnly)
        } catch let error as TrellisError {
            throw DatabaseOpenError(path: path, error: error)
        }
        for notice in database.notices { reporter?.report("warning: " + notice) }
        return CommandLineFileAccess.applied(to: database)
    }
}

/// The command line lets LOAD CSV read files below the working folder.
enum CommandLineFileAccess {
    static func applied(to db: Database) -> Database {
        db.allowFileAccess(under: FileManager.default.currentDirectoryPath)
        return db
    }
}

/// A database file that could not be opened: the storage layer's message (which starts with the
/// file's path), compiler-style, with the error's kind and code.
struct DatabaseOpenError: Error, CustomStringConvertible {
    var path: String
    var error: TrellisError

    var description: String {
        // Storage messages start with the file concerned: the database file, its journal or its lock.
        var location = path
        var message = error.message
        if message.hasPrefix(path),
           let colon = message.range(of: ": ", range: message.index(message.startIndex, offsetBy: path.count)..<message.endIndex) {
            location = String(message[..<colon.lowerBound])
            message = String(message[colon.upperBound...])
        }
        var text = "\(location): error: \(message) [\(error.kind.rawValue).\(error.code)]"
        if error.code == "NotADatabase", path.hasSuffix(".cypher") || path.hasSuffix(".cyp") {
            text += "\nhint: to run a script file, use `trellis run \(path)`"
        }
        return text
    }
}
