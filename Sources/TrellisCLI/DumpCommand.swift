import ArgumentParser
import Trellis

/// `trellis dump [--format cypher|csv] [--output PATH] [--init FILE] [--import FOLDER] [--db DB]`:
/// writes the whole graph as a script of statements or as a folder of CSV files.
struct DumpCommand: ParsableCommand {
    /// The forms a dump takes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case cypher, csv
    }

    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write the whole graph as a script of statements, or as CSV files in the import format.",
        usage: "trellis dump [--format cypher|csv] [--output PATH] [--init FILE] [--import FOLDER] [--db DB]",
        discussion: """
            --format cypher (the default) writes a script of CREATE statements — indexes first, then the \
            nodes and relationships in batches — to standard output or to the file --output names. \
            `trellis run FILE` reloads it exactly; other databases in the openCypher family, such as \
            Neo4j, can load it as well.

            --format csv writes one file per label and per relationship type into the folder --output \
            names (created if needed; it must be empty), in the format `trellis import` reads \
            (Docs/import-format.md).

            The graph is the one --db names, or an in-memory one built by --init and --import.
            """)

    @Option(help: ArgumentHelp("cypher (a script of statements) or csv (a folder in the import format).", valueName: "F"))
    var format: Format = .cypher

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("File (cypher) or folder (csv) to write; a cypher dump goes to standard output without it.",
                               valueName: "PATH"))
    var output: String?

    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if format == .csv, output == nil { throw ValidationError("A csv dump needs --output FOLDER.") }
    }

    mutating func run() throws {
        let reporter = ErrorReporter()
        let database = try source.open(reporter: reporter)
        do {
            switch format {
            case .cypher:
                if let output {
                    let writer = try TextFileWriter(path: output)
                    try database.dumpCypher(to: writer.write)
                    try writer.close()
                } else {
                    let standardOutput = FileDescriptorOutput.standardOutput()
                    try database.dumpCypher { standardOutput.write($0) }
                    standardOutput.flush()
                }
            case .csv:
                try database.dumpCSV(toFolder: output ?? ".")
            }
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
    }
}
