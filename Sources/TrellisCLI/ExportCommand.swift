import ArgumentParser
import Trellis

/// `trellis export --dot [--output FILE] [--init FILE] [--import FOLDER] [--db DB] -c QUERY`:
/// draws the subgraph a query returns as Graphviz DOT.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the subgraph a query returns as a Graphviz DOT picture.",
        usage: "trellis export --dot [--output FILE] [--init FILE] [--import FOLDER] [--db DB] -c QUERY",
        discussion: """
            Runs QUERY and writes the nodes, relationships and paths found anywhere in its rows as a \
            Graphviz DOT graph, to standard output or to the file --output names. Render it with \
            Graphviz, for example `dot -Tsvg partnership.dot -o partnership.svg`.

            For example, a partnership with its schools, their authorities, strengths and needs:

              trellis export --dot --init Samples/partnerships.cypher -c "MATCH (p:Partnership {id: 'P01'})<-[m:MEMBER_OF]-(s:School)-[r:IN_AUTHORITY|STRENGTH|NEEDS]->(x) RETURN p, m, s, r, x"
            """)

    @Flag(help: "Write Graphviz DOT (the only picture format for now).")
    var dot = false

    @Option(name: [.customShort("c"), .customLong("command")],
            help: ArgumentHelp("The query whose result is drawn (the last statement's, when there are several).", valueName: "QUERY"))
    var command: String

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("File to write; standard output without it.", valueName: "FILE"))
    var output: String?

    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if !dot { throw ValidationError("Say which picture to write: --dot.") }
    }

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database = try source.open(reporter: reporter)
        let result: QueryResult
        do {
            result = try database.execute(command)
        } catch {
            reporter.report(error, sourceName: ScriptSource.commandName, source: command)
            throw ExitCode.failure
        }
        let text = DotExporter.dot(for: result)
        do {
            if let output {
                let writer = try TextFileWriter(path: output)
                try writer.write(text)
                try writer.close()
            } else {
                let standardOutput = FileDescriptorOutput.standardOutput()
                standardOutput.write(text)
                standardOutput.flush()
            }
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
    }
}
