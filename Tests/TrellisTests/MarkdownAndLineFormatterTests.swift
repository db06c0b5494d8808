import Testing
import Trellis

@Suite("Markdown and line formats")
struct MarkdownAndLineFormatterTests {
    static let result = SampleGraph.result(columns: ["name", "urn", "note"],
                                           rows: [["Oak | Ash", 1, .null], ["Elm", 22, "two\nlines"]])

    @Test func markdownTablesRightAlignNumbersAndEscapePipes() {
        #expect(MarkdownFormatter().string(for: Self.result) == """
            | name | urn | note |
            | --- | ---: | --- |
            | Oak \\| Ash | 1 | null |
            | Elm | 22 | two\\nlines |

            """)
    }

    @Test func lineFormatShowsEachRowAsABlock() {
        #expect(LineFormatter().string(for: Self.result) == """
            -[ row 1 ]-------
            name | Oak | Ash
            urn  | 1
            note | null
            -[ row 2 ]-------
            name | Elm
            urn  | 22
            note | two\\nlines
            (2 rows)

            """)
    }

    @Test func bothSummariseChangesAndShowPlans() {
        var statistics = UpdateStatistics()
        statistics.nodesCreated = 1
        let changes = SampleGraph.result(columns: [], rows: [], statistics: statistics)
        #expect(MarkdownFormatter().string(for: changes) == "Created 1 node.\n")
        #expect(LineFormatter().string(for: changes) == "Created 1 node.\n")
        let plan = SampleGraph.result(columns: [], rows: [], plan: "Match\n  NodeScan")
        #expect(LineFormatter().string(for: plan) == "Match\n  NodeScan\n")
        #expect(MarkdownFormatter().string(for: plan) == "Match\n  NodeScan\n")
    }
}
