import TrellisCore

/// A sequence of clauses ending in RETURN or an updating clause.
public struct SingleQuery: Sendable, Hashable {
    public var clauses: [Clause]
    public var range: SourceRange
    public init(clauses: [Clause], range: SourceRange) {
        self.clauses = clauses
        self.range = range
    }
}

/// One or more single queries joined by UNION / UNION ALL.
public struct Query: Sendable, Hashable {
    public var parts: [SingleQuery]
    /// `unionAll[i]` tells whether `parts[i]` and `parts[i+1]` are joined by UNION ALL.
    public var unionAll: [Bool]
    public init(parts: [SingleQuery], unionAll: [Bool]) {
        self.parts = parts
        self.unionAll = unionAll
    }
}

public enum StatementKind: Sendable, Hashable {
    case query(Query)
    /// `CREATE INDEX [name] [IF NOT EXISTS] FOR (v:Label) ON (v.key)`; also `CREATE INDEX ON :Label(key)`.
    case createIndex(name: String?, label: String, key: String, ifNotExists: Bool)
    /// `DROP INDEX name [IF EXISTS]` or `DROP INDEX ON :Label(key)`.
    case dropIndex(name: String?, label: String?, key: String?, ifExists: Bool)
    /// `EXPLAIN query`: show the plan instead of running.
    case explain(Query)
    /// `PROFILE query`: run the query and show its plan with what each operator did.
    case profile(Query)
    /// `CHECKPOINT`: write a snapshot of a database file and empty its journal.
    case checkpoint
}

/// One `;`-separated statement of a script, with its range and exact text.
public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    public var range: SourceRange
    public var text: String
    /// How deeply the statement nests: the parser's nesting plus the height of its expressions,
    /// or its number of clauses.
    /// Compiling and running it recurse about this deep.
    public var depth: Int
    public init(kind: StatementKind, range: SourceRange, text: String, depth: Int = 0) {
        self.kind = kind
        self.range = range
        self.text = text
        self.depth = depth
    }
}

/// A parsed script: its statements in order.
public struct Script: Sendable, Hashable {
    public var statements: [Statement]
    public init(statements: [Statement]) { self.statements = statements }
    /// The depth of its deepest statement.
    public var depth: Int { statements.map(\.depth).max() ?? 0 }
}
