/// Writes each record as a block of `column | value` lines, for rows too wide for a table:
///
/// ```
/// -[ row 1 ]-------------------
/// name  | Padnell Junior School
/// urn   | 900101
/// -[ row 2 ]-------------------
/// name  | Padnell Infant School
/// urn   | 900108
/// (2 rows)
/// ```
///
/// Values are never cut short; control characters are shown as escapes. Like ``TableFormatter``,
/// it ends with the row count, prints a summary of changes for statements that changed the
/// graph, and the plan for an EXPLAIN.
public struct LineFormatter: ResultFormatter {
    /// A line-per-value formatter.
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
        let names = result.columns.map(TableFormatter.visible)
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        var blockWidth = nameWidth + 3
        let blocks: [[String]] = result.rows.map { row in
            names.enumerated().map { column, name in
                let value = TableFormatter.visible(renderer.display(column < row.count ? row[column] : .null))
                let line = name + String(repeating: " ", count: nameWidth - DisplayWidth.of(name)) + " | " + value
                blockWidth = max(blockWidth, DisplayWidth.of(line))
                return line
            }
        }
        for (index, lines) in blocks.enumerated() {
            let heading = "-[ row \(index + 1) ]"
            output.write(heading + String(repeating: "-", count: max(0, blockWidth - DisplayWidth.of(heading))) + "\n")
            for line in lines { output.write(line + "\n") }
        }
        let count = result.rows.count
        output.write("(\(count) \(count == 1 ? "row" : "rows"))\n")
        if result.statistics.containsUpdates {
            output.write(result.statistics.summary + "\n")
        }
    }
}
