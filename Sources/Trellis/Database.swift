import Synchronization
import TrellisCore
import TrellisEngine
import TrellisGraph
import TrellisStorage
import TrellisSyntax

/// A Trellis database: a property graph held in memory and the interpreter that queries it,
/// either in memory only (``init()``) or kept in a database file (``init(path:readOnly:journalLimit:)``).
///
/// All methods are thread-safe: read-only statements run concurrently, writing statements
/// one at a time and never alongside a reader. Every statement is atomic: a statement that
/// fails leaves the graph exactly as it was before it. With a database file, a write statement
/// returns only once its changes are on disk (in the journal), so a crash loses nothing that
/// committed.
///
/// ```swift
/// let db = try Database(path: "partnerships.trellis")
/// try db.execute("CREATE (:School {name: 'Padnell Junior School', urn: 116110})")
/// let result = try db.execute("MATCH (s:School) WHERE s.urn = $urn RETURN s.name", parameters: ["urn": 116110])
/// ```
public final class Database: @unchecked Sendable {
    /// The journal length past which a database file is checkpointed automatically: 64 MiB.
    public static let defaultJournalLimit = DatabaseStore.defaultJournalLimit

    let engine: Engine
    let lock = ReadWriteLock()
    private let limitsBox = Mutex(StatementLimits.defaults)

    /// Bounds every statement run from now on must stay within: by default only the length of a
    /// statement's text (``StatementLimits/defaults``).
    public var limits: StatementLimits {
        get { limitsBox.withLock { $0 } }
        set { limitsBox.withLock { $0 = newValue } }
    }

    /// Bumped by ``interrupt()``: a statement is cancelled when this moves past the value it started with.
    let interruptions = Atomic<Int>(0)
    /// The files the graph is kept in; nil in memory.
    let store: DatabaseStore?

    /// Opens an empty in-memory database.
    public init() {
        engine = Engine()
        store = nil
    }

    /// Opens the database file at `path`, creating it (with an empty graph) when it does not exist.
    ///
    /// Beside the file live its journal (`path.journal`) and, while it is open for writing, its lock
    /// (`path.lock`); see `Docs/storage.md`. Only one `Database` at a time, in any process, may
    /// open a file for writing; any number may open it read-only alongside.
    ///
    /// - Parameters:
    ///   - path: The database file; its journal and lock are named after it.
    ///   - readOnly: Open without the writer's lock: statements that would change the graph fail
    ///     with a `ReadOnlyDatabase` error, and a missing file is an error rather than created.
    ///   - journalLimit: The journal length in bytes past which a write statement is followed by an
    ///     automatic checkpoint; 0 or less turns automatic checkpoints off.
    /// - Throws: ``TrellisError`` of kind `StorageError` naming the file and what is wrong: it is
    ///   in use by another writer (`DatabaseLocked`), not a Trellis database, of a newer format
    ///   version, damaged (a checksum mismatch, naming the section), and so on; `IOError` when the
    ///   operating system refuses. A damaged file is never written to.
    public init(path: String, readOnly: Bool = false, journalLimit: Int = Database.defaultJournalLimit) throws {
        let store = try DatabaseStore(path: path, readOnly: readOnly, journalLimit: journalLimit)
        let engine = Engine(graph: store.graph)
        engine.journalChanges = { changes in try store.append(changes) }
        engine.checkpoint = { try store.checkpoint() }
        self.engine = engine
        self.store = store
    }

    /// The database file, or nil for an in-memory database.
    public var path: String? { store?.path }

    /// Whether the database was opened read-only.
    public var isReadOnly: Bool { store?.isReadOnly ?? false }

    /// What opening the database file found and repaired or ignored, one sentence each, such as a
    /// last journal record cut short by a crash. Empty when all was well, and in memory.
    public var notices: [String] { store?.notices ?? [] }

    /// Writes a snapshot of the graph to the database file and empties its journal, as the
    /// `CHECKPOINT` statement does. Readers go on meanwhile; writers wait. Does nothing in memory.
    /// - Throws: `ReadOnlyDatabase` when opened read-only; `IOError` when the file cannot be written
    ///   (the database is then as it was before).
    public func checkpoint() throws {
        guard let store else { return }
        try lock.withReadLock { try store.checkpoint() }
    }

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
    ///
    /// A script that nests deeply (long chains of operators, say) runs on a thread of its own with a
    /// large stack, which this call waits for; `onResult` is then called on that thread.
    ///
    /// A statement longer than ``StatementLimits/maxStatementBytes`` fails with `LimitExceeded`
    /// (`StatementTooLong`) before any statement of `text` runs; a script longer than that bound
    /// is parsed a statement at a time.
    public func executeScript(_ text: String, parameters: [String: Value] = [:],
                              onResult: (QueryResult) throws -> Void) throws {
        let parsed = ParsedScript(try parseScript(text))
        guard parsed.depth > LargeStackThread.callerThreadDepth else {
            return try run(parsed.take(), parameters: parameters, onResult: onResult)
        }
        // Compiling, running and freeing the syntax tree recurse as deeply as it nests.
        try LargeStackThread.run { try run(parsed.take(), parameters: parameters, onResult: onResult) }
    }

    /// A statement parsed from a script: positions in its syntax tree refer to `source`, which is
    /// the whole script or, for a script parsed a statement at a time, the statement's own text
    /// found at `place` in the script.
    struct ParsedStatement {
        var statement: Statement
        var source: String
        var place: ScriptStatement?

        /// `error`, found while running the statement, with its position in the script.
        func located(_ error: any Error) -> any Error {
            guard let place, let error = error as? TrellisError else { return error }
            return place.relocating(error)
        }
    }

    /// Parses `text`, holding each statement to the bound on a statement's length: a text within
    /// the bound is parsed whole; a longer one is split into statements first, each checked and
    /// then parsed on its own, so that the tokens of no more than one statement are held at a time.
    func parseScript(_ text: String) throws -> [ParsedStatement] {
        guard let maximum = limits.maxStatementBytes, text.utf8.count > maximum else {
            return try Parser.parseScript(text).statements.map { ParsedStatement(statement: $0, source: text) }
        }
        let statements = StatementSplitter.split(text).statements
        for statement in statements where statement.text.utf8.count > maximum {
            throw StatementLimits.statementTooLong(limit: maximum, at: statement.range.start)
        }
        var parsed: [ParsedStatement] = []
        for statement in statements {
            do {
                for each in try Parser.parseScript(statement.text).statements {
                    parsed.append(ParsedStatement(statement: each, source: statement.text, place: statement))
                }
            } catch let error as TrellisError {
                throw statement.relocating(error)
            }
        }
        return parsed
    }

    /// Fails when `text`, which is to be one statement, is longer than the bound on a statement's length.
    func checkStatementLength(_ text: String) throws {
        if let maximum = limits.maxStatementBytes, text.utf8.count > maximum {
            throw StatementLimits.statementTooLong(limit: maximum, at: .start)
        }
    }

    private func run(_ statements: [ParsedStatement], parameters: [String: Value],
                     onResult: (QueryResult) throws -> Void) throws {
        for parsed in statements {
            let result: QueryResult
            do {
                result = try run(parsed.statement, source: parsed.source, parameters: parameters)
            } catch {
                throw parsed.located(error)
            }
            try onResult(result)
        }
    }

    /// Holds a parsed script until the thread that runs it takes it, so that the syntax tree is
    /// freed on that thread.
    private final class ParsedScript: @unchecked Sendable {
        private var statements: [ParsedStatement]?
        let depth: Int
        init(_ statements: [ParsedStatement]) {
            depth = statements.map(\.statement.depth).max() ?? 0
            self.statements = statements
        }
        func take() -> [ParsedStatement] {
            defer { statements = nil }
            return statements!
        }
    }

    /// Runs one parsed statement under the right lock.
    ///
    /// - Parameters:
    ///   - plans: Where a prepared statement keeps its compiled plan; nil compiles for `parameters`.
    ///   - cancellation: Cancels this statement alone (as ``interrupt()`` cancels every running one).
    ///   - sink: Receives the result row by row as it is produced; the returned result then has no rows.
    func run(_ statement: Statement, source: String, parameters: [String: Value],
             plans: PlanCache? = nil, cancellation: StatementCancellation? = nil,
             sink: (any RowSink)? = nil) throws -> QueryResult {
        try ValueBounds.checkParameters(parameters)
        let started = interruptions.load(ordering: .acquiring)
        // Held weakly: the thread that watches long statements may still hold this closure for a
        // moment after the statement ends, and must not keep the database (and its writer's lock)
        // alive meanwhile. A database that is gone has no statement left to run.
        let cancelled: @Sendable () -> Bool = { [weak self] in
            guard let self else { return true }
            return self.interruptions.load(ordering: .relaxed) != started || cancellation?.isCancelled == true
        }
        let limits = self.limits
        let plan = plans.map { plans in { (query: Query) in try plans.plan(query, source: source, engine: self.engine) } }
        func body() throws -> QueryResult {
            try engine.execute(statement, source: source, parameters: parameters, limits: limits, isCancelled: cancelled,
                               plan: plan, sink: sink)
        }
        // A deeply nested statement recurses as deeply when it is compiled and run.
        func onFittingStack(_ body: () throws -> QueryResult) throws -> QueryResult {
            statement.depth > LargeStackThread.callerThreadDepth ? try LargeStackThread.run(body) : try body()
        }
        if statement.isReadOnly {
            return try onFittingStack { try lock.withReadLock(body) }
        }
        let result = try onFittingStack { try lock.withWriteLock(body) }
        // A journal grown past its limit is checkpointed right away, beside readers (writers wait).
        if let store, store.isJournalFull {
            lock.withReadLock { _ = store.checkpointIfJournalIsFull() }
        }
        return result
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

    /// Makes `schema` the rules this database enforces (see ``GraphSchema``; `GraphSchema.partnership`
    /// for partnership data). The existing data must already follow it; every later write statement
    /// is checked at its end and fails, changing nothing, when it breaks a rule.
    ///
    /// In a database file only `GraphSchema.partnership` can be kept: applying it writes a
    /// checkpoint, so the file carries it and opening applies it again.
    public func apply(_ schema: GraphSchema) throws {
        if let store {
            guard schema == .partnership else {
                throw TrellisError(.storageError, "UnsupportedSchema", "\(store.path): only the partnership schema can be kept in a database file")
            }
            if store.isReadOnly { throw TrellisError(.storageError, "ReadOnlyDatabase", "\(store.path) is open read-only") }
        }
        try lock.withWriteLock { try engine.apply(schema) }
        try checkpoint()
    }

    /// Decodes whatever property values opening left to decode, on the calling thread, so that
    /// none is being decoded in the background afterwards (for measurements).
    package func decodeAllColumns() {
        lock.withReadLock { engine.graph.decodeAllColumns() }
    }

    /// Writes the graph as a new database file at `path` (with its own, empty journal), leaving this
    /// database as it is: "save as". Fails, writing nothing, when a file is already at `path`.
    public func saveCopy(to path: String) throws {
        try lock.withReadLock { try DatabaseStore.createCopy(of: engine.graph, at: path) }
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
    /// (`CHECKPOINT` only reads the graph; the store keeps checkpoints from overlapping.)
    var isReadOnly: Bool {
        switch kind {
        case .explain, .checkpoint: return true
        case .createIndex, .dropIndex: return false
        case .query(let q), .profile(let q):
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
