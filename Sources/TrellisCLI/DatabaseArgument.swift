import ArgumentParser
import Trellis

/// The database `trellis [DB]` and `trellis serve [DB]` work on: a file, opened for writing (created
/// when missing) or with `--read-only`; without DB, a database in memory.
struct DatabaseArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Database file to open, created when missing (without it, the database is in memory).", valueName: "DB"))
    var database: String?

    @Flag(name: .customLong("read-only"),
          help: "Open DB read-only, without the writer's lock: statements that would change it fail.")
    var readOnly = false

    /// Opens the database; reports a failure and throws `ExitCode.failure`.
    func open(reporter: ErrorReporter) throws -> Database {
        try DatabaseOpener.openForCommand(path: database, readOnly: readOnly, reporter: reporter)
    }
}
