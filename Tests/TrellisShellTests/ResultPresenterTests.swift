import Testing
import Trellis
@testable import TrellisCLI

@Suite("Showing results in the shell")
struct ResultPresenterTests {
    let terminal = CapturedText()

    private func presenter(_ mode: ShellOutputMode = .table, width: Int? = nil) -> ResultPresenter {
        ResultPresenter(mode: mode, terminal: terminal, terminalWidth: { width })
    }

    private func numbers(_ count: Int) -> QueryResult {
        QueryResult(columns: ["n"], rows: (1...count).map { [.int(Int64($0))] })
    }

    @Test func tablesEndWithTheRowCount() {
        presenter().present(QueryResult(columns: ["name", "urn"], rows: [["Oak", 1], [.null, 22]]), elapsed: .zero)
        #expect(terminal.text == """
            +------+-----+
            | name | urn |
            +------+-----+
            | Oak  |   1 |
            | null |  22 |
            +------+-----+
            (2 rows)

            """)
    }

    @Test func theTimerJoinsTheFooter() {
        let shown = presenter()
        shown.timerEnabled = true
        shown.present(numbers(2), elapsed: .microseconds(1234))
        #expect(terminal.text.hasSuffix("+---+\n(2 rows, 1.2 ms)\n"))
    }

    @Test func longResultsAreCutWithANoteSayingHowToSeeThemAll() {
        let shown = presenter()
        shown.present(numbers(1500), elapsed: .zero)
        #expect(terminal.text.hasSuffix("| 1000 |\n+------+\n(1,500 rows, 1,000 shown; type :rows all to see them all)\n"))
        #expect(!terminal.text.contains("| 1001 |"))
        terminal.text = ""
        shown.rowLimit = nil
        shown.present(numbers(1500), elapsed: .zero)
        #expect(terminal.text.hasSuffix("| 1500 |\n+------+\n(1,500 rows)\n"))
    }

    @Test func otherModesGetTheNoteAfterTheirOutput() {
        let shown = presenter(.csv)
        shown.rowLimit = 2
        shown.timerEnabled = true
        shown.present(numbers(3), elapsed: .milliseconds(2))
        #expect(terminal.text == "n\n1\n2\n(3 rows, 2.0 ms, 2 shown; type :rows all to see them all)\n")
    }

    @Test func tablesFitTheTerminal() {
        presenter(width: 30).present(QueryResult(columns: ["name"], rows: [[.string(String(repeating: "x", count: 60))]]),
                                     elapsed: .zero)
        #expect(terminal.text.split(separator: "\n").map(String.init).dropLast().allSatisfy { $0.count <= 30 })
        #expect(terminal.text.contains("…"))
        #expect(terminal.text.hasSuffix("(1 row, long values cut: :mode line shows them whole)\n"))
    }

    @Test func resultsCanGoToAFile() {
        let file = CapturedText()
        let shown = presenter(.csv)
        shown.redirect(to: ("schools.csv", file))
        shown.present(numbers(1500), elapsed: .zero)
        #expect(file.text.split(separator: "\n").count == 1501)
        #expect(terminal.text == "(1,500 rows written to schools.csv)\n")
        shown.redirect(to: nil)
        shown.present(numbers(1), elapsed: .zero)
        #expect(terminal.text.hasSuffix("n\n1\n"))
    }

    @Test func changesWithoutRowsAreSummarised() {
        var statistics = UpdateStatistics()
        statistics.nodesCreated = 2
        let shown = presenter()
        shown.timerEnabled = true
        shown.present(QueryResult(columns: [], rows: [], statistics: statistics), elapsed: .seconds(2.5))
        #expect(terminal.text == "Created 2 nodes.\n(2.50 s)\n")
    }

    @Test func numbersAndDurationsForPeople() {
        #expect(ResultPresenter.grouped(0) == "0")
        #expect(ResultPresenter.grouped(999) == "999")
        #expect(ResultPresenter.grouped(1000) == "1,000")
        #expect(ResultPresenter.grouped(1234567) == "1,234,567")
        #expect(ResultPresenter.count(1, "row", "rows") == "1 row")
        #expect(ResultPresenter.describe(.microseconds(400)) == "0.4 ms")
        #expect(ResultPresenter.describe(.milliseconds(999)) == "999.0 ms")
        #expect(ResultPresenter.describe(.milliseconds(1050)) == "1.05 s")
    }
}
