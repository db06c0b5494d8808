/// Writes the outcome of one statement as text.
///
/// Formatters write piece by piece to any `TextOutputStream`, so results of any size
/// can be streamed to a file or terminal without building the whole text first.
public protocol ResultFormatter: Sendable {
    /// Writes everything shown for `result`: its rows, its plan or a summary of its changes,
    /// each line ending in a newline. Writes nothing when the format has nothing to show.
    func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target)
}

extension ResultFormatter {
    /// The text ``write(_:to:)`` produces, as one string.
    public func string(for result: QueryResult) -> String {
        var text = ""
        write(result, to: &text)
        return text
    }

    /// What the text formats show for a result without rows to lay out: an EXPLAIN's plan, or the
    /// summary of changes of a statement without columns. Returns true when it wrote one of them.
    func writePlanOrSummary<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) -> Bool {
        if let plan = result.plan {
            output.write(plan.hasSuffix("\n") || plan.isEmpty ? plan : plan + "\n")
            return true
        }
        guard result.columns.isEmpty else { return false }
        output.write(result.statistics.summary + "\n")
        return true
    }
}
