import Trellis

/// Writes diagnostics to standard error, compiler-style.
final class ErrorReporter {
    let output: any TextSink

    init(output: any TextSink = FileDescriptorOutput.standardError()) {
        self.output = output
    }

    /// Reports `error`, whose positions refer to `source`, shown under the name `sourceName`.
    func report(_ error: any Error, sourceName: String, source: String) {
        output.write(DiagnosticRenderer(sourceName: sourceName, source: source).render(error))
        output.flush()
    }

    /// Reports an error that belongs to no source text, such as a file that cannot be read.
    func report(_ message: String) {
        output.write(message.hasSuffix("\n") ? message : message + "\n")
        output.flush()
    }
}
