import ArgumentParser
import Trellis

/// `trellis import [--db DB] [--strict] FOLDER`: bulk-loads a folder of node and relationship CSV files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a folder of node and relationship CSV files in bulk.",
        usage: "trellis import [--db DB] [--strict] FOLDER",
        discussion: """
            FOLDER holds one CSV file per node label (School.csv: a header row, the key column first) and \
            one per relationship type (IN_AUTHORITY.csv: from:School,to:Authority, then properties). \
            Columns may carry a type: urn:int, fsm:float, formed:date, tags:string[]. Docs/import-format.md \
            describes the format.

            Bad rows are reported on standard error as FILE:LINE: REASON and skipped; the rest is loaded. \
            With --strict, any bad row loads nothing and the exit status is 1. A summary of the nodes and \
            relationships loaded, per label and type, is written to standard output; on a terminal a \
            progress bar shows on standard error while the files are read.

            With --db the graph is loaded into the database file DB (created when missing), which is \
            checkpointed before the import counts as done. Without --db the graph is loaded in memory and \
            dropped when the command ends: a way to check a folder.
            """)

    @Option(name: .customLong("db"),
            help: ArgumentHelp("Database file to load into, created when missing (without it, the folder is only checked, in memory).",
                               valueName: "DB"))
    var database: String?

    @Flag(help: "Load nothing unless every row is good.")
    var strict = false

    @Argument(help: ArgumentHelp("Folder of CSV files to load.", valueName: "FOLDER"))
    var folder: String

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database: Database
        do {
            database = try DatabaseOpener.open(path: self.database, reporter: reporter)
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
        let bar = ProgressBar()
        let report: ImportReport
        do {
            report = try database.importCSV(folder: folder, options: ImportOptions(strict: strict)) { bar?.update($0) }
            bar?.finish()
        } catch ImportError.rejected(let rejected) {
            bar?.finish()
            Self.reportProblems(rejected, to: reporter)
            reporter.report(String(describing: ImportError.rejected(rejected)))
            throw ExitCode.failure
        } catch {
            bar?.finish()
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
        Self.reportProblems(report, to: reporter)
        let output = FileDescriptorOutput.standardOutput()
        output.write(report.summary)
        output.flush()
    }

    /// Writes each listed problem as `FILE:LINE: REASON`, and how many more were only counted.
    static func reportProblems(_ report: ImportReport, to reporter: ErrorReporter) {
        for problem in report.problems { reporter.report(problem.description) }
        let unlisted = report.badRowCount + report.skippedFiles.count - report.problems.count
        if unlisted > 0 { reporter.report("... and \(unlisted) more bad row\(unlisted == 1 ? "" : "s")") }
    }
}
