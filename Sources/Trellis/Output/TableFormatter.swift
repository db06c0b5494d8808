/// Writes results as an aligned text table with a row-count footer.
///
/// ```
/// +-------+-----+
/// | name  | urn |
/// +-------+-----+
/// | Oak   |   1 |
/// | null  |   2 |
/// +-------+-----+
/// (2 rows)
/// ```
///
/// Numbers are right-aligned, everything else left-aligned; `null` is shown as `null`.
/// Control characters inside cells are shown as escapes (`\n`, `\t`) so that every row
/// stays on one line. With a maximum width, the widest columns are narrowed and their
/// long cells cut short with `…`. Widths count terminal columns, not bytes.
///
/// A statement without columns prints a summary of its changes
/// (`Created 3 nodes, set 6 properties.`), one that changed the graph and returned rows
/// prints that summary below the table, and an EXPLAIN prints its plan.
public struct TableFormatter: ResultFormatter {
    /// The characters the grid is drawn with.
    public var style: TableStyle
    /// The width, in terminal columns, the table must fit into; `nil` for no limit.
    public var maxWidth: Int?
    /// The narrowest a column is made when fitting the table into ``maxWidth``.
    public var minimumColumnWidth: Int

    /// A table formatter.
    public init(style: TableStyle = .ascii, maxWidth: Int? = nil, minimumColumnWidth: Int = 3) {
        self.style = style
        self.maxWidth = maxWidth
        self.minimumColumnWidth = max(1, minimumColumnWidth)
    }

    public func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        if writePlanOrSummary(result, to: &output) { return }
        writeTable(result, to: &output)
        let count = result.rows.count
        output.write("(\(count) \(count == 1 ? "row" : "rows"))\n")
        if result.statistics.containsUpdates {
            output.write(result.statistics.summary + "\n")
        }
    }

    private struct Cell {
        var text: String
        var width: Int
        var rightAligned: Bool
        var isNull = false
    }

    private func writeTable<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        let renderer = ValueRenderer(for: result)
        let columnCount = result.columns.count
        var numericColumns = [Bool](repeating: true, count: columnCount)
        var sawNumber = [Bool](repeating: false, count: columnCount)
        let rows: [[Cell]] = result.rows.map { row in
            (0..<columnCount).map { column in
                let value = column < row.count ? row[column] : .null
                let isNumber: Bool
                switch value {
                case .int, .float: isNumber = true; sawNumber[column] = true
                case .null: isNumber = false
                default: isNumber = false; numericColumns[column] = false
                }
                let text = Self.visible(renderer.display(value))
                return Cell(text: text, width: DisplayWidth.of(text), rightAligned: isNumber, isNull: value.isNull)
            }
        }
        for column in 0..<columnCount where !sawNumber[column] { numericColumns[column] = false }
        let header = result.columns.enumerated().map { column, name in
            let text = Self.visible(name)
            return Cell(text: text, width: DisplayWidth.of(text), rightAligned: numericColumns[column])
        }
        var natural = header.map(\.width)
        for row in rows {
            for (column, cell) in row.enumerated() { natural[column] = max(natural[column], cell.width) }
        }
        let widths = fittedWidths(natural)

        writeRule(style.top, widths, to: &output)
        writeRow(header, widths, numericColumns, to: &output)
        writeRule(style.separator, widths, to: &output)
        for row in rows { writeRow(row, widths, numericColumns, to: &output) }
        writeRule(style.bottom, widths, to: &output)
    }

    private func writeRule<Target: TextOutputStream>(_ rule: TableStyle.Rule, _ widths: [Int], to output: inout Target) {
        var line = rule.left
        for (index, width) in widths.enumerated() {
            if index > 0 { line += rule.middle }
            line += String(repeating: style.horizontal, count: width + 2)
        }
        line += rule.right + "\n"
        output.write(line)
    }

    private func writeRow<Target: TextOutputStream>(_ cells: [Cell], _ widths: [Int], _ numericColumns: [Bool],
                                                    to output: inout Target) {
        var line = style.vertical
        for (index, cell) in cells.enumerated() {
            let width = widths[index]
            var text = cell.text, textWidth = cell.width
            if textWidth > width {
                text = Self.truncate(text, to: width)
                textWidth = DisplayWidth.of(text)
            }
            let padding = String(repeating: " ", count: max(0, width - textWidth))
            let right = cell.rightAligned || (cell.isNull && numericColumns[index])
            line += " " + (right ? padding + text : text + padding) + " " + style.vertical
        }
        output.write(line + "\n")
    }

    /// Column widths that fit ``maxWidth``, given the widths the columns would like: the widest give way first, none below
    /// ``minimumColumnWidth`` (so a very narrow limit may still be exceeded).
    public func fittedWidths(_ natural: [Int]) -> [Int] {
        guard let maxWidth, !natural.isEmpty else { return natural }
        let available = maxWidth - (3 * natural.count + 1)
        if natural.reduce(0, +) <= available { return natural }
        let floor = natural.map { min($0, minimumColumnWidth) }
        if floor.reduce(0, +) >= available { return floor }
        func total(cappedAt cap: Int) -> Int { natural.reduce(0) { $0 + min($1, cap) } }
        var low = minimumColumnWidth, high = natural.max()!
        while low < high {
            let middle = (low + high + 1) / 2
            if total(cappedAt: middle) <= available { low = middle } else { high = middle - 1 }
        }
        var widths = natural.map { min($0, low) }
        var leftover = available - widths.reduce(0, +)
        for index in widths.indices where leftover > 0 && natural[index] > widths[index] {
            widths[index] += 1
            leftover -= 1
        }
        return widths
    }

    /// `text` cut to at most `width` columns, ending in `…` (after no space) when anything was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        guard width > 0 else { return "" }
        var kept = "", keptWidth = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if keptWidth + characterWidth > width - 1 { break }
            kept.append(character)
            keptWidth += characterWidth
        }
        while let last = kept.last, last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// `text` with control characters spelled as escapes, so that it stays on one line.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + LiteralText.hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
