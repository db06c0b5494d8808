import Trellis

/// How the shell shows results, chosen with `:mode`.
enum ShellOutputMode: String, CaseIterable, Sendable {
    /// An aligned table fitted to the terminal, with a row count.
    case table
    /// Comma-separated values with a header row.
    case csv
    /// One JSON array of objects per statement.
    case json
    /// One JSON object per row.
    case jsonl
    /// A Markdown table, to paste into documents.
    case markdown
    /// One `column | value` line per value, a block per row: for wide rows.
    case line

    /// What the mode shows, for `:help` and `:mode`.
    var summary: String {
        switch self {
        case .table: "aligned table fitted to the terminal (numbers right-aligned, long cells cut with …)"
        case .csv: "comma-separated values with a header row"
        case .json: "a JSON array of objects per statement"
        case .jsonl: "one JSON object per row"
        case .markdown: "a Markdown table"
        case .line: "one line per value, a block per row; for wide rows"
        }
    }

    /// The mode matching `--format`.
    init(_ format: OutputFormat) {
        switch format {
        case .table: self = .table
        case .csv: self = .csv
        case .json: self = .json
        case .jsonl: self = .jsonl
        }
    }

    /// Whether the output ends with a `(N rows)` line, which the shell extends with a time or a note.
    var endsWithRowCount: Bool { self == .table || self == .line }

    /// A formatter for this mode.
    /// - Parameters:
    ///   - maxWidth: For tables, the width to fit; nil for none.
    ///   - tableStyle: For tables, the characters of the grid.
    func makeFormatter(maxWidth: Int?, tableStyle: TableStyle) -> any ResultFormatter {
        switch self {
        case .table: TableFormatter(style: tableStyle, maxWidth: maxWidth)
        case .csv: CSVFormatter()
        case .json: JSONFormatter()
        case .jsonl: JSONLinesFormatter()
        case .markdown: MarkdownFormatter()
        case .line: LineFormatter()
        }
    }
}
