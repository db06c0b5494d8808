/// What Tab was pressed on: the statement typed so far and the line around the cursor.
struct CompletionRequest: Sendable, Equatable {
    /// The statement's earlier lines, each ending in a line break; empty on its first line.
    var pendingText: String
    /// The current line up to the cursor.
    var lineBeforeCursor: String
    /// The current line from the cursor on.
    var lineAfterCursor: String

    /// A request on the first line of a statement, with the cursor at the end unless `after` is given.
    init(pendingText: String = "", lineBeforeCursor: String, lineAfterCursor: String = "") {
        self.pendingText = pendingText
        self.lineBeforeCursor = lineBeforeCursor
        self.lineAfterCursor = lineAfterCursor
    }
}

/// One thing that may be filled in: `text` replaces what was typed, and `suffix` follows it
/// when it is the only candidate (a space after a keyword, `(` after a function, the closing
/// quote after a string).
struct CompletionCandidate: Sendable, Hashable {
    /// The replacement for the typed word.
    var text: String
    /// What follows the text when it is the only candidate.
    var suffix: String
    /// How the candidate is shown in a list; the text itself by default.
    var display: String

    init(_ text: String, suffix: String = "", display: String? = nil) {
        self.text = text
        self.suffix = suffix
        self.display = display ?? text
    }
}

/// The answer to Tab: what to do with the word before the cursor.
struct CompletionResult: Sendable, Equatable {
    /// What to do.
    enum Action: Sendable, Equatable {
        /// Nothing fits.
        case none
        /// Replace the typed word with this text.
        case insert(String)
        /// Several candidates fit and agree no further than what was typed: show them.
        case list([String])
    }

    /// The text before the cursor that the action replaces (the word being completed).
    var replacing: String
    /// What to do.
    var action: Action

    /// Nothing to complete.
    static let nothing = CompletionResult(replacing: "", action: .none)

    /// Chooses what to do with `candidates` for the typed word `typed`: the only candidate is
    /// filled in with its suffix; several are filled in as far as they share a beginning that
    /// goes beyond what was typed, otherwise listed.
    static func choosing(_ candidates: [CompletionCandidate], replacing typed: String) -> CompletionResult {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0.text).inserted }
        guard let first = unique.first else { return .nothing }
        if unique.count == 1 {
            return CompletionResult(replacing: typed, action: .insert(first.text + first.suffix))
        }
        let shared = commonPrefix(of: unique.map(\.text))
        if shared.count > typed.count, shared.lowercased().hasPrefix(typed.lowercased()) {
            return CompletionResult(replacing: typed, action: .insert(shared))
        }
        let shown = unique.map(\.display).sorted { $0.lowercased() < $1.lowercased() }
        return CompletionResult(replacing: typed, action: .list(shown))
    }

    /// The longest beginning all of `texts` share, compared character by character.
    static func commonPrefix(of texts: [String]) -> String {
        guard var prefix = texts.first.map(Array.init) else { return "" }
        for text in texts.dropFirst() {
            var length = 0
            for (a, b) in zip(prefix, text) {
                guard a == b else { break }
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        return String(prefix)
    }
}
