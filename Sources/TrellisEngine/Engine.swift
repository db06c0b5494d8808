import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Parses nothing and locks nothing: runs one parsed statement against its graph, atomically.
/// ``Database`` (in the Trellis module) adds parsing, locking and the public face.
package final class Engine: @unchecked Sendable {
    package let graph: PropertyGraph
    package private(set) var procedures: [String: Procedure] = [:]
    /// Makes a write statement's changes durable before it commits (a journal on disk, say).
    /// When set, write statements record their changes and hand them over, in commit order;
    /// throwing rolls the statement back. Not called for statements that changed nothing.
    package var journalChanges: (([ChangeRecord]) throws -> Void)?
    /// What `CHECKPOINT` does; without it, `CHECKPOINT` does nothing.
    package var checkpoint: (() throws -> Void)?
    /// The folder LOAD CSV may read below; nil (the default) forbids reading files.
    package var fileRoot: String? = nil

    package init(graph: PropertyGraph = PropertyGraph()) {
        self.graph = graph
        for procedure in BuiltInProcedures.all { register(procedure) }
    }

    package func register(_ procedure: Procedure) {
        procedures[procedure.name] = procedure
        procedureGeneration += 1
    }

    /// Counts procedure registrations, for ``catalogVersion``.
    private var procedureGeneration = 0

    /// Runs one statement. On any error the graph is left exactly as before the statement.
    /// A statement deeper than ``LargeStackThread/callerThreadDepth`` recurses deeply: run it
    /// on a ``LargeStackThread`` (as ``Database`` does).
    ///
    /// - Parameters:
    ///   - plan: Gives a query's plan (a prepared statement's, kept for reuse); without it the query
    ///     is compiled for `parameters`.
    ///   - sink: Receives the result as it is produced (see ``run(_:of:parameters:limits:isCancelled:sink:)``).
    package func execute(_ statement: Statement, source: String, parameters: [String: Value],
                         limits: StatementLimits = .none,
                         isCancelled: @escaping @Sendable () -> Bool = { false },
                         plan: ((Query) throws -> CompiledQuery)? = nil,
                         sink: (any RowSink)? = nil) throws -> QueryResult {
        let result: QueryResult
        switch statement.kind {
        case .query(let query):
            let compiled = try plan?(query) ?? compile(query, source: source, parameters: parameters)
            return try run(compiled, of: statement, parameters: parameters, limits: limits, isCancelled: isCancelled, sink: sink)
        case .explain(let query):
            let compiled = try compile(query, source: source, parameters: parameters)
            result = QueryResult(columns: [], rows: [], plan: PlanDescription.describe(compiled))
        case .profile(let query):
            // Runs the query (its changes are committed as any statement's), then shows the plan
            // with what each operator did in place of the rows.
            let compiled = try compile(query, source: source, parameters: parameters)
            let profiler = Profiler()
            let started = Profiler.now()
            profiler.startSampling()
            let ran: QueryResult
            do {
                defer { profiler.stopSampling() }
                ran = try run(compiled, of: statement, parameters: parameters, limits: limits, isCancelled: isCancelled,
                              profiler: profiler)
            }
            let text = PlanDescription.profile(compiled, profiler, rows: ran.rows.count, nanoseconds: Profiler.now() - started)
            result = QueryResult(columns: [], rows: [], statistics: ran.statistics, plan: text)
        case let .createIndex(_, label, key, _):
            result = try atomically(statement) {
                var stats = UpdateStatistics()
                if graph.createIndex(IndexKey(label: graph.internLabel(label), key: graph.internKey(key))) { stats.indexesAdded = 1 }
                return QueryResult(columns: [], rows: [], statistics: stats)
            }
        case let .dropIndex(_, label, key, ifExists):
            guard let label, let key else {
                throw TrellisError(.semanticError, "Unsupported", "indexes are dropped with DROP INDEX ON :Label(key)", at: statement.range, phase: .compileTime)
            }
            result = try atomically(statement) {
                var stats = UpdateStatistics()
                if let l = graph.labels.lookup(label), let k = graph.keys.lookup(key), graph.dropIndex(IndexKey(label: l, key: k)) {
                    stats.indexesRemoved = 1
                } else if !ifExists {
                    throw TrellisError(.semanticError, "IndexNotFound", "there is no index on :\(label)(\(key))", at: statement.range, phase: .compileTime)
                }
                return QueryResult(columns: [], rows: [], statistics: stats)
            }
        case .checkpoint:
            do {
                try checkpoint?()
            } catch let e as TrellisError {
                throw e.located(statement.range)
            }
            result = QueryResult(columns: [], rows: [])
        }
        // EXPLAIN, index changes and CHECKPOINT return no rows.
        try sink?.begin(columns: result.columns)
        return result
    }

    /// Compiles a query against the graph as it is now: for `parameters`, which become constants of
    /// the plan, or, when `parameters` is nil, into a plan that reads its parameters as it runs and
    /// so can run again with other values (for as long as ``catalogVersion`` stays the same).
    package func compile(_ query: Query, source: String, parameters: [String: Value]?) throws -> CompiledQuery {
        try QueryCompiler(graph: graph, procedures: procedures, parameters: parameters, source: source).compile(query)
    }

    /// What a compiled plan depends on besides the data: the labels, types and keys the graph knows
    /// (a plan treats an unknown one as matching nothing), its indexes and the registered procedures.
    /// A plan compiled while this was one value stays valid while it is.
    package var catalogVersion: CatalogVersion {
        CatalogVersion(labels: graph.labels.count, types: graph.types.count, keys: graph.keys.count,
                       indexes: graph.indexGeneration, procedures: procedureGeneration)
    }

    /// Runs a compiled query of `statement`. With a `sink`, read-only queries hand it each row as
    /// soon as it is produced, with the nodes and relationships it mentions; updating queries run to
    /// the end and commit before their rows are handed over; the returned result then holds no rows.
    package func run(_ compiled: CompiledQuery, of statement: Statement, parameters: [String: Value],
                     limits: StatementLimits = .none, isCancelled: @escaping @Sendable () -> Bool = { false },
                     sink: (any RowSink)? = nil, profiler: Profiler? = nil) throws -> QueryResult {
        let executor = Executor(graph: graph, parameters: parameters, isCancelled: isCancelled)
        executor.profiler = profiler
        executor.fileRoot = fileRoot
        executor.limits = limits
        guard compiled.isUpdating else {
            // Readers share the graph under a read lock: they must not touch the undo log.
            do {
                guard let sink else {
                    let (columns, rows) = try TemporalClock.withStatementTime { try executor.run(compiled) }
                    return makeResult(columns: columns, rows: rows, statistics: executor.statistics)
                }
                try sink.begin(columns: compiled.columns)
                try TemporalClock.withStatementTime {
                    try executor.run(compiled) { values in
                        var entities = ResultEntities()
                        for v in values { entities.collect(v, node: nodeSnapshot, relationship: relationshipSnapshot) }
                        return try sink.receive(values, entities: entities)
                    }
                }
                return QueryResult(columns: compiled.columns, rows: [], statistics: executor.statistics)
            } catch let e as TrellisError {
                throw e.located(statement.range)
            }
        }
        var result = try atomically(statement) {
            let (columns, rows) = try TemporalClock.withStatementTime { try executor.run(compiled) }
            if let schema = graph.schema {
                try SchemaValidator.validate(graph, schema, changes: graph.statementChanges)
            }
            return makeResult(columns: columns, rows: rows, statistics: executor.statistics)
        }
        if let sink {
            try sink.deliver(result)
            result.rows = []
        }
        return result
    }

    /// Runs a statement that may change the graph: its changes are journaled (when there is a
    /// journal) and committed together, or, on any error, rolled back.
    private func atomically(_ statement: Statement, _ body: () throws -> QueryResult) throws -> QueryResult {
        graph.beginStatement(recordingChanges: journalChanges != nil)
        do {
            let result = try body()
            if let journalChanges {
                let changes = graph.pendingChanges()
                if !changes.isEmpty { try journalChanges(changes) }
            }
            graph.commitStatement()
            return result
        } catch {
            graph.rollbackStatement()
            if let e = error as? TrellisError { throw e.located(statement.range) }
            throw error
        }
    }

    /// Makes `schema` the rules of this graph: creates indexes for its unique properties and checks
    /// the existing data; on a violation nothing changes and the error names the first offender.
    package func apply(_ schema: GraphSchema) throws {
        graph.beginStatement()
        do {
            for rule in schema.nodes {
                for p in rule.properties where p.unique {
                    graph.createIndex(IndexKey(label: graph.internLabel(rule.label), key: graph.internKey(p.name)))
                }
            }
            try SchemaValidator.validateAll(graph, schema)
            graph.commitStatement()
            graph.schema = schema
        } catch {
            graph.rollbackStatement()
            throw error
        }
    }

    /// Attaches labels, types and properties of every node and relationship the rows mention.
    func makeResult(columns: [String], rows: [[Value]], statistics: UpdateStatistics) -> QueryResult {
        var entities = ResultEntities()
        for row in rows {
            for i in row.indices {
                // Only entities and containers are looked into (the others are not even copied out).
                switch row[i] {
                case .node, .relationship, .path, .list, .map:
                    entities.collect(row[i], node: nodeSnapshot, relationship: relationshipSnapshot)
                default: continue
                }
            }
        }
        return QueryResult(columns: columns, rows: rows, statistics: statistics, nodes: entities.nodes, relationships: entities.relationships)
    }

    package func nodeSnapshot(_ n: NodeID) -> NodeSnapshot {
        NodeSnapshot(id: n, labels: graph.labelNames(n), properties: graph.nodePropertyMap(n))
    }

    package func relationshipSnapshot(_ r: RelationshipID) -> RelationshipSnapshot {
        RelationshipSnapshot(id: r, type: graph.types.name(graph.relationshipType[r]), start: graph.relationshipStart[r],
                             end: graph.relationshipEnd[r], properties: graph.relationshipPropertyMap(r))
    }

    /// Every live node and relationship.
    package func snapshot() -> GraphSnapshot {
        GraphSnapshot(nodes: (0..<graph.nodeCapacity).filter(graph.isNodeAlive).map(nodeSnapshot),
                      relationships: (0..<graph.relationshipCapacity).filter(graph.isRelationshipAlive).map(relationshipSnapshot))
    }
}
