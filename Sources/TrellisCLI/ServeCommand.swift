import ArgumentParser
import Trellis
import TrellisServe

/// `trellis serve --stdio [DB] [--read-only]`: answers JSON requests read from standard input,
/// one per line, with JSON responses on standard output, one per line.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer queries sent as JSON lines on standard input, for programs in other languages.",
        usage: "trellis serve --stdio [DB] [--read-only] [--max-statement-size SIZE] [--max-request-size SIZE] [--max-response-size SIZE]",
        discussion: """
            Reads one request per line from standard input and writes one response per line to \
            standard output, flushed at once. Requests are answered in the order they arrive. Lines \
            holding only whitespace are ignored; the end of the input ends the server with exit \
            status 0, once every request read has been answered. Nothing but responses is written \
            to standard output; warnings go to standard error.

            A request is a JSON object:
              {"id": 1, "query": "RETURN $n + 1 AS next", "parameters": {"n": 41}}
            "id" is optional and may be any JSON value; it is echoed in the response (null when \
            missing). "parameters" is optional: numbers written without a fraction or exponent are \
            integers (and must fit in 64 bits), others floats; arrays are lists and objects maps. \
            "limits" is optional too: {"timeout": SECONDS, "maxResultRows": N, "maxIntermediateRows": N, \
            "maxPathLength": N}, any of them, bounds the request's statements, which fail with \
            LimitExceeded past them. A query may hold several ';'-separated statements: they run in \
            order, each committed on its own, and the response carries the last one's columns and rows \
            and the statistics of all of them; the first error stops the rest, and the statements \
            before it stay committed.

            {"id": 3, "command": "interrupt"} cancels every query read before it that has not finished, \
            the running one included: each is answered with an error of kind Cancelled and leaves the \
            graph as it was. A query that completes before the interrupt reaches it is answered as usual. \
            The interrupt itself is answered {"id":3,"ok":true}.

            A query that succeeds is answered
              {"id":1,"ok":true,"columns":["next"],"rows":[[42]],"statistics":{...}}
            "rows" holds arrays in column order. Nodes are written as {"_id": 1, "_labels": [...], ...properties}, \
            relationships as {"_id": 7, "_type": "...", "_start": 1, "_end": 2, ...properties}, paths as \
            arrays alternating the two, dates, times and durations as ISO 8601 strings, NaN and the \
            infinities as the strings "NaN", "Infinity" and "-Infinity". "statistics" holds nodesCreated, \
            nodesDeleted, relationshipsCreated, relationshipsDeleted, labelsAdded, labelsRemoved, \
            propertiesSet, indexesAdded and indexesRemoved. EXPLAIN adds "plan", the plan as text; PROFILE runs \
            the statement and adds "plan" with what each operator did (without the rows).

            A request that fails is answered (on one line)
              {"id":2,"ok":false,"error":{"kind":"SyntaxError","code":"UndefinedVariable",
               "message":"variable 'x' is not defined","line":1,"column":8}}
            "line" and "column" (1-based, in the query text) are there when the error has a position. \
            The kinds are those of the library (SyntaxError, SemanticError, TypeError, ArgumentError, \
            EntityNotFound, ConstraintVerificationFailed, ParameterMissing, ProcedureError, ArithmeticError, \
            IOError, StorageError, Cancelled, LimitExceeded, InternalError) and ProtocolError for a line \
            that is not a request, with code InvalidJSON (not JSON, not UTF-8, or a number out of range), \
            NotAnObject, MissingQuery, InvalidField (a member of the wrong type, null included), \
            UnknownField, UnknownCommand or RequestTooLong. After any error the server goes on with the next line.

            A request line longer than --max-request-size (default 64M) is read and dropped a piece at a \
            time, never held whole, and answered with ProtocolError RequestTooLong (id null); reading goes \
            on after its line break. A statement longer than --max-statement-size (default 8M) fails with \
            LimitExceeded StatementTooLong. A response that would be longer than --max-response-size \
            (default 256M) is replaced by an error of kind LimitExceeded, code ResponseTooLarge (the \
            statements still ran). SIZE is a number of bytes, or of KiB, MiB or GiB with a suffix K, M or G.

            DB names a database file, opened (or created, when missing) as `trellis DB` does: every \
            statement that succeeds is on disk before its response is written. --read-only opens it \
            alongside a writer. Without DB the database is in memory and lasts as long as the server.
            """)

    @Flag(name: .customLong("stdio"),
          help: "Read requests from standard input and write responses to standard output (required).")
    var stdio = false

    @OptionGroup var target: DatabaseArgument

    @OptionGroup var statementSize: StatementSizeOption

    @Option(name: .customLong("max-request-size"),
            help: ArgumentHelp("The longest request line read, in bytes or with a suffix K, M or G (default 64M); a longer one is skipped and answered RequestTooLong.",
                               valueName: "SIZE"))
    var maxRequestSize = ByteSize(bytes: JSONLinesServer.defaultMaximumRequestBytes)

    @Option(name: .customLong("max-response-size"),
            help: ArgumentHelp("The longest response line written, in bytes or with a suffix K, M or G (default 256M); a longer one is replaced by a ResponseTooLarge error.",
                               valueName: "SIZE"))
    var maxResponseSize = ByteSize(bytes: JSONLinesServer.defaultMaximumResponseBytes)

    func validate() throws {
        guard stdio else {
            throw ValidationError("Give --stdio: requests are read from standard input, responses written to standard output.")
        }
    }

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database = try target.open(reporter: reporter)
        statementSize.apply(to: database)
        let lines = FileDescriptorLines(maximumLineLength: maxRequestSize.bytes)
        let output = FileDescriptorOutput.standardOutput()
        let server = JSONLinesServer(database: database, maximumResponseBytes: maxResponseSize.bytes)
        server.run(reading: { lines.next() }, maximumRequestBytes: maxRequestSize.bytes) { response in
            output.write(response + "\n")
            output.flush()
        }
    }
}
