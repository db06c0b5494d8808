import ArgumentParser
import Trellis

/// `trellis [DB] [--read-only] [-c QUERY] [--format F] [--init FILE]`: runs a query, the statements piped to
/// standard input, or an interactive shell; `trellis run` runs script files, `trellis serve` answers JSON requests.
@main
struct TrellisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Query property graphs with Trellis, a query language in the openCypher family.",
        usage: """
            trellis [DB] [-c QUERY] [--format F] [--init FILE] [--read-only] [--max-statement-size SIZE]
            trellis run [--db DB] [--read-only] [--continue-on-error] [--format F] [--max-statement-size SIZE] (FILE... | -c QUERY)
            trellis new [--partnership] FILE
            trellis import [--db DB] [--strict] FOLDER
            trellis dump [--format cypher|csv] [--output PATH] [--init FILE] [--import FOLDER] [--db DB]
            trellis export --dot [--output FILE] [--init FILE] [--import FOLDER] [--db DB] -c QUERY
            trellis serve --stdio [DB] [--read-only] [--max-statement-size SIZE] [--max-request-size SIZE] [--max-response-size SIZE]
            """,
        discussion: """
            With -c, runs QUERY and exits. Otherwise, when standard input or output is not a terminal, runs \
            the statements read from standard input, printing each statement's result as soon as it completes. \
            Otherwise opens an interactive shell: a statement ends at ';' or at an empty line; :help lists its \
            commands; :quit or Ctrl-D leaves.

            --init FILE runs the statements of FILE first, showing only errors, then goes on as above; \
            for example `trellis --init Samples/partnerships.cypher` opens the shell on a sample graph.

            Statements are separated by ';'. Results are written to standard output:
              table  an aligned table with a row count; statements that only change the graph print \
            a summary such as "Created 3 nodes, set 6 properties."
              csv    RFC 4180: a header row, then one row per record; null is an empty field
              json   one JSON array of objects per statement
              jsonl  one JSON object per record, one per line
            EXPLAIN prints the plan (as {"plan": ...} in json and jsonl); PROFILE runs the statement \
            and prints the plan with the rows, time share and rows held of each operator.

            Errors are written to standard error as FILE:LINE:COLUMN: error: MESSAGE [Kind.Code], \
            followed by the source line and a caret under the offending text. FILE is the script's path, \
            <stdin> for standard input or <command> for -c. The first error stops the run with exit status 1.

            Text must be UTF-8: a script file, --init FILE or the query of -c holding a byte that is not \
            UTF-8 is refused before any of it runs, and on standard input the line holding it is, with \
            the error at that byte (its line, column and byte offset) [SyntaxError.InvalidUTF8]. A statement \
            longer than --max-statement-size (default 8M, that is 8 MiB) fails with \
            LimitExceeded.StatementTooLong before it is parsed.

            trellis new creates a database file; with --partnership it enforces the partnership schema \
            (required and unique keys, property types and allowed values, relationship endpoints). \
            trellis import loads a folder of node and relationship CSV files in bulk, trellis dump writes \
            the whole graph as a script of statements or as CSV files, trellis export --dot draws what a \
            query returns as a Graphviz picture, and trellis serve --stdio answers queries sent as JSON \
            lines on standard input, one response per line on standard output, so that programs in other \
            languages can use Trellis; `trellis COMMAND --help` tells more.

            DB names a database file, opened (or created, when missing) for the shell, -c or standard \
            input: every statement that succeeds is on disk before the next one starts, and the graph is \
            there the next time DB is opened. CHECKPOINT writes a fresh snapshot of DB and empties its \
            journal (DB.journal); this also happens by itself as the journal grows. Only one process at a \
            time may open DB for writing; --read-only opens it alongside a writer, and statements that \
            would change it fail. Without DB the database is in memory and lasts as long as the command runs.
            """,
        subcommands: [RunCommand.self, NewCommand.self, ImportCommand.self, DumpCommand.self, ExportCommand.self,
                      ServeCommand.self])

    /// Parses a command line (without the program name) into the command it asks for:
    /// a ``TrellisCommand``, or a subcommand such as ``RunCommand`` when the line starts with its name.
    static func parseAsRoot(_ arguments: [String]? = nil) throws -> any ParsableCommand {
        let (root, routed) = SubcommandRouter.route(arguments ?? Array(CommandLine.arguments.dropFirst()))
        return try root.parseAsRoot(routed)
    }

    /// Parses the command line, runs the command and exits.
    static func main() {
        // An argument that is not UTF-8 (a query given with -c, a path) is refused before anything runs.
        if let diagnostic = ArgumentEncoding.diagnostic(for: ArgumentEncoding.rawArguments()) {
            let errors = FileDescriptorOutput.standardError()
            errors.write(diagnostic)
            errors.flush()
            Self.exit(withError: ExitCode.failure)
        }
        let (root, arguments) = SubcommandRouter.route(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
        } catch {
            root.exit(withError: error)
        }
    }

    @OptionGroup var target: DatabaseArgument

    @Option(name: [.customShort("c"), .customLong("command")],
            help: ArgumentHelp("Run QUERY (one or more ';'-separated statements) and exit.", valueName: "QUERY"))
    var command: String?

    @Option(name: .customLong("init"),
            help: ArgumentHelp("Run the statements of FILE first, showing only errors.", valueName: "FILE"))
    var initScript: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var statementSize: StatementSizeOption

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database = try target.open(reporter: reporter)
        statementSize.apply(to: database)
        let runner = ScriptRunner(database: database, printer: ResultPrinter(format: output.format), reporter: reporter)

        var greeting: String?
        if let initScript {
            try runner.runQuietly(scriptAt: initScript)
            greeting = "Ran \(initScript)."
        }

        if let command {
            guard runner.run(.command(command)) else { throw ExitCode.failure }
        } else if !Terminal.standardInputIsTerminal || !Terminal.standardOutputIsTerminal {
            let streaming = StreamingScriptRunner(runner: runner)
            // Lines are read as bytes (so that bytes that are not UTF-8 are refused, not replaced),
            // none longer than a statement may be.
            let lines = FileDescriptorLines(maximumLineLength: database.limits.maxStatementBytes)
            guard streaming.run(readingBytesFrom: { lines.next() }) else {
                throw ExitCode.failure
            }
        } else {
            Shell.interactive(database: database, format: output.format, greeting: greeting).run()
        }
    }
}
