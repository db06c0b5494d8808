/// The ways a statement's result can be written out.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// An aligned table with a row-count footer; write-only statements print a summary of changes.
    case table
    /// RFC 4180 comma-separated values: a header row, then one row per record.
    case csv
    /// One JSON array of objects per statement.
    case json
    /// JSON Lines: one JSON object per record.
    case jsonl

    /// A formatter writing this format.
    /// - Parameters:
    ///   - maxWidth: For tables, the width in columns to fit into; `nil` for no limit.
    ///   - tableStyle: For tables, the characters the grid is drawn with.
    public func makeFormatter(maxWidth: Int? = nil, tableStyle: TableStyle = .ascii) -> any ResultFormatter {
        switch self {
        case .table: TableFormatter(style: tableStyle, maxWidth: maxWidth)
        case .csv: CSVFormatter()
        case .json: JSONFormatter()
        case .jsonl: JSONLinesFormatter()
        }
    }
}
