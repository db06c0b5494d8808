import TrellisCore
import TrellisEngine
import TrellisSyntax

/// Prepared statements, cursors and the async face of ``Database``.
extension Database {
    /// Parses and plans one statement for running many times (see ``PreparedStatement``).
    /// - Throws: ``TrellisError``: a `SyntaxError` for bad text; `UsageError` (`NotOneStatement`)
    ///   when `text` holds no statement or more than one.
    public func prepare(_ text: String) throws -> PreparedStatement {
        try PreparedStatement(text, database: self)
    }

    /// Starts one statement and returns a cursor over its rows, read as the statement produces them
    /// (see ``RowCursor``). Errors in the text are thrown here, before any row.
    /// - Throws: as ``execute(_:parameters:)-9ysp6``; `UsageError` when `text` is not one statement.
    public func cursor(_ text: String, parameters: [String: Value] = [:]) throws -> RowCursor {
        try prepare(text).cursor(parameters: parameters)
    }

    /// Starts one statement and returns a cursor over its rows, suspending until it has started.
    public func cursor(_ text: String, parameters: [String: Value] = [:]) async throws -> RowCursor {
        try await prepare(text).cursor(parameters: parameters)
    }

    /// Runs every `;`-separated statement of `text` on a worker thread and returns the last one's
    /// result, suspending until they end. Cancelling the task cancels the statement running then
    /// (it changes nothing; statements before it stay committed).
    @discardableResult
    public func execute(_ text: String, parameters: [String: Value] = [:]) async throws -> QueryResult {
        let cancellation = StatementCancellation()
        return try await WorkerThread.run({ [self] in
            var last = QueryResult(columns: [], rows: [])
            for parsed in try parseScript(text) {
                do {
                    last = try run(parsed.statement, source: parsed.source, parameters: parameters, cancellation: cancellation)
                } catch {
                    throw parsed.located(error)
                }
            }
            return last
        }, onCancel: cancellation.cancel)
    }
}
