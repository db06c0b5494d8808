import ArgumentParser
import Trellis

/// `trellis run [--db DB] [--read-only] [--continue-on-error] (FILE... | -c QUERY)`: runs scripts.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run script files, or a query given with -c.",
        usage: "trellis run [--db DB] [--read-only] [--continue-on-error] [--format F] [--max-statement-size SIZE] (FILE... | -c QUERY)",
        discussion: """
            Runs the statements of each FILE in order ('-' reads standard input), all against the same \
            database, printing each statement's result as soon as it completes. The first error stops \
            the run with exit status 1, unless --continue-on-error is given: then every error is reported, \
            the remaining statements still run, and the exit status is 1 if any statement failed.

            Errors are written to standard error as FILE:LINE:COLUMN: error: MESSAGE [Kind.Code], \
            followed by the source line and a caret under the offending text. A file that is not UTF-8 \
            is refused before any of its statements runs, with the line, column and byte offset of its \
            first bad byte; a statement longer than --max-statement-size (default 8M) fails with \
            LimitExceeded.StatementTooLong.

            --db DB opens (or creates) the database file DB: every statement that succeeds is on disk \
            before the next one starts, and the graph is there the next time DB is opened. Without --db \
            the database lives in memory for the length of the run. Only one process at a time may open \
            DB for writing; --read-only opens it alongside a writer, and statements that would change it fail.
            """)

    @Option(name: .customLong("db"),
            help: ArgumentHelp("Database file to open, created when missing (without it, the database is in memory).",
                               valueName: "DB"))
    var database: String?

    @Flag(name: .customLong("read-only"),
          help: "Open the database file read-only, without the writer's lock: statements that would change it fail. An in-memory database is unaffected.")
    var readOnly = false

    @Flag(name: .customLong("continue-on-error"),
          help: "After an error, report it and go on with the next statement.")
    var continueOnError = false

    @Option(name: [.customShort("c"), .customLong("command")],
            help: ArgumentHelp("Run QUERY (one or more ';'-separated statements) instead of files.", valueName: "QUERY"))
    var command: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var statementSize: StatementSizeOption

    @Argument(help: ArgumentHelp("Script files to run, in order; '-' reads standard input.", valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        if command != nil, !files.isEmpty {
            throw ValidationError("Give either script files or -c QUERY, not both.")
        }
        if command == nil, files.isEmpty {
            throw ValidationError("Give one or more script files, or -c QUERY.")
        }
    }

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database = try DatabaseOpener.openForCommand(path: self.database, readOnly: readOnly, reporter: reporter)
        statementSize.apply(to: database)
        let runner = ScriptRunner(database: database, printer: ResultPrinter(format: output.format), reporter: reporter)

        var succeeded = true
        let paths: [String?] = command == nil ? files : [nil]
        for path in paths {
            let source: ScriptSource
            if let path {
                do {
                    source = try ScriptSource.file(at: path)
                } catch {
                    reporter.report(String(describing: error))
                    succeeded = false
                    if continueOnError { continue } else { break }
                }
            } else {
                source = .command(command ?? "")
            }
            if !runner.run(source, continueOnError: continueOnError) {
                succeeded = false
                if !continueOnError { break }
            }
        }
        if !succeeded { throw ExitCode.failure }
    }
}
