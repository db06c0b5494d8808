import TrellisCore

/// Receives a statement's result as it is produced: its columns first, then one row at a time.
package protocol RowSink {
    /// Called once, before any row.
    func begin(columns: [String]) throws
    /// Receives one row and the nodes and relationships it mentions; returns false to stop the
    /// statement early (it then ends as if it had no more rows).
    func receive(_ values: [Value], entities: ResultEntities) throws -> Bool
}

extension RowSink {
    /// Hands a finished result to the sink, row by row.
    package func deliver(_ result: QueryResult) throws {
        try begin(columns: result.columns)
        let entities = result.entities
        for values in result.rows where try !receive(values, entities: entities) { break }
    }
}
