import Testing
import Trellis

@Suite("CSV output")
struct CSVFormatterTests {
    @Test func headerThenOneRowPerRecord() {
        let result = SampleGraph.result(columns: ["name", "urn", "ratio"], rows: [["Oak", 1, 0.5], ["Elm", nil, 2.0]])
        #expect(CSVFormatter().string(for: result) == "name,urn,ratio\nOak,1,0.5\nElm,,2.0\n")
    }

    @Test func quotesFieldsThatNeedIt() {
        #expect(CSVFormatter.field("plain") == "plain")
        #expect(CSVFormatter.field("a,b") == "\"a,b\"")
        #expect(CSVFormatter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormatter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVFormatter.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVFormatter.field("") == "")
    }

    @Test func rendersCompositeValuesAsLiterals() {
        let result = SampleGraph.result(columns: ["s", "tags", "head \"quoted\""], rows: [[.node(3), ["a", "b"], "x"]])
        #expect(CSVFormatter().string(for: result) ==
            "s,tags,\"head \"\"quoted\"\"\"\n(:School:Primary),\"['a', 'b']\",x\n")
    }

    @Test func rfcLineTerminator() {
        let result = SampleGraph.result(columns: ["a"], rows: [[1]])
        #expect(CSVFormatter(lineTerminator: "\r\n").string(for: result) == "a\r\n1\r\n")
    }

    @Test func nothingForStatementsWithoutColumns() {
        var statistics = UpdateStatistics()
        statistics.nodesCreated = 1
        #expect(CSVFormatter().string(for: SampleGraph.result(columns: [], rows: [], statistics: statistics)) == "")
    }
}
