/// Writes each statement's result as one JSON array of objects, one object per record:
///
/// ```
/// [
///   {"name":"Oak","urn":1},
///   {"name":"Elm","urn":2}
/// ]
/// ```
///
/// Keys follow column order; values are mapped as described by ``JSONValueEncoder``.
/// Statements without columns write nothing; an EXPLAIN writes `{"plan":"…"}`.
public struct JSONFormatter: ResultFormatter {
    /// A JSON formatter.
    public init() {}

    public func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        if let plan = result.plan {
            output.write("{\"plan\":" + JSONValueEncoder.quoted(plan) + "}\n")
            return
        }
        guard !result.columns.isEmpty else { return }
        guard !result.rows.isEmpty else {
            output.write("[]\n")
            return
        }
        let encoder = JSONValueEncoder(for: result)
        output.write("[\n")
        for (index, row) in result.rows.enumerated() {
            let separator = index + 1 < result.rows.count ? ",\n" : "\n"
            output.write("  " + encoder.encodeRecord(columns: result.columns, values: row) + separator)
        }
        output.write("]\n")
    }
}
