import Foundation
import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct ConformanceRunnerTests {
    /// A features tree with a passing, a failing and an ignored scenario in two folders.
    private func makeFeatures() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("tck-\(UUID().uuidString)").appendingPathComponent("features")
        let match = root.appendingPathComponent("clauses/match")
        let literals = root.appendingPathComponent("expressions/literals")
        try FileManager.default.createDirectory(at: match, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: literals, withIntermediateDirectories: true)
        try #"""
            Feature: Match1

              Scenario: [1] Passing
                Given any graph
                When executing query:
                  """
                  RETURN 1 AS one
                  """
                Then the result should be, in any order:
                  | one |
                  | 1   |
                And no side effects

              Scenario: [2] Failing
                Given any graph
                When executing query:
                  """
                  RETURN 1 AS one
                  """
                Then the result should be, in any order:
                  | one |
                  | 2   |
            """#.write(to: match.appendingPathComponent("Match1.feature"), atomically: false, encoding: .utf8)
        try """
            Feature: Literals1

              @ignore
              Scenario: [1] Ignored
                Given any graph
            """.write(to: literals.appendingPathComponent("Literals1.feature"), atomically: false, encoding: .utf8)
        try "Feature: Broken\n  Given any graph\n".write(to: literals.appendingPathComponent("Broken.feature"),
                                                        atomically: false, encoding: .utf8)
        return root
    }

    private func runner(filter: String? = nil) -> ConformanceRunner {
        let reactions: [String: ScriptedEngine.Reaction] = ["RETURN 1 AS one": .result(QueryResult(columns: ["one"], rows: [[1]]))]
        return ConformanceRunner(scenarioRunner: ScenarioRunner(graphs: NamedGraphs(directory: nil)) { ScriptedEngine(reactions) },
                                 timeoutSeconds: 5, filter: filter)
    }

    @Test func discoversFilesRelativeToTheFeaturesRoot() throws {
        let root = try makeFeatures()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let files = try FeatureDiscovery.featureFiles(in: [root.path])
        #expect(files.map(\.relativePath) == ["clauses/match/Match1.feature", "expressions/literals/Broken.feature",
                                             "expressions/literals/Literals1.feature"])
        #expect(files.map(\.folder) == ["clauses/match", "expressions/literals", "expressions/literals"])
        let sub = try FeatureDiscovery.featureFiles(in: [root.appendingPathComponent("clauses").path])
        #expect(sub.map(\.relativePath) == ["clauses/match/Match1.feature"])
        #expect(FeatureFile.folder(ofRelativePath: "a/b/c/X.feature") == "a/b")
        #expect(FeatureFile.folder(ofRelativePath: "X.feature") == ".")
        #expect(throws: FeatureDiscoveryError.self) { try FeatureDiscovery.featureFiles(in: [root.appendingPathComponent("nope").path]) }
    }

    @Test func reportsCountsFoldersAndFailures() throws {
        let root = try makeFeatures()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let records = runner().run(try FeatureDiscovery.featureFiles(in: [root.path]))
        let report = ConformanceReport(records: records)
        #expect(report.summaryLine == "1 passed, 2 failed, 1 skipped")
        #expect(report.failureLines == [
            "clauses/match/Match1.feature: [2] Failing: missing row | 2 |; first unexpected row | 1 |",
            "expressions/literals/Broken.feature: (feature file): cannot read feature file: line 2: step outside a Scenario or Background",
        ])
        #expect(report.folderTallies.map(\.folder) == ["clauses/match", "expressions/literals"])
        #expect(report.topLevelTallies.map(\.folder) == ["clauses/", "expressions/"])
        #expect(report.topLevelTallies[1].tally == ConformanceReport.Tally(passed: 0, failed: 1, skipped: 1))
        let table = report.folderTable
        #expect(table.contains("clauses/match"))
        #expect(table.contains("clauses/ total"))
        #expect(table.split(separator: "\n").last?.hasPrefix("all") == true)
        let decoded = try JSONDecoder().decode([ScenarioRecord].self, from: report.json())
        #expect(decoded == records)
    }

    @Test func summaryOmitsSkippedWhenNone() {
        let record = ScenarioRecord(path: "a/b/X.feature", folder: "a/b", title: "[1] t", line: 3, outcome: .passed())
        #expect(ConformanceReport(records: [record, record]).summaryLine == "2 passed, 0 failed")
    }

    @Test func filterSelectsByPathAndTitle() throws {
        let root = try makeFeatures()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let records = runner(filter: "Match1.feature: [2]").run(try FeatureDiscovery.featureFiles(in: [root.path]))
        #expect(records.map(\.title) == ["[2] Failing"])
    }

    @Test func timeoutsFailTheScenario() {
        #expect(TimeoutGuard.run(seconds: 5) { 42 } == 42)
        #expect(TimeoutGuard.run(seconds: 0.05) { () -> Int in
            Thread.sleep(forTimeInterval: 1)
            return 1
        } == nil)
    }

    @Test func workerMessagesRoundTrip() {
        let message = WorkerMessage(index: 3, outcome: .failed("a\nb | 'c'", seconds: 0.5))
        let line = message.line()
        #expect(!line.contains("\n"))
        #expect(WorkerMessage(line: line) == message)
        #expect(WorkerMessage(line: "engine debug output") == nil)
    }
}
