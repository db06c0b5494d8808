import TrellisCore
import TrellisEngine
import TrellisSyntax

/// A statement parsed and planned once, to run many times with different parameters.
///
/// ```swift
/// let lookup = try db.prepare("MATCH (s:School {urn: $urn}) RETURN s.name AS name")
/// for urn in [116110, 116111] {
///     let name = try lookup.execute(parameters: ["urn": Value(urn)]).first?["name", as: String.self]
/// }
/// ```
///
/// The plan reads its parameters when it runs, so it serves any values. It is kept for as long as
/// the graph's catalog stays the same (the labels, relationship types and property keys it knows,
/// its indexes, the registered procedures) and made again, once, after that changes: creating an
/// index makes prepared statements use it. Each run is a statement of its own, atomic and under the
/// database's limits, exactly as with ``Database/execute(_:parameters:)-9ysp6``.
///
/// A prepared statement is thread-safe: any number of threads may run it at once.
public final class PreparedStatement: Sendable {
    /// The statement's text.
    public let text: String
    /// The parameters the statement uses (`$name`), in order of first use.
    public let parameterNames: [String]
    /// Where each parameter is first used, for errors about missing ones.
    private let firstUses: [String: SourceRange]
    let statement: Statement
    let database: Database
    let plans = PlanCache()

    init(_ text: String, database: Database) throws {
        try database.checkStatementLength(text)
        let script = try Parser.parseScript(text)
        guard script.statements.count == 1, let statement = script.statements.first else {
            let where_ = script.statements.dropFirst().first?.range
            throw TrellisError(.usageError, "NotOneStatement",
                               "a prepared statement is one statement, but the text holds \(script.statements.count)", at: where_)
        }
        var names: [String] = []
        var firstUses: [String: SourceRange] = [:]
        for token in try Lexer.tokenize(text) {
            if case .parameter(let name) = token.kind, firstUses[name] == nil {
                names.append(name)
                firstUses[name] = token.range
            }
        }
        self.text = text
        self.parameterNames = names
        self.firstUses = firstUses
        self.statement = statement
        self.database = database
    }

    /// Runs the statement with `parameters` and returns its result.
    /// - Throws: ``TrellisError``: `ParameterMissing` (at the parameter's first use) when a parameter
    ///   the statement uses has no value; otherwise as ``Database/execute(_:parameters:)-9ysp6``.
    @discardableResult
    public func execute(parameters: [String: Value] = [:]) throws -> QueryResult {
        try checkParameters(parameters)
        return try database.run(statement, source: text, parameters: parameters, plans: plans)
    }

    /// Runs the statement with `parameters` on a worker thread, suspending until it ends; cancelling
    /// the task cancels the statement (which then changes nothing).
    @discardableResult
    public func execute(parameters: [String: Value] = [:]) async throws -> QueryResult {
        try checkParameters(parameters)
        let cancellation = StatementCancellation()
        return try await WorkerThread.run({ [self] in
            try database.run(statement, source: text, parameters: parameters, plans: plans, cancellation: cancellation)
        }, onCancel: cancellation.cancel)
    }

    /// Starts the statement with `parameters` and returns a cursor over its rows (see ``RowCursor``).
    public func cursor(parameters: [String: Value] = [:]) throws -> RowCursor {
        try checkParameters(parameters)
        return try RowCursor.start { [self] channel in
            try database.run(statement, source: text, parameters: parameters, plans: plans,
                             cancellation: channel.cancellation, sink: channel)
        }
    }

    /// Starts the statement with `parameters` and returns a cursor over its rows, suspending until it has started.
    public func cursor(parameters: [String: Value] = [:]) async throws -> RowCursor {
        try checkParameters(parameters)
        return try await RowCursor.start { [self] channel in
            try database.run(statement, source: text, parameters: parameters, plans: plans,
                             cancellation: channel.cancellation, sink: channel)
        }
    }

    /// How many times the plan was made, for tests.
    package var compilations: Int { plans.compilations }

    private func checkParameters(_ parameters: [String: Value]) throws {
        for name in parameterNames where parameters[name] == nil {
            throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(name)",
                               at: firstUses[name], phase: .compileTime)
        }
    }
}
