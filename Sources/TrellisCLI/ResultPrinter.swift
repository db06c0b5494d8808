import Trellis

/// Writes statement results to standard output in the chosen format, each flushed as soon as it is written.
final class ResultPrinter {
    let format: OutputFormat
    let output: any TextSink

    init(format: OutputFormat, output: any TextSink = FileDescriptorOutput.standardOutput()) {
        self.format = format
        self.output = output
    }

    /// Writes one statement's result and flushes it. Tables fit the terminal's current width.
    func print(_ result: QueryResult) {
        let formatter = format.makeFormatter(maxWidth: Terminal.outputWidth(), tableStyle: Terminal.tableStyle())
        var stream = output
        formatter.write(result, to: &stream)
        output.flush()
    }

    /// Writes text as it is and flushes it.
    func write(_ text: String) {
        output.write(text)
        output.flush()
    }
}
