import TrellisCore

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

    /// Longest text of one statement, in UTF-8 bytes: a longer one is refused before it is parsed
    /// (`StatementTooLong`), since parsing and compiling take memory in proportion to the text.
    /// ``StatementLimits/defaultMaxStatementBytes`` unless set; nil for no bound.
    public var maxStatementBytes: Int?

    public init(timeout: Double? = nil, maxResultRows: Int? = nil, maxIntermediateRows: Int? = nil, maxPathLength: Int? = nil,
                maxStatementBytes: Int? = StatementLimits.defaultMaxStatementBytes) {
        self.timeout = timeout
        self.maxResultRows = maxResultRows
        self.maxIntermediateRows = maxIntermediateRows
        self.maxPathLength = maxPathLength
        self.maxStatementBytes = maxStatementBytes
    }

    /// The default bound on a statement's text: 8 MiB.
    public static let defaultMaxStatementBytes = 8 << 20

    /// No limits at all, not even on a statement's length.
    public static let none = StatementLimits(maxStatementBytes: nil)

    /// The limits a database starts with: only a statement's length is bounded
    /// (``StatementLimits/defaultMaxStatementBytes``).
    public static let defaults = StatementLimits()
}

extension StatementLimits {
    /// The error for a statement whose text is longer than `limit` bytes, at `location`.
    public static func statementTooLong(limit: Int, at location: SourceLocation) -> TrellisError {
        TrellisError(.limitExceeded, "StatementTooLong",
                     "the statement is longer than the limit of \(describe(bytes: limit))",
                     at: SourceRange(at: location), phase: .compileTime)
    }
}

extension StatementLimits {
    /// `8 MiB` for a whole number of mebibytes, `1000 bytes` otherwise: how messages give sizes.
    public static func describe(bytes: Int) -> String {
        bytes > 0 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
