import Testing
@testable import TrellisCLI

@Suite("Meta commands")
struct MetaCommandTests {
    private func parse(_ line: String) -> MetaCommand? { try? MetaCommand.parse(line) }

    @Test func everyCommandParses() {
        #expect(parse(":help") == .help(topic: nil))
        #expect(parse(":help ORDER BY") == .help(topic: "ORDER BY"))
        #expect(parse(":?") == .help(topic: nil))
        #expect(parse(":schema") == .schema)
        #expect(parse(":open partnerships.trellis") == .open(path: "partnerships.trellis"))
        #expect(parse(":save") == .save(path: nil))
        #expect(parse(":save copy.trellis") == .save(path: "copy.trellis"))
        #expect(parse(":read My Scripts/report.cypher") == .read(path: "My Scripts/report.cypher"))
        #expect(parse(":mode") == .mode(nil))
        #expect(parse(":mode MARKDOWN") == .mode(.markdown))
        #expect(parse(":output") == .output(path: nil))
        #expect(parse(":output schools.csv") == .output(path: "schools.csv"))
        #expect(parse(":timer on") == .timer(true))
        #expect(parse(":timer OFF") == .timer(false))
        #expect(parse(":timer") == .timer(nil))
        #expect(parse(":rows") == .rows(limit: nil))
        #expect(parse(":rows all") == .rows(limit: .some(nil)))
        #expect(parse(":rows 50") == .rows(limit: .some(50)))
        #expect(parse(":param urn => 900101") == .setParameter(name: "urn", expression: "900101"))
        #expect(parse(":param $areas=>['maths', 'reading']") == .setParameter(name: "areas", expression: "['maths', 'reading']"))
        #expect(parse(":params") == .listParameters)
        #expect(parse(":params clear") == .clearParameters)
        #expect(parse(":explain MATCH (s) RETURN s") == .explain(query: "MATCH (s) RETURN s"))
        #expect(parse(":dot MATCH (s) RETURN s") == .dot(query: "MATCH (s) RETURN s"))
        #expect(parse("  :quit  ") == .quit)
        #expect(parse(":exit") == .quit)
        #expect(parse(":Q") == .quit)
    }

    @Test func wrongArgumentsShowTheUsage() {
        for line in [":open", ":read", ":mode xml", ":timer maybe", ":rows none", ":rows 0", ":param urn 900101",
                     ":param => 1", ":param a b => 1", ":params all", ":explain"] {
            #expect(throws: MetaCommandError.self, "\(line)") { try MetaCommand.parse(line) }
            do {
                _ = try MetaCommand.parse(line)
            } catch {
                #expect(error.description.hasPrefix("usage: :"))
            }
        }
    }

    @Test func unknownCommandsSuggestTheNearestName() {
        #expect(throws: MetaCommandError.unknown(":shema", suggestion: ":schema")) { try MetaCommand.parse(":shema") }
        #expect(throws: MetaCommandError.unknown(":frobnicate", suggestion: nil)) { try MetaCommand.parse(":frobnicate") }
        #expect(MetaCommandError.unknown(":shema", suggestion: ":schema").description
                == "unknown command :shema; did you mean :schema? type :help for the list")
    }

    @Test func descriptionsCoverEveryName() {
        #expect(MetaCommand.allNames.contains(":h"))
        #expect(MetaCommand.description(named: "schema")?.name == ":schema")
        #expect(MetaCommand.description(named: ":EXIT")?.name == ":quit")
        #expect(MetaCommand.descriptions.allSatisfy { !$0.example.isEmpty && !$0.summary.isEmpty })
    }

    @Test func editDistanceCountsSingleEdits() {
        #expect(EditDistance.between(":shema", ":schema") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
    }
}
