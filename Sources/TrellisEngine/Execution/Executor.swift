#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A row of values, one per slot of the compiled query.
package typealias Row = [Value]

/// Runs compiled queries against a graph. One executor serves one statement.
package final class Executor {
    let graph: PropertyGraph
    let parameters: [String: Value]
    package var statistics = UpdateStatistics()
    /// Nodes deleted without DETACH: they must have no relationships left when the statement ends.
    var deletedWithoutDetach: [NodeID] = []
    /// Width of the rows of the query part being run.
    var slotCount = 0
    /// The query being run changes nothing (so a node's properties stay as they are while it runs).
    @exclusivity(unchecked) var readsOnly = false
    /// Counts inner-loop steps (see ``tick()``); bumped for every row, so exempt from dynamic
    /// exclusivity checks (only this executor's thread touches it).
    @exclusivity(unchecked) var ticks = 0
    /// Set by ``StatementWatch`` when the statement is cancelled or out of time.
    let stop: StopSignal
    /// Whether ``StatementWatch`` watches ``stop``.
    @exclusivity(unchecked) private var watched = false
    var regexCache: [String: RegularExpression] = [:]
    /// Set for PROFILE: what each operator did.
    var profiler: Profiler? = nil
    /// The build sides of hash joins (``joinTable(_:_:)``), by operator.
    var joinTables: [ObjectIdentifier: JoinTable] = [:]
    /// For an executor running one piece of a pipeline split between threads (see
    /// ``runSplit(_:_:_:start:add:)``): which piece of the pipeline's source is its, taken by
    /// that source (the first step's label scan or UNWIND) with ``takeMorsel()``.
    var morsel: Morsel? = nil
    /// Whether a pipeline may be split between threads here (not in an executor that runs a piece).
    var mayFork = true
    /// distance()'s coordinate key ids, with the number of keys when they were looked up.
    var coordinateKeys: (keyCount: Int, ids: [Int32?])? = nil
    /// The folder LOAD CSV may read below; nil forbids file access.
    var fileRoot: String? = nil
    /// What this statement may use. Read for every row (the intermediate-row limit), so exempt
    /// from dynamic exclusivity checks: it is set before the statement runs.
    @exclusivity(unchecked) package var limits = StatementLimits.none {
        didSet { stop.deadline = limits.timeout.map { Self.now() + $0 } }
    }
    /// Checked between rows; set from another thread to cancel.
    let isCancelled: @Sendable () -> Bool

    /// The statement whose ``stop`` this executor shares (see ``init(within:parameters:)``); nil
    /// when it made its own, which it then hands to the watch and takes back.
    private let owner: Executor?

    package init(graph: PropertyGraph, parameters: [String: Value], isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.graph = graph
        self.parameters = parameters
        self.isCancelled = isCancelled
        stop = StopSignal(isCancelled: isCancelled)
        owner = nil
    }

    /// An executor for a query run inside `statement`'s (a procedure's): it stops when that one
    /// does, and has its limits, deadline included.
    init(within statement: Executor, parameters: [String: Value]) {
        graph = statement.graph
        self.parameters = parameters
        isCancelled = statement.isCancelled
        stop = statement.stop
        owner = statement
        // (Set in an initializer, `limits` does not start a new deadline.)
        limits = statement.limits
        fileRoot = statement.fileRoot
    }

    deinit {
        if watched { StatementWatch.shared.unwatch(stop) }
    }

    /// Fails when the statement was cancelled or has run out of time.
    func checkCancelled() throws {
        if isCancelled() || stop.reason == .cancelled { throw TrellisError(.cancelled, "Cancelled", "the statement was cancelled") }
        if let deadline = stop.deadline, stop.reason == .timedOut || Self.now() > deadline {
            throw TrellisError(.limitExceeded, "Timeout", "the statement ran longer than its limit of \(limits.timeout!) seconds")
        }
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Fails when a clause would hold more rows than the intermediate-row limit.
    func checkIntermediate(_ count: Int) throws {
        if let max = limits.maxIntermediateRows, count > max {
            throw TrellisError(.limitExceeded, "TooManyRows", "a clause produced more than \(max) intermediate rows")
        }
    }

    /// The cancellation check of inner loops, called at every step that may be followed by many
    /// more: each row, each hop of a search. Every 64 steps it reads the stop signal (set within
    /// ``StatementWatch/period`` of an interrupt or the deadline); every 1,024 steps it also asks
    /// directly, and a statement that gets that far is handed to the watch. (A sort's comparisons
    /// read the signal alone, see ``sort(_:_:keep:)``.)
    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 63 == 0, stop.isSet || ticks & 1023 == 0 { try checkAndWatch() }
    }

    private func checkAndWatch() throws {
        try checkCancelled()
        watch()
    }

    /// Hands the statement to ``StatementWatch`` (once), so that ``stop`` is set when it should
    /// stop: called before a long step that reads only the signal.
    func watch() {
        if let owner { return owner.watch() }
        if !watched {
            watched = true
            StatementWatch.shared.watch(stop)
        }
    }

    /// Runs a compiled query and returns its columns and rows.
    package func run(_ query: CompiledQuery) throws -> (columns: [String], rows: [[Value]]) {
        var all: [[Value]] = []
        try run(query) { all.append($0); return true }
        return (query.columns, all)
    }

    /// Runs a compiled query, handing each result row to `onRow` as soon as it is produced;
    /// `onRow` returns false to stop early (the statement then ends as if it had no more rows).
    package func run(_ query: CompiledQuery, onRow: ([Value]) throws -> Bool) throws {
        // UNION (without ALL) keeps the first of equal rows, wherever they come from.
        var seen: Set<[Value]>? = query.parts.count > 1 && query.unionAll.first == false ? [] : nil
        var produced = 0
        var stopped = false
        readsOnly = !query.isUpdating
        for (partIndex, part) in query.parts.enumerated() where !stopped {
            profiler?.part = partIndex
            slotCount = part.slotCount
            let keep = part.returnsRows && !part.columns.isEmpty
            var steps = part.steps[...]
            let columns = keep ? finalColumns(part) : nil
            if columns != nil { steps = steps.dropLast() }
            _ = try stream(steps, [Row(repeating: .null, count: part.slotCount)]) { row in
                guard keep else { return true }
                if let profiler, columns != nil {
                    // The final projection, made here from each row (see finalColumns).
                    profiler.count(profiler.id(.step(part: partIndex, index: part.steps.count - 1)))
                }
                let values = try columns.map { try $0.map { try $0(self, row) } } ?? part.columns.map { row[$0.slot] }
                if seen != nil, !seen!.insert(values).inserted { return true }
                produced += 1
                if let max = limits.maxResultRows, produced > max {
                    throw TrellisError(.limitExceeded, "TooManyRows", "the statement returned more than \(max) rows")
                }
                if try onRow(values) { return true }
                stopped = true
                return false
            }
        }
        try finishStatement()
    }

    /// When a part ends with a projection that streams (no grouping, DISTINCT, ORDER BY, SKIP or
    /// LIMIT) whose items are its columns in order, the items as closures: each result row is then
    /// made from them directly, without the projected copy of the whole row.
    private func finalColumns(_ part: CompiledQueryPart) -> [CompiledExpression.Operand]? {
        guard case .project(let plan)? = part.steps.last, !needsAllRows(.project(plan)),
              plan.items.map(\.slot) == part.columns.map(\.slot) else { return nil }
        return plan.compiled.items
    }

    /// End-of-statement checks.
    func finishStatement() throws {
        for n in deletedWithoutDetach where graph.degree(n) > 0 {
            throw TrellisError(.constraintVerificationFailed, "DeleteConnectedNode",
                               "cannot delete node \(n) because it still has relationships; use DETACH DELETE")
        }
    }

    func run(_ step: PlanStep, _ rows: consuming [Row]) throws -> [Row] {
        switch step {
        case .match, .unwind, .filter:
            // Streaming steps: `stream` pushes rows through them one at a time; this runs the same code.
            var out: [Row] = []
            try flow([step][...], into: { out.append($0); return true }) { flow in
                for row in copy rows {
                    var r = row
                    _ = try flow(&r)
                }
            }
            return out
        case .project(let plan):
            return try project(plan, rows)
        case .create(let patterns):
            var out = rows
            for i in out.indices {
                try tick()
                for p in patterns { try create(p, &out[i]) }
            }
            return out
        case .merge(let plan):
            var out: [Row] = []
            for row in copy rows { try merge(plan, row, into: &out) }
            return out
        case .set(let items):
            for row in copy rows {
                for item in items { try apply(item, row) }
            }
            return rows
        case .remove(let items):
            for row in copy rows {
                for item in items { try apply(item, row) }
            }
            return rows
        case let .delete(expressions, detach, ranges):
            for row in copy rows {
                for (e, r) in zip(expressions, ranges) {
                    do { try delete(try e(self, row), detach: detach) } catch let error as TrellisError { throw error.located(r) }
                }
            }
            return rows
        case .call(let plan):
            return try call(plan, rows)
        case let .loadCSV(source, slot, withHeaders, terminator, range):
            var out: [Row] = []
            for row in copy rows {
                let records = try located(range) { try loadCSV(try source(self, row), withHeaders: withHeaders, terminator: terminator) }
                for record in records {
                    try tick()
                    var r = row
                    r[slot] = record
                    out.append(r)
                }
            }
            return out
        }
    }
}
