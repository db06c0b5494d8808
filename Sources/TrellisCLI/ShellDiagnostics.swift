import Trellis

/// Shows errors in what was typed at the prompt: the message, then the statement's line with a
/// caret under the offending text.
///
/// ```
/// error: variable 'r' is not defined [SyntaxError.UndefinedVariable]
/// MATCH (s:School) RETURN s.name, count(r)
///                                       ^
/// ```
///
/// The line and column are named when the statement spans lines. A statement cancelled with
/// Ctrl-C gets a note instead of an error.
struct ShellDiagnostics {
    /// The note shown when Ctrl-C cancelled a statement (on a line of its own: the terminal has just echoed `^C`).
    static let cancelledNote = "\nCancelled: the statement was stopped and the graph is as it was before it."

    var style: TerminalStyle

    /// The text shown for `error`, whose positions refer to `source`, ending in a line break.
    func render(_ error: any Error, source: String) -> String {
        guard let error = error as? TrellisError else { return style.error("error:") + " \(error)\n" }
        if error.kind == .cancelled { return Self.cancelledNote + "\n" }
        var header = style.error("error:") + " \(error.message) [\(DiagnosticRenderer.classification(of: error))]"
        guard let range = error.range else { return header + "\n" }
        if source.trimmingWhitespace().contains("\n") {
            header = style.error("error") + " at line \(range.start.line), column \(range.start.column):"
                + " \(error.message) [\(DiagnosticRenderer.classification(of: error))]"
        }
        guard let snippet = SourceSnippet(source: source, range: range) else { return header + "\n" }
        return header + "\n" + snippet.line + "\n" + style.caret(snippet.caret) + "\n"
    }

    /// A script's error, compiler-style with the script's name, line and column.
    func renderInScript(_ error: any Error, sourceName: String, source: String) -> String {
        if let error = error as? TrellisError, error.kind == .cancelled { return Self.cancelledNote + "\n" }
        let text = DiagnosticRenderer(sourceName: sourceName, source: source).render(error)
        guard style.usesColour, let marker = text.firstRange(of: "error:") else { return text }
        var coloured = text
        coloured.replaceSubrange(marker, with: style.error("error:"))
        return coloured
    }

    /// A message that belongs to no source text, such as a file that cannot be read; `error:`
    /// is put in front unless the message has it already (`path: error: …`).
    func render(message: String) -> String {
        guard let marker = message.firstRange(of: "error:") else { return style.error("error:") + " " + message + "\n" }
        var text = message
        text.replaceSubrange(marker, with: style.error("error:"))
        return text + "\n"
    }
}
