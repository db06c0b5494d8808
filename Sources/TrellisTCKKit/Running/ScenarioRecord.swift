/// One scenario's identity and outcome, as reported and written to the JSON file.
public struct ScenarioRecord: Sendable, Hashable, Codable {
    /// Feature file path relative to the features root.
    public var path: String
    /// Report folder, e.g. `clauses/match`.
    public var folder: String
    /// Scenario title, e.g. `[2] Match with labels` or `[1] Store dates (example 3)`.
    public var title: String
    /// 1-based line of the scenario (or example row) in its file.
    public var line: Int
    public var outcome: ScenarioOutcome

    public init(path: String, folder: String, title: String, line: Int, outcome: ScenarioOutcome) {
        self.path = path
        self.folder = folder
        self.title = title
        self.line = line
        self.outcome = outcome
    }

    /// `clauses/match/Match1.feature: [1] title: first difference`.
    public var failureLine: String {
        "\(path): \(title): \(outcome.detail ?? "failed")"
    }
}
