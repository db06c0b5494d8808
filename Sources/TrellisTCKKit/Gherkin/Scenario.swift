/// One runnable scenario: a plain scenario, or one example row of an outline with its
/// placeholders filled in, with the feature's background steps in front.
public struct Scenario: Sendable, Hashable {
    /// The name of the feature the scenario belongs to.
    public var featureName: String
    /// The scenario name as written, e.g. `[3] Match with labels`.
    public var name: String
    /// For an outline, the 1-based number of the example row across all its `Examples` blocks.
    public var exampleNumber: Int?
    /// Tags of the feature, the scenario and (for outlines) the `Examples` block.
    public var tags: [String]
    /// Background steps followed by the scenario's own steps.
    public var steps: [GherkinStep]
    /// 1-based line of the scenario keyword, or of the example row for outlines.
    public var line: Int

    public init(featureName: String, name: String, exampleNumber: Int? = nil, tags: [String] = [],
                steps: [GherkinStep], line: Int) {
        self.featureName = featureName
        self.name = name
        self.exampleNumber = exampleNumber
        self.tags = tags
        self.steps = steps
        self.line = line
    }

    /// The name, plus the example number for outline rows: `[1] Store dates (example 2)`.
    public var title: String {
        guard let exampleNumber else { return name }
        return "\(name) (example \(exampleNumber))"
    }

    /// The tag with which the TCK itself excludes a scenario from being run.
    public static let ignoreTag = "@ignore"

    /// True when the TCK marks the scenario as not to be run.
    public var isMarkedIgnored: Bool { tags.contains(Self.ignoreTag) }
}
