/// Writes results as a Markdown (GitHub-flavoured) table, for pasting into documents:
///
/// ```
/// | name | urn |
/// | --- | ---: |
/// | Oak | 1 |
/// | null | 2 |
/// ```
///
/// Number columns are right-aligned. Cells are rendered as in a table (strings raw, other values
/// as literals, `null` as `null`); `|` is escaped as `\|` and control characters as `\n`, `\t`, ….
/// A statement without columns writes a summary of its changes; an EXPLAIN writes its plan.
public struct MarkdownFormatter: ResultFormatter {
    /// A Markdown formatter.
    public init() {}

    public func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        if let plan = result.plan {
            output.write(plan.hasSuffix("\n") || plan.isEmpty ? plan : plan + "\n")
            return
        }
        guard !result.columns.isEmpty else {
            output.write(result.statistics.summary + "\n")
            return
        }
        let renderer = ValueRenderer(for: result)
        let numeric = result.columns.indices.map { column in
            var sawNumber = false
            for row in result.rows where column < row.count {
                switch row[column] {
                case .int, .float: sawNumber = true
                case .null: continue
                default: return false
                }
            }
            return sawNumber
        }
        output.write("| " + result.columns.map(Self.cell).joined(separator: " | ") + " |\n")
        output.write("| " + numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |\n")
        for row in result.rows {
            let cells = result.columns.indices.map { column in
                Self.cell(renderer.display(column < row.count ? row[column] : .null))
            }
            output.write("| " + cells.joined(separator: " | ") + " |\n")
        }
    }

    /// `text` made safe for a Markdown table cell.
    public static func cell(_ text: String) -> String {
        let visible = TableFormatter.visible(text)
        guard visible.contains("|") else { return visible }
        var out = ""
        for character in visible {
            if character == "|" { out += "\\|" } else { out.append(character) }
        }
        return out
    }
}
