import Testing
import Trellis

@Suite("Table output")
struct TableFormatterTests {
    @Test func alignsNumbersRightAndTextLeft() {
        let result = SampleGraph.result(columns: ["name", "urn"], rows: [["Oak", 1], [nil, 1234], ["Elm Primary", nil]])
        #expect(TableFormatter().string(for: result) == """
            +-------------+------+
            | name        |  urn |
            +-------------+------+
            | Oak         |    1 |
            | null        | 1234 |
            | Elm Primary | null |
            +-------------+------+
            (3 rows)

            """)
    }

    @Test func footerCountsRows() {
        let one = SampleGraph.result(columns: ["x"], rows: [[1]])
        #expect(TableFormatter().string(for: one).hasSuffix("+\n(1 row)\n"))
        let none = SampleGraph.result(columns: ["x"], rows: [])
        #expect(TableFormatter().string(for: none) == """
            +---+
            | x |
            +---+
            +---+
            (0 rows)

            """)
    }

    @Test func showsEntitiesAndCollections() {
        let result = SampleGraph.result(columns: ["s", "tags"], rows: [[.node(3), ["a", "b"]]])
        #expect(TableFormatter().string(for: result) == """
            +-------------------+------------+
            | s                 | tags       |
            +-------------------+------------+
            | (:School:Primary) | ['a', 'b'] |
            +-------------------+------------+
            (1 row)

            """)
    }

    @Test func countsCharactersNotBytes() {
        let result = SampleGraph.result(columns: ["name"], rows: [["Zürich"], ["Ysgol Gymraeg — Caerdydd"], ["e\u{301}cole"]])
        #expect(TableFormatter().string(for: result) == """
            +--------------------------+
            | name                     |
            +--------------------------+
            | Zürich                   |
            | Ysgol Gymraeg — Caerdydd |
            | e\u{301}cole                    |
            +--------------------------+
            (3 rows)

            """)
    }

    @Test func wideCharactersTakeTwoColumns() {
        let result = SampleGraph.result(columns: ["name"], rows: [["日本語"], ["abc"]])
        #expect(TableFormatter().string(for: result) == """
            +--------+
            | name   |
            +--------+
            | 日本語 |
            | abc    |
            +--------+
            (2 rows)

            """)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("Zürich") == 6)
    }

    @Test func truncatesLongCellsToFitTheWidth() {
        let result = SampleGraph.result(
            columns: ["name", "urn"],
            rows: [["Oak Academy of the North Yorkshire Partnership", 100]])
        let table = TableFormatter(maxWidth: 30).string(for: result)
        #expect(table == """
            +----------------------+-----+
            | name                 | urn |
            +----------------------+-----+
            | Oak Academy of the…  | 100 |
            +----------------------+-----+
            (1 row)

            """)
        for line in table.split(separator: "\n").dropLast() {
            #expect(DisplayWidth.of(line) == 30)
        }
    }

    @Test func narrowsTheWidestColumnsFirst() {
        let formatter = TableFormatter(maxWidth: 40)
        // Chrome takes 3 per column plus 1: 10 for three columns, leaving 30.
        #expect(formatter.fittedWidths([5, 40, 30]) == [5, 13, 12])
        #expect(formatter.fittedWidths([5, 10, 10]) == [5, 10, 10])
        #expect(TableFormatter(maxWidth: 5).fittedWidths([10, 10]) == [3, 3])
        #expect(TableFormatter().fittedWidths([100, 200]) == [100, 200])
    }

    @Test func truncationCountsDisplayColumns() {
        #expect(TableFormatter.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(TableFormatter.truncate("abcdef", to: 4) == "abc…")
        #expect(TableFormatter.truncate("abc", to: 3) == "abc")
        #expect(TableFormatter.truncate("abc", to: 1) == "…")
    }

    @Test func controlCharactersStayOnOneLine() {
        let result = SampleGraph.result(columns: ["note"], rows: [["two\nlines\tand tab"]])
        #expect(TableFormatter().string(for: result).contains("| two\\nlines\\tand tab |"))
    }

    @Test func unicodeStyle() {
        let result = SampleGraph.result(columns: ["n"], rows: [[1]])
        #expect(TableFormatter(style: .unicode).string(for: result) == """
            ┌───┐
            │ n │
            ├───┤
            │ 1 │
            └───┘
            (1 row)

            """)
    }

    @Test func writeOnlyStatementsPrintASummary() {
        var statistics = UpdateStatistics()
        statistics.nodesCreated = 3
        statistics.propertiesSet = 6
        statistics.relationshipsCreated = 2
        let result = SampleGraph.result(columns: [], rows: [], statistics: statistics)
        #expect(TableFormatter().string(for: result) == "Created 3 nodes, set 6 properties, created 2 relationships.\n")
        let withRows = SampleGraph.result(columns: ["n"], rows: [[1]], statistics: statistics)
        #expect(TableFormatter().string(for: withRows).hasSuffix("(1 row)\nCreated 3 nodes, set 6 properties, created 2 relationships.\n"))
    }

    @Test func explainPrintsThePlan() {
        let result = SampleGraph.result(columns: [], rows: [], plan: "Produce\n  NodeScan(n:School)")
        #expect(TableFormatter().string(for: result) == "Produce\n  NodeScan(n:School)\n")
    }
}
