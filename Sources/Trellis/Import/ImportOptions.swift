/// How ``Database/importCSV(folder:options:progress:)`` treats bad rows.
public struct ImportOptions: Sendable, Hashable {
    /// When true, any bad row or bad file makes the import load nothing.
    /// When false (the default), bad rows are reported and skipped, and the rest is loaded.
    public var strict: Bool
    /// How many problems the report lists one by one; the rest are only counted.
    public var maxReportedProblems: Int

    public init(strict: Bool = false, maxReportedProblems: Int = 1000) {
        self.strict = strict
        self.maxReportedProblems = maxReportedProblems
    }
}
