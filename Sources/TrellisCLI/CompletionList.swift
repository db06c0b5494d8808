import Trellis

/// Lays out completion candidates in columns, the way shells list them.
enum CompletionList {
    /// The most candidates shown; a note tells how many more there are.
    static let maximumShown = 120

    /// `choices` in columns that fit `width`, read down then across, each line ending in a line break.
    static func layout(_ choices: [String], width: Int) -> String {
        let shown = Array(choices.prefix(maximumShown))
        guard !shown.isEmpty else { return "" }
        let columnWidth = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let columns = max(1, min(shown.count, (max(width, 1) + 2) / max(columnWidth, 1)))
        let rows = (shown.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let choice = shown[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= shown.count
                line += isLast ? choice : choice + String(repeating: " ", count: columnWidth - DisplayWidth.of(choice))
            }
            text += line + "\n"
        }
        if choices.count > shown.count {
            text += "… and \(choices.count - shown.count) more; type more letters to narrow them down\n"
        }
        return text
    }
}
