import Testing
@testable import TrellisTCKKit

@Suite("Counting by scenario heading")
struct HeadingTotalsTests {
    func record(_ path: String, _ title: String, _ outcome: ScenarioOutcome) -> ScenarioRecord {
        ScenarioRecord(path: path, folder: "a/b", title: title, line: 1, outcome: outcome)
    }

    @Test func anOutlinePassesOnlyWhenEveryExamplePasses() {
        let report = ConformanceReport(records: [
            record("a/b/X.feature", "[1] outline (example 1)", .passed()),
            record("a/b/X.feature", "[1] outline (example 2)", .failed("wrong")),
            record("a/b/X.feature", "[2] other outline (example 1)", .passed()),
            record("a/b/X.feature", "[2] other outline (example 2)", .passed()),
            record("a/b/X.feature", "[3] plain", .passed()),
            record("a/b/Y.feature", "[3] plain", .failed("x")),
            record("a/b/Y.feature", "[4] ignored", .skipped("@ignore")),
        ])
        let t = report.headingTotals
        #expect(t.passed == 2)
        #expect(t.failed == 2)
        #expect(t.skipped == 1)
        #expect(report.totals.total == 7)
        #expect(report.headingLine.contains("2 of 5 passed"))
    }
}
