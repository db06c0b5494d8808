/// A Gherkin data table: rows of trimmed, unescaped cells.
///
/// Cells are unescaped the way Gherkin does it: `\|` is a pipe, `\\` a backslash and
/// `\n` a newline; any other backslash sequence is kept as written.
public struct DataTable: Sendable, Hashable {
    /// The rows, each a list of cells. A row written as a lone `|` has no cells.
    public var rows: [[String]]

    public init(rows: [[String]]) {
        self.rows = rows
    }

    /// The first row, which most steps read as column names.
    public var header: [String] { rows.first ?? [] }

    /// Every row after the first.
    public var body: ArraySlice<[String]> { rows.dropFirst() }

    /// Splits one table line such as `| a | b\|c |` into its cells.
    ///
    /// Text after the last unescaped pipe is ignored, as in Gherkin.
    public static func cells(ofLine line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var seenOpeningPipe = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if character == "\\" {
                guard let escaped = iterator.next() else {
                    current.append(character)
                    break
                }
                switch escaped {
                case "|": current.append("|")
                case "\\": current.append("\\")
                case "n": current.append("\n")
                default:
                    current.append(character)
                    current.append(escaped)
                }
            } else if character == "|" {
                if seenOpeningPipe {
                    cells.append(current.trimmingGherkinWhitespace())
                }
                seenOpeningPipe = true
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingGherkinWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
