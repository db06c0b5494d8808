import Trellis

/// Collects the lines typed at the prompt until they make statements to run.
///
/// A statement is complete at a `;` outside strings, quoted names and comments; it may span
/// lines. An empty line runs what has been typed without a `;` (unless a string or comment is
/// still open, when the line belongs to it).
struct StatementBuffer {
    /// What typing a line gave.
    enum Outcome: Equatable {
        /// More lines are needed.
        case incomplete
        /// These statements of `source` are ready to run; their ranges refer to `source`.
        case ready(source: String, statements: [ScriptStatement])
    }

    /// The lines typed so far and not yet run, each ending in a line break.
    private(set) var text = ""

    /// True at the start of a statement.
    var isEmpty: Bool { text.isEmpty }

    /// Adds a typed line (without its line break).
    mutating func add(_ line: String) -> Outcome {
        if line.trimmingWhitespace().isEmpty {
            guard !text.isEmpty else { return .incomplete }
            let split = StatementSplitter.split(text)
            if split.endsInsideLiteral {
                text += line + "\n"
                return .incomplete
            }
            let source = text
            text = ""
            return split.statements.isEmpty ? .incomplete : .ready(source: source, statements: split.statements)
        }
        text += line + "\n"
        guard line.contains(";") else { return .incomplete }
        let split = StatementSplitter.split(text)
        let source = text
        let remainder = StatementSplitter.split(split.remainder)
        text = remainder.statements.isEmpty && !remainder.endsInsideLiteral ? "" : split.remainder
        let ready = split.terminatedStatements
        return ready.isEmpty ? .incomplete : .ready(source: source, statements: ready)
    }

    /// Forgets what was typed (Ctrl-C).
    mutating func clear() { text = "" }
}
