import Foundation
import Testing
import Trellis
import TrellisSyntax
@testable import TrellisCLI

@Suite("Help topics")
struct HelpTopicsTests {
    @Test func everyFunctionHasAnExample() {
        let missing = FunctionCatalog.all.map(\.name).filter { FunctionExamples.example(for: $0) == nil }
        #expect(missing.isEmpty, "functions without an example: \(missing)")
        let unknown = FunctionExamples.byName.keys.filter { FunctionCatalog.named($0) == nil }
        #expect(unknown.isEmpty, "examples of no function: \(unknown)")
    }

    @Test func everyFunctionExampleRunsOnTheSampleGraph() throws {
        let database = try SampleDatabase.make()
        for function in FunctionCatalog.all {
            guard let example = FunctionExamples.example(for: function.name) else { continue }
            #expect(throws: Never.self, "\(function.name): \(example)") { try database.execute(example) }
            #expect(example.contains(function.name + "("), "\(function.name)'s example does not call it")
        }
    }

    @Test func everyLanguageExampleRunsOnTheSampleGraphInTurn() throws {
        let database = try SampleDatabase.make()
        // The LOAD CSV example reads schools.csv from the folder the shell may read, as the shell does.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "urn,name\n900901,Example School\n".write(to: folder.appendingPathComponent("schools.csv"), atomically: false, encoding: .utf8)
        database.allowFileAccess(under: folder.path)
        for topic in HelpTopics.language {
            #expect(throws: Never.self, "\(topic.name): \(topic.example)") {
                try database.execute(topic.example, parameters: ["urn": 900101])
            }
        }
    }

    @Test func topicsAreFoundByAnyNameAndCase() {
        #expect(HelpTopics.text(for: "order by")?.hasPrefix("… ORDER BY") == true)
        #expect(HelpTopics.text(for: "ORDER")?.hasPrefix("… ORDER BY") == true)
        #expect(HelpTopics.text(for: "detach delete")?.contains("DETACH DELETE also deletes") == true)
        #expect(HelpTopics.text(for: "TOUPPER")?.hasPrefix("toUpper(") == true)
        #expect(HelpTopics.text(for: "toUpper()")?.hasPrefix("toUpper(") == true)
        #expect(HelpTopics.text(for: "count")?.hasPrefix("count(input :: ANY)") == true)
        #expect(HelpTopics.text(for: ":schema")?.hasPrefix(":schema\n") == true)
        #expect(HelpTopics.text(for: "schema")?.hasPrefix(":schema\n") == true)
        // A clause and a command share the name: the clause wins unless the colon is typed.
        #expect(HelpTopics.text(for: "explain")?.hasPrefix("EXPLAIN query") == true)
        #expect(HelpTopics.text(for: ":explain")?.hasPrefix(":explain QUERY") == true)
        #expect(HelpTopics.text(for: "frobnicate") == nil)
        #expect(HelpTopics.suggestions(for: "matc").contains("MATCH"))
    }

    @Test func proceduresHaveHelpToo() {
        let procedures = Database().callableProcedures
        let text = HelpTopics.text(for: "TRELLIS.SUGGESTPARTNERS", procedures: procedures)
        #expect(text?.hasPrefix("trellis.suggestPartners(school :: ANY, area :: ANY) :: (partner :: NODE") == true)
        #expect(HelpTopics.text(for: "CALL")?.contains("CALL trellis.suggestPartners(") == true)
    }

    @Test func everyTopicShowsAnExample() {
        for name in HelpTopics.allNames {
            #expect(HelpTopics.text(for: name)?.contains("Example:\n  ") == true, "\(name)")
        }
    }

    @Test func keywordsAndFunctionsDoNotClashInCompletion() {
        #expect(Keyword.allCases.count > 40)
        #expect(FunctionCatalog.named("count")?.kind == .aggregate)
        #expect(FunctionCatalog.named("labels")?.kind == .graph)
        #expect(FunctionCatalog.named("toupper")?.kind == .scalar)
    }
}
