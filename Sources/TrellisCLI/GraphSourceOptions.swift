import ArgumentParser
import Trellis

/// Where `trellis dump` and `trellis export` take their graph from: a database file, a script
/// run first (`--init`), a folder of CSV files (`--import`), or several of these in that order.
struct GraphSourceOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: ArgumentHelp("Database file to read, opened read-only (without it, the database is in memory).",
                               valueName: "DB"))
    var database: String?

    @Option(name: .customLong("init"),
            help: ArgumentHelp("Run the statements of FILE first, showing only errors.", valueName: "FILE"))
    var initScript: String?

    @Option(name: .customLong("import"),
            help: ArgumentHelp("Load the CSV files of FOLDER (see trellis import) first; bad rows are reported and skipped.",
                               valueName: "FOLDER"))
    var importFolder: String?

    /// Opens the database and loads what the options name; reports any failure and throws
    /// `ExitCode.failure`.
    func open(reporter: ErrorReporter) throws -> Database {
        let database: Database
        do {
            database = try DatabaseOpener.open(path: self.database, readOnly: true, reporter: reporter)
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
        if let initScript {
            let runner = ScriptRunner(database: database, printer: ResultPrinter(format: .table), reporter: reporter)
            let source: ScriptSource
            do {
                source = try ScriptSource.file(at: initScript)
            } catch {
                reporter.report(String(describing: error))
                throw ExitCode.failure
            }
            guard runner.run(source, printsResults: false) else { throw ExitCode.failure }
        }
        if let importFolder {
            do {
                let report = try database.importCSV(folder: importFolder)
                ImportCommand.reportProblems(report, to: reporter)
            } catch {
                reporter.report(String(describing: error))
                throw ExitCode.failure
            }
        }
        return database
    }
}
