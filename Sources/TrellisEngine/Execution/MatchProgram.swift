import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A match plan's operators built once into a chain of closures, each calling the next.
///
/// Dispatching on ``MatchOperator`` for every row copies the operator out of the plan's array,
/// retaining everything it holds; a closure holds its operator's fields and the next closure, so
/// a row passes from operator to operator without that traffic. Every operator is built here:
/// the scans and seeks in MatchProgram+Scan.swift, the expansions in MatchProgram+Expand.swift,
/// the filters, computed values, paths and joins below.
final class MatchProgram: Sendable {
    /// What a match is passed to: the row itself, which it may change in slots the match does
    /// not bind (the steps after a MATCH bind slots of their own, and every row written there
    /// is written again before it is read).
    typealias Emit = (inout Row) throws -> Bool
    typealias Step = @Sendable (Executor, inout Row, Emit) throws -> Bool

    let entry: Step
    /// Whether the rows the program finds are read (an existence test reads none).
    let rowsRead: Bool

    convenience init(_ operators: [MatchOperator], rowsRead: Bool = true) {
        self.init(operators, profiler: nil, standingFor: nil, rowsRead: rowsRead)
    }

    /// With a `profiler`, each operator runs on its own (none grouped with the next) and reports
    /// the rows it passes on and its own time, under the ids of the program it stands for.
    ///
    /// Without `rowsRead`, the last operator need not bind what it finds (nothing after it reads
    /// it); a one-hop expansion then leaves the row as it is, which spares the test copying a row
    /// it shares with the expression that runs it.
    init(_ operators: [MatchOperator], profiler: Profiler?, standingFor original: ObjectIdentifier?, rowsRead: Bool = true) {
        self.rowsRead = rowsRead
        // Group each label scan with the property tests right after it on the scanned node, and
        // each one-hop expansion with the check of the argument it starts from right before it and
        // the label test right after it on the node it reaches.
        var groups: [Group] = []
        for op in operators {
            if profiler != nil {
                groups.append((op, [], nil, nil))
            } else if case .expand(let x) = op, x.length == nil, let last = groups.last,
                      case let .argument(slot, range) = last.op, slot == x.from {
                groups[groups.count - 1] = (op, [], nil, range)
            } else if case .filter(let predicate) = op, let last = groups.last, case .scanLabel(let slot, _) = last.op,
               let test = PropertyTest(predicate.expression, slot: slot) {
                groups[groups.count - 1].tests.append(test)
            } else if case let .nodeFilter(slot, _, labelIDs?) = op, let last = groups.last, last.labels == nil,
                      case .expand(let x) = last.op, x.length == nil, !x.toIsBound, x.to == slot {
                groups[groups.count - 1].labels = labelIDs
            } else {
                groups.append((op, [], nil, nil))
            }
        }
        var step: Step = { _, row, emit in try emit(&row) }
        for (index, group) in groups.enumerated().reversed() {
            let binds = rowsRead || index < groups.count - 1
            guard let profiler, let original else {
                step = Self.build(group, binds: binds, then: step)
                continue
            }
            // Count what this operator passes on, and charge its own time to it.
            let id = profiler.id(.matchOperator(program: original, index: index))
            let next = step
            let inner = Self.build(group, binds: binds) { executor, row, emit in
                profiler.count(id)
                return try next(executor, &row, emit)
            }
            step = { executor, row, emit in
                let previous = profiler.enter(id)
                defer { profiler.enter(previous) }
                return try inner(executor, &row, emit)
            }
        }
        // A hash join's table serves every row this program extends only when its build side reads
        // none of them and nothing changes the graph meanwhile; otherwise it is built again.
        let joins = operators.compactMap { op -> HashJoinOperator? in if case .hashJoin(let j) = op { j } else { nil } }
        if joins.isEmpty {
            entry = step
        } else {
            let inner = step
            entry = { executor, row, emit in
                for j in joins where !(executor.readsOnly && j.cacheable) { executor.joinTables[ObjectIdentifier(j)] = nil }
                return try inner(executor, &row, emit)
            }
        }
    }

    /// An operator, with the property tests of a label scan, or the labels of the node a one-hop
    /// expansion reaches and the position of the argument it starts from, when grouped with it.
    typealias Group = (op: MatchOperator, tests: [PropertyTest], labels: [Int32]?, argument: SourceRange?)

    /// The closure that runs `group` on a row, passing each row it lets through or extends it to
    /// on to `next`; it returns false when the rows after it asked to stop. Without `binds`, it
    /// may leave unbound what it finds.
    private static func build(_ group: Group, binds: Bool, then next: @escaping Step) -> Step {
        switch group.op {
        case .scanAll(let slot):
            return scanAll(slot, then: next)
        case let .scanLabel(slot, label):
            return scan(slot, label, testing: group.tests, then: next)
        case let .indexSeek(slot, label, key, value, many):
            return indexSeek(slot, label, key, value, many: many, then: next)
        case let .indexRangeSeek(slot, label, key, lower, lowerInclusive, upper, upperInclusive):
            return indexRangeSeek(slot, label, key, lower: lower, inclusive: lowerInclusive,
                                  upper: upper, inclusive: upperInclusive, then: next)
        case let .argument(slot, range):
            return argument(slot, range, then: next)
        case let .nodeFilter(slot, labels, labelIDs):
            return nodeFilter(slot, labels, labelIDs, then: next)
        case .expand(let x):
            guard let length = x.length else { return hop(x, labels: group.labels ?? [], argument: group.argument, binds: binds, then: next) }
            return variableLength(x, length, then: next)
        case .filter(let predicate):
            return filter(predicate, then: next)
        case let .compute(slot, expression):
            return compute(slot, expression, then: next)
        case let .bindPath(slot, start, steps):
            return bindPath(slot, start, steps, then: next)
        case .hashJoin(let join):
            return hashJoin(join, then: next)
        }
    }

    /// Rows that `predicate` holds for.
    private static func filter(_ predicate: CompiledPredicate, then next: @escaping Step) -> Step {
        { executor, row, emit in
            try executor.tick()
            guard try predicate.test(executor, row) else { return true }
            return try next(executor, &row, emit)
        }
    }

    /// Rows whose node in `slot` has every one of `labels` (`labelIDs` when all were known when
    /// planning; otherwise the names are looked up on each row).
    private static func nodeFilter(_ slot: Int, _ labels: [String], _ labelIDs: [Int32]?, then next: @escaping Step) -> Step {
        guard let labelIDs else {
            return { executor, row, emit in
                try executor.tick()
                guard case .node(let n) = row[slot] else { return true }
                let graph = executor.graph
                for l in labels {
                    guard let id = graph.labels.lookup(l), graph.nodeHasLabel(n, id) else { return true }
                }
                return try next(executor, &row, emit)
            }
        }
        return { executor, row, emit in
            try executor.tick()
            guard case .node(let n) = row[slot] else { return true }
            for id in labelIDs where !executor.graph.nodeHasLabel(n, id) { return true }
            return try next(executor, &row, emit)
        }
    }

    /// Rows whose `slot` holds a node bound before the pattern; null matches nothing, and any
    /// other value is an error.
    private static func argument(_ slot: Int, _ range: SourceRange, then next: @escaping Step) -> Step {
        { executor, row, emit in
            try executor.tick()
            switch row[slot] {
            case .node: return try next(executor, &row, emit)
            case .null: return true
            case let v: throw notANode(v, range)
            }
        }
    }

    /// The error of an argument that holds `value`, neither a node nor null.
    static func notANode(_ value: Value, _ range: SourceRange) -> TrellisError {
        TrellisError.type("InvalidArgumentType", "expected a node but found \(value.typeName)", at: range)
    }

    /// Each row with `expression`'s value in `slot`.
    private static func compute(_ slot: Int, _ expression: BoundExpression, then next: @escaping Step) -> Step {
        let evaluate = CompiledExpression.closure(expression)
        return { executor, row, emit in
            try executor.tick()
            row[slot] = try evaluate(executor, row)
            return try next(executor, &row, emit)
        }
    }

    /// Each row with the path from the node in `start` through `steps` (a relationship, or the
    /// list of a variable-length one, then the node reached) in `slot`.
    private static func bindPath(_ slot: Int, _ start: Int, _ steps: [(relationship: Int, node: Int, isVariableLength: Bool)],
                                 then next: @escaping Step) -> Step {
        let relationshipSlots = steps.map(\.relationship)
        return { executor, row, emit in
            try executor.tick()
            guard case .node(var current) = row[start] else { return true }
            let graph = executor.graph
            var nodes = [current]
            var rels: [RelationshipID] = []
            for s in relationshipSlots {
                var stepRels: [RelationshipID] = []
                switch row[s] {
                case .relationship(let r): stepRels = [r]
                case .list(let items): stepRels = items.compactMap { if case .relationship(let r) = $0 { r } else { nil } }
                default: return true
                }
                for r in stepRels {
                    current = graph.relationshipStart[r] == current ? graph.relationshipEnd[r] : graph.relationshipStart[r]
                    nodes.append(current)
                    rels.append(r)
                }
            }
            row[slot] = .path(PathValue(nodes: nodes, relationships: rels))
            return try next(executor, &row, emit)
        }
    }

    /// Each row extended with every row of the join's build side that found the same nodes.
    private static func hashJoin(_ join: HashJoinOperator, then next: @escaping Step) -> Step {
        // (Copies of the operator's arrays: a program built for one thread of a split pipeline
        // shares no counted storage with the others.)
        let keys = join.keys.map { $0 }, slots = join.buildSlots.map { $0 }, checks = !join.distinct.isEmpty
        return { executor, row, emit in
            try executor.tick()
            guard let key = JoinKey(row, keys) else { return true }
            let table = try executor.joinTable(join, row)
            var i = table.head(key)
            while i >= 0 {
                try executor.tick()
                for (c, s) in slots.enumerated() { row[s] = table.value(i, c) }
                if !checks || !executor.joinRepeatsRelationship(join, row) {
                    if try !next(executor, &row, emit) { return false }
                }
                i = table.after(i)
            }
            return true
        }
    }
}
