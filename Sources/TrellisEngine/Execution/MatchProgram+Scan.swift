import TrellisCore
import TrellisGraph

/// The operators that find a pattern's first node: scans of every node or of a label's members,
/// and seeks through a property index.
extension MatchProgram {
    /// Every live node, bound in `slot`.
    static func scanAll(_ slot: Int, then next: @escaping Step) -> Step {
        { executor, row, emit in
            try executor.tick()
            let graph = executor.graph
            for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(executor, &row, emit) { return false }
            }
            return true
        }
    }

    /// A label scan that tests each member's properties (if any tests) before binding it.
    ///
    /// The tests run a block of members at a time, each test over the members the tests before it
    /// kept, on the columns' scan layout (``ScanColumn``) where it has a form for them.
    static func scan(_ slot: Int, _ label: String, testing tests: [PropertyTest], then next: @escaping Step) -> Step {
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
            let fixed = try operands.map { try $0.map { try $0(executor, row) } ?? .null }
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

    /// The nodes with `label` whose `key` equals `value` (with `many`, one of the elements of the
    /// list `value`), through the index of that label and key when there is one.
    static func indexSeek(_ slot: Int, _ label: String, _ key: String, _ value: BoundExpression, many: Bool,
                          then next: @escaping Step) -> Step {
        let value = CompiledExpression.closure(value)
        return { executor, row, emit in
            try executor.tick()
            let graph = executor.graph
            guard let lid = graph.labels.lookup(label), let kid = graph.keys.lookup(key) else { return true }
            let v = try value(executor, row)
            guard !v.isNull else { return true }
            var wanted = [v]
            if many {
                // `key IN list`: look up each distinct element. Anything but a list is left to the
                // WHERE filter, which stays in the plan and reports it.
                guard case .list(let items) = v else { return try members(lid, slot, executor, &row, emit, next) }
                var seen = Set<Value>()
                wanted = items.filter { !$0.isNull && seen.insert($0).inserted }
            }
            let candidates: [NodeID]
            if let index = graph.index(label: lid, key: kid) {
                candidates = wanted.flatMap { index.lookup($0) }
            } else {
                candidates = graph.members(of: lid).filter { n in
                    let p = graph.nodeProperty(n, kid) ?? .null
                    return wanted.contains { Value.equals(p, $0) == true }
                }
            }
            for n in candidates where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(executor, &row, emit) { return false }
            }
            return true
        }
    }

    /// The nodes with `label` whose indexed `key` lies between the bounds; without an index,
    /// every member (the WHERE filters, which stay in the plan, do the rest).
    static func indexRangeSeek(_ slot: Int, _ label: String, _ key: String,
                               lower: BoundExpression?, inclusive lowerInclusive: Bool,
                               upper: BoundExpression?, inclusive upperInclusive: Bool,
                               then next: @escaping Step) -> Step {
        let lower = lower.map(CompiledExpression.Operand.init), upper = upper.map(CompiledExpression.Operand.init)
        return { executor, row, emit in
            try executor.tick()
            let graph = executor.graph
            guard let lid = graph.labels.lookup(label), let kid = graph.keys.lookup(key) else { return true }
            let lo = try lower?(executor, row), hi = try upper?(executor, row)
            // A null bound compares as null: nothing matches.
            if lo?.isNull == true || hi?.isNull == true { return true }
            guard let index = graph.index(label: lid, key: kid) else { return try members(lid, slot, executor, &row, emit, next) }
            for n in index.range(from: lo, inclusive: lowerInclusive, to: hi, inclusive: upperInclusive) where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(executor, &row, emit) { return false }
            }
            return true
        }
    }

    /// Every node with `label`, bound in `slot` in turn, for the operators after a seek.
    private static func members(_ label: Int32, _ slot: Int, _ executor: Executor, _ row: inout Row, _ emit: Emit,
                                _ next: @escaping Step) throws -> Bool {
        for n in executor.graph.members(of: label) {
            row[slot] = .node(n)
            if try !next(executor, &row, emit) { return false }
        }
        return true
    }
}
