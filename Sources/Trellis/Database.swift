import Synchronization
import TrellisCore
import TrellisEngine
import TrellisGraph
import TrellisSyntax

/// A Trellis database: an in-memory property graph and the interpreter that queries it.
///
/// All methods are thread-safe: read-only statements run concurrently, writing statements
/// one at a time and never alongside a reader. Every statement is atomic: a statement that
/// fails leaves the graph exactly as it was before it.
///
/// ```swift
/// let db = Database()
/// try db.execute("CREATE (:School {name: 'Padnell Junior School', urn: 116110})")
/// let result = try db.execute("MATCH (s:School) WHERE s.urn = $urn RETURN s.name", parameters: ["urn": 116110])
/// ```
public final class Database: @unchecked Sendable {
    let engine = Engine()
    let lock = ReadWriteLock()
    private let limitsBox = Mutex(StatementLimits.none)

    /// Bounds every statement run from now on must stay within (none by default).
    public var limits: StatementLimits {
        get { limitsBox.withLock { $0 } }
        set { limitsBox.withLock { $0 = newValue } }
    }

    /// Bumped by ``interrupt()``: a statement is cancelled when this moves past the value it started with.
    let interruptions = Atomic<Int>(0)

    /// Opens an empty in-memory database.
    public init() {}

    /// Runs every `;`-separated statement of `text` and returns the last one's result
    /// (an empty result when `text` holds no statement).
    /// - Throws: ``TrellisError`` for syntax, semantic and runtime errors; positions are relative to `text`.
    @discardableResult
    public func execute(_ text: String, parameters: [String: Value] = [:]) throws -> QueryResult {
        var last = QueryResult(columns: [], rows: [])
        try executeScript(text, parameters: parameters) { last = $0 }
        return last
    }

    /// Runs every statement of `text` in order, handing each result to `onResult` as soon as it completes.
    /// Stops at the first error and throws it; statements before it stay committed.
    public func executeScript(_ text: String, parameters: [String: Value] = [:],
                              onResult: (QueryResult) throws -> Void) throws {
        let script = try Parser.parseScript(text)
        for statement in script.statements {
            try onResult(try run(statement, source: text, parameters: parameters))
        }
    }

    /// Runs one parsed statement under the right lock.
    func run(_ statement: Statement, source: String, parameters: [String: Value]) throws -> QueryResult {
        let started = interruptions.load(ordering: .acquiring)
        let cancelled: @Sendable () -> Bool = { [self] in self.interruptions.load(ordering: .relaxed) != started }
        if statement.isReadOnly {
            return try lock.withReadLock { try engine.execute(statement, source: source, parameters: parameters, limits: limits, isCancelled: cancelled) }
        }
        return try lock.withWriteLock { try engine.execute(statement, source: source, parameters: parameters, limits: limits, isCancelled: cancelled) }
    }

    /// Cancels the statements running now, from any thread: each fails with a `Cancelled` error
    /// and leaves the graph as it was. Statements started afterwards run normally.
    public func interrupt() {
        interruptions.add(1, ordering: .releasing)
    }

    /// Lets LOAD CSV read files below `folder` (and nowhere else); nil, the default, forbids file access.
    /// The `trellis` command allows its working folder.
    public func allowFileAccess(under folder: String?) {
        lock.withWriteLock { engine.fileRoot = folder }
    }

    /// Makes `schema` the rules this database enforces (see ``GraphSchema``; ``GraphSchema/partnership``
    /// for partnership data). The existing data must already follow it; every later write statement
    /// is checked at its end and fails, changing nothing, when it breaks a rule.
    public func apply(_ schema: GraphSchema) throws {
        try lock.withWriteLock { try engine.apply(schema) }
    }

    /// The rules this database enforces, if any.
    public var schema: GraphSchema? { lock.withReadLock { engine.graph.schema } }

    /// Makes a procedure callable with CALL.
    public func register(_ procedure: Procedure) {
        lock.withWriteLock { engine.register(procedure) }
    }

    /// Every live node and relationship, for inspection and tests.
    public func snapshot() -> GraphSnapshot {
        lock.withReadLock { engine.snapshot() }
    }
}

extension Statement {
    /// True when the statement cannot change the graph, so it may run beside other readers.
    var isReadOnly: Bool {
        switch kind {
        case .explain: return true
        case .createIndex, .dropIndex: return false
        case .query(let q):
            for part in q.parts {
                for clause in part.clauses {
                    switch clause.kind {
                    case .create, .merge, .set, .remove, .delete, .call: return false
                    default: continue
                    }
                }
            }
            return true
        }
    }
}
