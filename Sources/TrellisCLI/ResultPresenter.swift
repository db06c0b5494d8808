import Trellis

/// Shows statement results in the shell: in the chosen ``ShellOutputMode``, fitted to the
/// terminal, cut after ``rowLimit`` rows with a note saying how to see them all, and with the
/// time taken when the timer is on. With ``outputFile`` set, results go to that file whole
/// and the terminal gets a one-line note.
final class ResultPresenter {
    /// The row limit to begin with.
    static let defaultRowLimit = 1000

    /// How results are shown.
    var mode: ShellOutputMode
    /// Whether the time each statement took is shown.
    var timerEnabled = false
    /// The most rows shown on the terminal; nil shows them all.
    var rowLimit: Int? = ResultPresenter.defaultRowLimit
    /// Where results go instead of the terminal, set with `:output FILE`.
    private(set) var outputFile: (path: String, sink: any TextSink)?

    /// The terminal.
    let terminal: any TextSink
    /// The width tables fit on the terminal, asked for each result (the window may change size).
    let terminalWidth: () -> Int?
    /// The characters of table grids on the terminal.
    let tableStyle: TableStyle

    init(mode: ShellOutputMode, terminal: any TextSink, terminalWidth: @escaping () -> Int? = { nil },
         tableStyle: TableStyle = .ascii) {
        self.mode = mode
        self.terminal = terminal
        self.terminalWidth = terminalWidth
        self.tableStyle = tableStyle
    }

    /// Sends results to `sink`, a file called `path`; nil sends them to the terminal again.
    func redirect(to file: (path: String, sink: any TextSink)?) {
        outputFile?.sink.flush()
        outputFile = file
    }

    /// Shows one statement's result; `elapsed` is shown when the timer is on.
    func present(_ result: QueryResult, elapsed: Duration) {
        let time = timerEnabled ? Self.describe(elapsed) : nil
        let hasOutput = !result.columns.isEmpty || result.plan != nil
        if let outputFile, hasOutput {
            var sink = outputFile.sink
            mode.makeFormatter(maxWidth: nil, tableStyle: .ascii).write(result, to: &sink)
            sink.flush()
            var note = result.plan != nil ? "(plan written to \(outputFile.path)" :
                "(\(Self.count(result.rows.count, "row", "rows")) written to \(outputFile.path)"
            if let time { note += ", \(time)" }
            note += ")"
            if result.statistics.containsUpdates { note += "\n" + result.statistics.summary }
            write(note + "\n")
            return
        }

        let total = result.rows.count
        var shown = result
        let isCut = rowLimit.map { total > $0 } ?? false
        if let rowLimit, isCut { shown.rows = Array(result.rows.prefix(rowLimit)) }
        let formatter = mode.makeFormatter(maxWidth: terminalWidth(), tableStyle: tableStyle)
        var text = formatter.string(for: shown)

        let cutNote = isCut ? "\(Self.grouped(shown.rows.count)) shown; type :rows all to see them all" : nil
        let narrowedNote = cellsWereCut(shown, fitted: text) ? "long values cut: :mode line shows them whole" : nil
        let footer = "(" + ([Self.count(total, "row", "rows")] + [time, cutNote, narrowedNote].compactMap { $0 })
            .joined(separator: ", ") + ")\n"
        let rowCountLine = "(\(shown.rows.count) \(shown.rows.count == 1 ? "row" : "rows"))\n"
        if mode.endsWithRowCount, result.plan == nil, !result.columns.isEmpty,
           let formattersFooter = text.lastRange(of: rowCountLine) {
            text.replaceSubrange(formattersFooter, with: footer)
        } else if isCut {
            text += footer
        } else if let time {
            text += "(\(time))\n"
        }
        write(text)
    }

    /// Whether fitting the table of `result` to the terminal cut some of its cells short.
    private func cellsWereCut(_ result: QueryResult, fitted: String) -> Bool {
        guard mode == .table, let width = terminalWidth(), fitted.contains("…") else { return false }
        let natural = TableFormatter(style: tableStyle).string(for: result)
        return DisplayWidth.of(natural.prefix { $0 != "\n" }) > width
    }

    /// Writes text to the terminal as it is.
    func write(_ text: String) {
        terminal.write(text)
        terminal.flush()
    }

    /// `1 row`, `1,200 rows`.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(number)) \(number == 1 ? singular : plural)"
    }

    /// A number with thousands separated by commas: `4,213`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    /// A duration for people: `0.4 ms`, `12.3 ms`, `2.35 s`.
    static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        if milliseconds < 1000 {
            let tenths = (milliseconds * 10).rounded()
            return "\(Int(tenths) / 10).\(Int(tenths) % 10) ms"
        }
        let hundredths = Int((milliseconds / 10).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
