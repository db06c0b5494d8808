import Trellis

/// Runs statements as they arrive on a line-by-line input such as a pipe: each statement
/// runs, and its result is printed, as soon as its terminating `;` has been read, without
/// waiting for the end of the input. A last statement without `;` runs at the end of the input.
///
/// Diagnostics give positions in the whole input.
struct StreamingScriptRunner {
    let runner: ScriptRunner
    /// The name diagnostics give the input.
    var sourceName = ScriptSource.standardInputName
    /// Report an error and go on with the next statement, instead of stopping.
    var continueOnError = false

    /// Reads lines (newlines included) from `nextLine` until it returns nil, running the statements.
    /// - Returns: Whether every statement succeeded.
    func run(readingLinesFrom nextLine: () -> String?) -> Bool {
        var text = ""
        var pending = ""
        var pendingStart = SourceLocation.start
        var succeeded = true

        func runStatements(_ statements: [ScriptStatement]) -> Bool {
            for statement in statements where !runner.run(statement, sourceName: sourceName, source: text) {
                succeeded = false
                if !continueOnError { return false }
            }
            return true
        }

        while let line = nextLine() {
            text += line
            pending += line
            guard line.utf8.contains(UInt8(ascii: ";")) else { continue }
            let split = StatementSplitter.split(pending, startingAt: pendingStart)
            guard runStatements(split.terminatedStatements) else { return false }
            pending = split.remainder
            pendingStart = split.remainderStart
        }
        let split = StatementSplitter.split(pending, startingAt: pendingStart)
        _ = runStatements(split.statements)
        return succeeded
    }
}
