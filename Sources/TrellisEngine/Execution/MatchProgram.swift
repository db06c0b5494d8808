import TrellisCore
import TrellisGraph

/// A match plan's operators built once into a chain of closures, each calling the next.
///
/// Dispatching on ``MatchOperator`` for every row copies the operator out of the plan's array,
/// retaining everything it holds; a closure holds its operator's fields and the next closure, so
/// a row passes from operator to operator without that traffic. The operators most rows go
/// through (label scans with the property tests that follow them, expansions, label and WHERE
/// filters, computed values) have closures of their own; the others run through
/// ``Executor/perform(_:_:_:)``.
final class MatchProgram: Sendable {
    typealias Emit = (Row) throws -> Bool
    typealias Step = @Sendable (Executor, inout Row, Emit) throws -> Bool

    let entry: Step

    convenience init(_ operators: [MatchOperator]) {
        self.init(operators, profiler: nil, standingFor: nil)
    }

    /// With a `profiler`, each operator runs on its own (none grouped with the next) and reports
    /// the rows it passes on and its own time, under the ids of the program it stands for.
    init(_ operators: [MatchOperator], profiler: Profiler?, standingFor original: ObjectIdentifier?) {
        // Group each label scan with the property tests right after it on the scanned node, and
        // each one-hop expansion with the label test right after it on the node it reaches.
        var groups: [Group] = []
        for op in operators {
            if profiler != nil {
                groups.append((op, [], nil))
            } else if case .filter(let predicate) = op, let last = groups.last, case .scanLabel(let slot, _) = last.op,
               let test = PropertyTest(predicate.expression, slot: slot) {
                groups[groups.count - 1].tests.append(test)
            } else if case let .nodeFilter(slot, _, labelIDs?) = op, let last = groups.last, last.labels == nil,
                      case .expand(let x) = last.op, Self.isSimpleHop(x), !x.toIsBound, x.to == slot {
                groups[groups.count - 1].labels = labelIDs
            } else {
                groups.append((op, [], nil))
            }
        }
        var step: Step = { _, row, emit in try emit(row) }
        for (index, group) in groups.enumerated().reversed() {
            guard let profiler, let original else {
                step = Self.build(group, then: step)
                continue
            }
            // Count what this operator passes on, and charge its own time to it.
            let id = profiler.id(.matchOperator(program: original, index: index))
            let next = step
            let inner = Self.build(group) { executor, row, emit in
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

    typealias Group = (op: MatchOperator, tests: [PropertyTest], labels: [Int32]?)

    private static func build(_ group: Group, then step: @escaping Step) -> Step {
        switch group.op {
        case let .scanLabel(slot, label): return scan(slot, label, testing: group.tests, then: step)
        case .expand(let x) where isSimpleHop(x): return hop(x, labels: group.labels ?? [], then: step)
        default: return self.step(group.op, then: step)
        }
    }

    /// One hop to a new relationship with no property to check on it, of known types.
    private static func isSimpleHop(_ x: ExpandOperator) -> Bool {
        x.length == nil && !x.relationshipIsBound && x.properties.isEmpty && (x.typeIDs != nil || x.types.isEmpty)
    }

    /// A one-hop expansion (``isSimpleHop(_:)``): binds each neighbour in turn, unless its
    /// relationship is one the pattern already bound, or it lacks one of `labels`. In a statement
    /// that only reads, labels every neighbour of these types has are not checked one by one.
    private static func hop(_ x: ExpandOperator, labels: [Int32], then next: @escaping Step) -> Step {
        let from = x.from, relationshipSlot = x.relationship, to = x.to, toIsBound = x.toIsBound
        let direction = x.direction, types = x.types.isEmpty ? nil : x.typeIDs
        let distinctFrom = x.distinctFrom
        let labelBits = PropertyGraph.labelBits(labels)
        return { executor, row, emit in
            try executor.tick()
            guard case .node(let n) = row[from] else { return true }
            var target = -1
            if toIsBound {
                guard case .node(let t) = row[to] else { return true }
                target = t
            }
            let graph = executor.graph
            var checkLabels = !labels.isEmpty
            if checkLabels, executor.readsOnly, let labelBits {
                var common: UInt64
                switch direction {
                case .outgoing: common = graph.commonNeighbourLabels(.outgoing, types: types)
                case .incoming: common = graph.commonNeighbourLabels(.incoming, types: types)
                case .either:
                    common = graph.commonNeighbourLabels(.outgoing, types: types) & graph.commonNeighbourLabels(.incoming, types: types)
                }
                checkLabels = common & labelBits != labelBits
            }
            return try executor.forEachNeighbour(n, direction, types) { e in
                if toIsBound && e.other != target { return true }
                if !distinctFrom.isEmpty && executor.used(distinctFrom, row, e.relationship) { return true }
                if checkLabels {
                    for label in labels where !graph.nodeHasLabel(e.other, label) { return true }
                }
                try executor.tick()
                row[relationshipSlot] = .relationship(e.relationship)
                if !toIsBound { row[to] = .node(e.other) }
                return try next(executor, &row, emit)
            }
        }
    }

    /// A label scan that tests each member's properties (if any tests) before binding it.
    ///
    /// The tests run a block of members at a time, each test over the members the tests before it
    /// kept, on the columns' scan layout (``ScanColumn``) where it has a form for them.
    private static func scan(_ slot: Int, _ label: String, testing tests: [PropertyTest], then next: @escaping Step) -> Step {
        let keys = tests.map(\.key), kinds = tests.map(\.kind), operands = tests.map(\.operand)
        return { executor, row, emit in
            try executor.tick()
            guard let id = executor.graph.labels.lookup(label) else { return true }
            let graph = executor.graph
            var members = graph.members(of: id)[...]
            if let piece = executor.takeMorsel() { members = members[piece.of(members.indices)] }
            if keys.isEmpty {
                for n in members {
                    try executor.tick()
                    row[slot] = .node(n)
                    if try !next(executor, &row, emit) { return false }
                }
                return true
            }
            guard !members.isEmpty else { return true }
            // The fixed values are read once there is a member to test, where the filters read them.
            let fixed = try operands.map { try $0.map { try executor.eval($0, row) } ?? .null }
            let predicates = keys.indices.map { i in
                PropertyTest.scanPredicate(kinds[i], fixed[i]).map { (graph.nodeScanColumn(keys[i]), $0) }
            }
            func holds(_ i: Int, _ n: NodeID) -> Bool {
                PropertyTest.holds(kinds[i], graph.nodeProperty(n, keys[i]) ?? .null, fixed[i], executor)
            }
            var block: [NodeID] = []
            block.reserveCapacity(Self.scanBlock)
            var start = members.startIndex
            while start < members.endIndex {
                let end = min(start + Self.scanBlock, members.endIndex)
                try executor.tick()
                block.removeAll(keepingCapacity: true)
                block.append(contentsOf: members[start..<end])
                start = end
                for i in keys.indices where !block.isEmpty {
                    if let (column, predicate) = predicates[i] {
                        column.filter(&block, predicate) { holds(i, $0) }
                    } else {
                        block.removeAll { !holds(i, $0) }
                    }
                }
                for n in block {
                    try executor.tick()
                    row[slot] = .node(n)
                    if try !next(executor, &row, emit) { return false }
                }
            }
            return true
        }
    }

    /// How many members a label scan tests at a time.
    static let scanBlock = 1024

    private static func step(_ op: MatchOperator, then next: @escaping Step) -> Step {
        switch op {
        case .filter(let predicate):
            return { executor, row, emit in
                try executor.tick()
                guard try predicate.test(executor, row) else { return true }
                return try next(executor, &row, emit)
            }
        case let .nodeFilter(slot, _, labelIDs?):
            return { executor, row, emit in
                try executor.tick()
                guard case .node(let n) = row[slot] else { return true }
                for id in labelIDs where !executor.graph.nodeHasLabel(n, id) { return true }
                return try next(executor, &row, emit)
            }
        case let .compute(slot, expression):
            let evaluate = CompiledExpression.closure(expression)
            return { executor, row, emit in
                try executor.tick()
                row[slot] = try evaluate(executor, row)
                return try next(executor, &row, emit)
            }
        case .hashJoin(let join):
            let keys = join.keys, slots = join.buildSlots, width = slots.count, checks = !join.distinct.isEmpty
            return { executor, row, emit in
                try executor.tick()
                guard let key = JoinKey(row, keys) else { return true }
                let table = try executor.joinTable(join, row)
                var i = table.head(key)
                while i >= 0 {
                    try executor.tick()
                    let base = i * width
                    for (c, s) in slots.enumerated() { row[s] = table.values[base + c] }
                    if !checks || !executor.joinRepeatsRelationship(join, row) {
                        if try !next(executor, &row, emit) { return false }
                    }
                    i = table.after(i)
                }
                return true
            }
        case .expand(let x):
            return { executor, row, emit in
                try executor.tick()
                return try executor.expand(x, &row) { row in
                    try executor.tick()
                    return try next(executor, &row, emit)
                }
            }
        default:
            return { executor, row, emit in
                try executor.perform(op, &row) { row in try next(executor, &row, emit) }
            }
        }
    }
}
