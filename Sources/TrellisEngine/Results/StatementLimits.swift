/// Bounds on what one statement may use. A statement that goes past any of them fails with a
/// `LimitExceeded` error and, like any failed statement, leaves the graph as it was.
public struct StatementLimits: Sendable, Hashable {
    /// Wall-clock time a statement may run, in seconds.
    public var timeout: Double?
    /// Rows a statement may return.
    public var maxResultRows: Int?
    /// Rows any clause may hold at once while the statement runs (before grouping, sorting, updates).
    public var maxIntermediateRows: Int?
    /// Longest path a variable-length relationship pattern may follow, even when written `*` or `*2..`.
    public var maxPathLength: Int?

    public init(timeout: Double? = nil, maxResultRows: Int? = nil, maxIntermediateRows: Int? = nil, maxPathLength: Int? = nil) {
        self.timeout = timeout
        self.maxResultRows = maxResultRows
        self.maxIntermediateRows = maxIntermediateRows
        self.maxPathLength = maxPathLength
    }

    /// No limits.
    public static let none = StatementLimits()
}
