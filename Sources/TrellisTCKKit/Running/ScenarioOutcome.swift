/// How one scenario went.
public struct ScenarioOutcome: Sendable, Hashable, Codable {
    /// Whether the scenario passed, failed or was not run.
    public enum Status: String, Sendable, Hashable, Codable {
        case passed
        case failed
        /// Not run because the TCK marks the scenario `@ignore`.
        case skipped
    }

    /// Whether the scenario passed, failed or was skipped.
    public var status: Status
    /// For a failure, the first difference found; for a skip, the reason.
    public var detail: String?
    /// Wall-clock time spent on the scenario.
    public var seconds: Double

    public init(status: Status, detail: String? = nil, seconds: Double = 0) {
        self.status = status
        self.detail = detail
        self.seconds = seconds
    }

    /// A pass.
    public static func passed(seconds: Double = 0) -> ScenarioOutcome { ScenarioOutcome(status: .passed, seconds: seconds) }

    /// A failure with its first difference.
    public static func failed(_ detail: String, seconds: Double = 0) -> ScenarioOutcome {
        ScenarioOutcome(status: .failed, detail: detail, seconds: seconds)
    }

    /// A scenario not run, with the reason.
    public static func skipped(_ reason: String) -> ScenarioOutcome { ScenarioOutcome(status: .skipped, detail: reason) }
}
