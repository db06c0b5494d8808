import Foundation
import Testing
import Trellis

@Suite("JSON output")
struct JSONFormatterTests {
    let encoder = JSONValueEncoder(nodes: SampleGraph.nodes, relationships: SampleGraph.relationships)

    @Test func scalars() throws {
        #expect(encoder.encode(.null) == "null")
        #expect(encoder.encode(true) == "true")
        #expect(encoder.encode(42) == "42")
        #expect(encoder.encode(2.5) == "2.5")
        #expect(encoder.encode(1.0) == "1.0")
        #expect(encoder.encode(.float(.nan)) == "\"NaN\"")
        #expect(encoder.encode(.float(.infinity)) == "\"Infinity\"")
        #expect(encoder.encode(.float(-.infinity)) == "\"-Infinity\"")
        #expect(encoder.encode(.date(try #require(DateValue(year: 2024, month: 9, day: 1)))) == "\"2024-09-01\"")
        #expect(encoder.encode([1, "a", nil]) == "[1,\"a\",null]")
        #expect(encoder.encode(["b": 1, "a": [true]]) == "{\"a\":[true],\"b\":1}")
    }

    @Test func escapesStrings() {
        #expect(JSONValueEncoder.quoted("say \"hi\"\\") == #""say \"hi\"\\""#)
        #expect(JSONValueEncoder.quoted("a\nb\tc\r") == #""a\nb\tc\r""#)
        #expect(JSONValueEncoder.quoted("\u{00}\u{1F}\u{08}\u{0C}") == #""\u0000\u001F\b\f""#)
        #expect(JSONValueEncoder.quoted("é — 日本\u{2028}") == "\"é — 日本\\u2028\"")
        #expect(JSONValueEncoder.quoted("/") == "\"/\"")
    }

    @Test func nodesAndRelationshipsAsObjects() {
        #expect(encoder.encode(.node(1)) == #"{"_id":1,"_labels":["School"],"name":"Oak Academy","urn":100}"#)
        #expect(encoder.encode(.node(3)) == #"{"_id":3,"_labels":["School","Primary"]}"#)
        #expect(encoder.encode(.relationship(10)) ==
            #"{"_id":10,"_type":"MEMBER_OF","_start":1,"_end":2,"role":"lead"}"#)
        #expect(encoder.encode(.node(99)) == #"{"_id":99}"#)
    }

    @Test func propertiesNeverClashWithEntityKeys() {
        let clashing = JSONValueEncoder(nodes: [7: NodeSnapshot(id: 7, labels: [], properties: ["_id": "x", "a": 1])])
        #expect(clashing.encode(.node(7)) == #"{"_id":7,"_labels":[],"a":1}"#)
    }

    @Test func pathsAlternateNodesAndRelationships() {
        let path = PathValue(nodes: [1, 2], relationships: [10])
        #expect(encoder.encode(.path(path)) == """
            [{"_id":1,"_labels":["School"],"name":"Oak Academy","urn":100},\
            {"_id":10,"_type":"MEMBER_OF","_start":1,"_end":2,"role":"lead"},\
            {"_id":2,"_labels":["Partnership"],"name":"North Trust"}]
            """)
    }

    @Test func arrayOfObjectsKeepingColumnOrder() throws {
        let result = SampleGraph.result(columns: ["z", "a"], rows: [[1, "x"], [2, nil]])
        let text = JSONFormatter().string(for: result)
        #expect(text == """
            [
              {"z":1,"a":"x"},
              {"z":2,"a":null}
            ]

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(JSONFormatter().string(for: SampleGraph.result(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test func jsonLinesWriteOneObjectPerRecord() throws {
        let result = SampleGraph.result(columns: ["s", "n"], rows: [[.node(3), 1], [.relationship(11), 2.5]])
        let text = JSONLinesFormatter().string(for: result)
        #expect(text == """
            {"s":{"_id":3,"_labels":["School","Primary"]},"n":1}
            {"s":{"_id":11,"_type":"SUPPORTS","_start":3,"_end":2},"n":2.5}

            """)
        for line in text.split(separator: "\n") {
            _ = try JSONSerialization.jsonObject(with: Data(line.utf8))
        }
    }

    @Test func nothingForStatementsWithoutColumnsAndPlanAsObject() {
        #expect(JSONFormatter().string(for: SampleGraph.result(columns: [], rows: [])) == "")
        #expect(JSONLinesFormatter().string(for: SampleGraph.result(columns: [], rows: [])) == "")
        let explain = SampleGraph.result(columns: [], rows: [], plan: "Produce\n")
        #expect(JSONFormatter().string(for: explain) == "{\"plan\":\"Produce\\n\"}\n")
        #expect(JSONLinesFormatter().string(for: explain) == "{\"plan\":\"Produce\\n\"}\n")
    }

    @Test func everyFormatHasAFormatter() {
        #expect(OutputFormat.table.makeFormatter() is TableFormatter)
        #expect(OutputFormat.csv.makeFormatter() is CSVFormatter)
        #expect(OutputFormat.json.makeFormatter() is JSONFormatter)
        #expect(OutputFormat.jsonl.makeFormatter() is JSONLinesFormatter)
        #expect(OutputFormat(rawValue: "jsonl") == .jsonl)
    }
}
