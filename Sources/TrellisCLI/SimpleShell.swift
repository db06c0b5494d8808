import Trellis

/// A minimal interactive shell reading lines with `readLine()`.
///
/// A statement ends at a `;` outside strings and comments, or at an empty line after some
/// text. `:quit`, `:exit` or the end of input leave; `:help` explains. Errors are reported
/// with positions in the statement as typed and do not end the shell.
struct SimpleShell {
    /// The prompt for a new statement.
    static let prompt = "trellis> "
    /// The prompt for a statement's further lines.
    static let continuationPrompt = "    ...> "

    let runner: ScriptRunner
    /// A note printed when the shell starts, such as the script it was initialised with.
    var greeting: String?

    /// Reads and runs statements until `:quit` or the end of input.
    func run(readingLinesFrom nextLine: () -> String? = { readLine(strippingNewline: true) }) {
        let printer = runner.printer
        printer.write("Trellis, a query language in the openCypher family. End statements with ';'; type :help for help.\n")
        if let greeting { printer.write(greeting + "\n") }
        var buffer = ""
        while true {
            printer.write(buffer.isEmpty ? Self.prompt : Self.continuationPrompt)
            guard let line = nextLine() else {
                printer.write("\n")
                return
            }
            let trimmed = line.trimmingWhitespace()
            if buffer.isEmpty, trimmed.hasPrefix(":") {
                if !runCommand(trimmed) { return }
                continue
            }
            if trimmed.isEmpty {
                if !buffer.isEmpty {
                    runStatements(StatementSplitter.split(buffer).statements, in: buffer)
                    buffer = ""
                }
                continue
            }
            buffer += line + "\n"
            guard line.contains(";") else { continue }
            let split = StatementSplitter.split(buffer)
            runStatements(split.terminatedStatements, in: buffer)
            buffer = split.unterminatedStatement == nil && !split.endsInsideLiteral ? "" : split.remainder
        }
    }

    private func runStatements(_ statements: [ScriptStatement], in source: String) {
        for statement in statements {
            _ = runner.run(statement, sourceName: ScriptSource.standardInputName, source: source)
        }
    }

    /// Runs a `:command`; returns false when the shell should end.
    private func runCommand(_ command: String) -> Bool {
        switch command {
        case ":quit", ":exit", ":q":
            return false
        case ":help", ":h", ":?":
            runner.printer.write("""
                Type statements in a query language of the openCypher family, ending each with ';'
                (or with an empty line). Statements may span lines.
                  :help   show this text
                  :quit   leave (so does end of input, Ctrl-D)

                """)
        default:
            runner.reporter.report("error: unknown command \(command); type :help for help")
        }
        return true
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
