/// A parsed feature file before outlines are expanded: the Gherkin structure as written.
public struct FeatureDocument: Sendable, Hashable {
    /// The name after `Feature:`.
    public var name: String
    public var tags: [String]
    /// Steps of the `Background:` block, run before every scenario of the feature.
    public var background: [GherkinStep]
    public var scenarios: [ScenarioDefinition]

    public init(name: String, tags: [String] = [], background: [GherkinStep] = [], scenarios: [ScenarioDefinition] = []) {
        self.name = name
        self.tags = tags
        self.background = background
        self.scenarios = scenarios
    }
}

/// A `Scenario:` or `Scenario Outline:` block.
public struct ScenarioDefinition: Sendable, Hashable {
    public var name: String
    public var tags: [String]
    public var steps: [GherkinStep]
    /// The `Examples:` blocks of an outline; empty for a plain scenario.
    public var examples: [ExamplesBlock]
    /// True for `Scenario Outline:` (and `Scenario Template:`).
    public var isOutline: Bool
    /// 1-based line of the scenario keyword.
    public var line: Int

    public init(name: String, tags: [String] = [], steps: [GherkinStep] = [], examples: [ExamplesBlock] = [],
                isOutline: Bool = false, line: Int) {
        self.name = name
        self.tags = tags
        self.steps = steps
        self.examples = examples
        self.isOutline = isOutline
        self.line = line
    }
}

/// An `Examples:` table of an outline: a header of placeholder names and one row per example.
public struct ExamplesBlock: Sendable, Hashable {
    public var tags: [String]
    public var table: DataTable
    /// 1-based line of the `Examples:` keyword.
    public var line: Int
    /// 1-based line of each table row, header included.
    public var rowLines: [Int]

    public init(tags: [String] = [], table: DataTable, line: Int, rowLines: [Int] = []) {
        self.tags = tags
        self.table = table
        self.line = line
        self.rowLines = rowLines
    }
}
