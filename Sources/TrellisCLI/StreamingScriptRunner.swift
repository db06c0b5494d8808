import Trellis

/// Runs statements as they arrive on a line-by-line input such as a pipe: each statement
/// runs, and its result is printed, as soon as its terminating `;` has been read, without
/// waiting for the end of the input. A last statement without `;` runs at the end of the input.
///
/// Lines are read as bytes: a line that is not UTF-8, or a statement longer than the database's
/// bound on a statement's length, stops the run with an error (the statements before it stay
/// committed). Diagnostics give positions in the whole input.
struct StreamingScriptRunner {
    let runner: ScriptRunner
    /// The name diagnostics give the input.
    var sourceName = ScriptSource.standardInputName
    /// Report an error and go on with the next statement, instead of stopping.
    var continueOnError = false

    /// Reads lines (newlines included) from `nextLine` until it returns nil, running the statements.
    /// - Returns: Whether every statement succeeded.
    func run(readingLinesFrom nextLine: () -> String?) -> Bool {
        run(readingBytesFrom: { nextLine().map { .line(Array($0.utf8)) } }, addsLineBreaks: false)
    }

    /// Reads lines of bytes from `nextLine` until it returns nil, running the statements.
    /// - Parameter addsLineBreaks: Whether the lines come without their line breaks (as
    ///   ``FileDescriptorLines`` hands them out), so that one is put back after each.
    /// - Returns: Whether every statement succeeded.
    func run(readingBytesFrom nextLine: () -> FileDescriptorLines.Line?, addsLineBreaks: Bool = true) -> Bool {
        var stream = StatementStream(maximumStatementBytes: runner.database.limits.maxStatementBytes)
        var succeeded = true

        func runStatements(_ statements: [ScriptStatement]) -> Bool {
            for statement in statements where !runner.run(statement, sourceName: sourceName, source: stream.text) {
                succeeded = false
                if !continueOnError { return false }
            }
            return true
        }

        var pendingLineBreak = false
        while let line = nextLine() {
            do {
                switch line {
                case .line(var bytes):
                    // A line's break is added only once the next line comes, so that a last line without one stays so.
                    if pendingLineBreak { bytes.insert(0x0A, at: 0) }
                    pendingLineBreak = addsLineBreaks
                    guard runStatements(try stream.append(bytes)) else { return false }
                case .tooLong:
                    if pendingLineBreak { _ = try stream.append([0x0A]) }
                    try stream.rejectOverlongLine()
                }
            } catch {
                runner.reporter.report(error, sourceName: sourceName, source: stream.text)
                return false
            }
        }
        _ = runStatements(stream.finish())
        return succeeded
    }
}
