import Foundation

/// The summary of a run: counts, a per-folder table, failure lines and a JSON export.
public struct ConformanceReport: Sendable {
    /// Passed, failed and skipped scenarios of one group.
    public struct Tally: Sendable, Hashable {
        public var passed = 0
        public var failed = 0
        public var skipped = 0

        public init(passed: Int = 0, failed: Int = 0, skipped: Int = 0) {
            self.passed = passed
            self.failed = failed
            self.skipped = skipped
        }

        public var total: Int { passed + failed + skipped }

        mutating func count(_ status: ScenarioOutcome.Status) {
            switch status {
            case .passed: passed += 1
            case .failed: failed += 1
            case .skipped: skipped += 1
            }
        }
    }

    public var records: [ScenarioRecord]

    public init(records: [ScenarioRecord]) {
        self.records = records
    }

    /// Counts over every record.
    public var totals: Tally {
        records.reduce(into: Tally()) { $0.count($1.outcome.status) }
    }

    /// Counts per report folder (e.g. `clauses/match`), sorted by folder.
    public var folderTallies: [(folder: String, tally: Tally)] {
        tallies { $0.folder }
    }

    /// Counts per top-level folder (e.g. `clauses/`), sorted by folder.
    public var topLevelTallies: [(folder: String, tally: Tally)] {
        tallies { record in
            let top = record.folder.split(separator: "/").first.map(String.init) ?? record.folder
            return top == "." ? "." : top + "/"
        }
    }

    private func tallies(by key: (ScenarioRecord) -> String) -> [(folder: String, tally: Tally)] {
        var byFolder: [String: Tally] = [:]
        for record in records { byFolder[key(record), default: Tally()].count(record.outcome.status) }
        return byFolder.keys.sorted().map { ($0, byFolder[$0]!) }
    }

    /// One line per failed scenario: `path: title: first difference`.
    public var failureLines: [String] {
        records.filter { $0.outcome.status == .failed }.map(\.failureLine)
    }

    /// The per-folder table, then totals per top-level folder and for the whole run.
    public var folderTable: String {
        let rows = folderTallies + [("", Tally())] + topLevelTallies.map { ("\($0.folder) total", $0.tally) }
            + [("all", totals)]
        let width = max(24, rows.map(\.0.count).max() ?? 0)
        func pad(_ text: String, _ count: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, count - text.count))
            return left ? text + padding : padding + text
        }
        var lines = [pad("folder", width, left: true) + pad("passed", 8) + pad("failed", 8) + pad("skipped", 9)
                     + pad("total", 7) + pad("pass%", 8)]
        lines.append(String(repeating: "-", count: width + 40))
        for (folder, tally) in rows {
            if folder.isEmpty {
                lines.append(String(repeating: "-", count: width + 40))
                continue
            }
            let percent = tally.total == 0 ? 0 : Double(tally.passed) * 100 / Double(tally.total)
            lines.append(pad(folder, width, left: true) + pad(String(tally.passed), 8) + pad(String(tally.failed), 8)
                         + pad(String(tally.skipped), 9) + pad(String(tally.total), 7)
                         + pad(String(format: "%.1f", percent), 8))
        }
        return lines.joined(separator: "\n")
    }

    /// Counts with each Scenario Outline taken as one scenario, passing only when every
    /// example of it passes (and skipped only when all are): the count of `Scenario:` and
    /// `Scenario Outline:` headings in the feature files.
    public var headingTotals: Tally {
        var byHeading: [String: [ScenarioOutcome.Status]] = [:]
        var order: [String] = []
        for record in records {
            var title = record.title
            if let range = title.range(of: " (example ", options: .backwards), title.hasSuffix(")") {
                title = String(title[..<range.lowerBound])
            }
            let key = record.path + "\u{0}" + title
            if byHeading[key] == nil { order.append(key) }
            byHeading[key, default: []].append(record.outcome.status)
        }
        var tally = Tally()
        for key in order {
            let statuses = byHeading[key]!
            if statuses.allSatisfy({ $0 == .skipped }) { tally.skipped += 1 }
            else if statuses.contains(.failed) { tally.failed += 1 }
            else { tally.passed += 1 }
        }
        return tally
    }

    /// The heading-level counts as one line, printed before the summary line.
    public var headingLine: String {
        let t = headingTotals
        let percent = t.total == 0 ? 0 : Double(t.passed) * 100 / Double(t.total)
        return "by scenario heading (an outline passes only when all its examples pass): \(t.passed) of \(t.total) passed ("
            + String(format: "%.1f", percent) + "%)"
    }

    /// `N passed, N failed`, with `, N skipped` when any scenario was skipped.
    public var summaryLine: String {
        let totals = totals
        let line = "\(totals.passed) passed, \(totals.failed) failed"
        return totals.skipped > 0 ? line + ", \(totals.skipped) skipped" : line
    }

    /// Every record as a JSON array, for tracking regressions between runs.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(records)
    }
}
