import Trellis
import TrellisSyntax

/// What goes into the history for statements that were run: on one line, each ending in `;`,
/// so that recalling them with the Up arrow and pressing Enter runs them again.
enum HistoryEntry {
    /// The entries for `statements`: one line for all of them, or, when a `//` comment would
    /// swallow the rest of a joined line, each line of them as it was typed.
    static func entries(for statements: [ScriptStatement]) -> [String] {
        let texts = statements.map { $0.text + ";" }
        if texts.contains(where: mustKeepLines) {
            return texts.flatMap { $0.split(separator: "\n").map { String($0).trimmingWhitespace() } }.filter { !$0.isEmpty }
        }
        return [texts.map(joinedLines).joined(separator: " ")]
    }

    /// The lines of `text`, trimmed, joined with single spaces.
    private static func joinedLines(_ text: String) -> String {
        text.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// True when joining the lines of `text` would change it: a `//` comment would run on, or
    /// a string or quoted name holds a line break.
    private static func mustKeepLines(_ text: String) -> Bool {
        Lexer.tokenizeUpToError(text, includeComments: true).tokens.contains { token in
            let written = token.text(in: text)
            switch token.kind {
            case .comment: return written.hasPrefix("//")
            case .string, .quotedIdentifier: return written.contains("\n")
            default: return false
            }
        }
    }
}
