import ArgumentParser
import Trellis

extension OutputFormat: ExpressibleByArgument {}

/// The `--format` option shared by every command.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How results are written: table, csv (a header row, then one row per record), json (one array of objects per statement) or jsonl (one object per record).",
        valueName: "F"))
    var format: OutputFormat = .table
}
