/// Writes results as JSON Lines: one JSON object per record, one record per line.
///
/// Keys follow column order; values are mapped as described by ``JSONValueEncoder``.
/// Statements without columns write nothing; an EXPLAIN writes `{"plan":"…"}`.
public struct JSONLinesFormatter: ResultFormatter {
    /// A JSON Lines formatter.
    public init() {}

    public func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        if let plan = result.plan {
            output.write("{\"plan\":" + JSONValueEncoder.quoted(plan) + "}\n")
            return
        }
        guard !result.columns.isEmpty else { return }
        let encoder = JSONValueEncoder(for: result)
        for row in result.rows {
            output.write(encoder.encodeRecord(columns: result.columns, values: row) + "\n")
        }
    }
}
