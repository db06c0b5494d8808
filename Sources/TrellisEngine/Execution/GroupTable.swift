import TrellisCore

/// The groups of an aggregating projection, filled one input row at a time so that the rows
/// feeding it never have to be collected.
///
/// Groups keep the order in which their first row arrived. Rows often arrive group by group (a
/// label scan expanded to its neighbours), so the group of the previous row is tried first. The
/// keys are computed by the plan's closures (as are the aggregates' arguments), several of them
/// into one array that serves every row, and found in a ``GroupIndex``: a row allocates nothing
/// unless it starts a group.
struct GroupTable {
    typealias Operand = CompiledExpression.Operand

    let plan: ProjectionPlan
    /// The grouping keys (the items that contain no aggregate): their slots and closures.
    private let keys: [(slot: Int, value: Operand)]
    /// The aggregates' arguments (nil for `count(*)`).
    private let arguments: [Operand?]
    /// Where each aggregate is in the query (for its errors).
    private let ranges: [SourceRange]
    private let fresh: [AggregateAccumulator]
    /// One row per group: its first input row, with the key items' values in their slots.
    private var representatives: [Row] = []
    /// The accumulators of every group, one after another: group `g`'s aggregate `j` is at
    /// `g * plan.aggregates.count + j` (one flat array is changed in place; nested ones are not always).
    private var accumulators: [AggregateAccumulator] = []
    /// For each DISTINCT aggregate (by its index in `plan.aggregates`), the values each group has seen.
    private var distinctValues: [DistinctValues?]
    private let hasDistinct: Bool
    /// The groups by their keys.
    private var index: GroupIndex
    /// The array a row's keys are computed into (the same for every row).
    private var keyValues: [Value]
    /// The group of the previous row.
    private var lastGroup = -1
    /// Whether a row's keys are compared with the previous row's group first: given up when rows
    /// seldom come group by group, since the comparison is then mostly wasted.
    private var triesLastGroup = true
    private var lastGroupHits = 0
    private var lastGroupMisses = 0
    /// Input rows so far, for the intermediate-row limit.
    private(set) var inputCount = 0
    /// With keys that are all one node (`p`) or its properties (`a.code, a.name`) while the
    /// statement changes nothing: the slot of that node. A node's group is then remembered by its id.
    private let keyNodeSlot: Int?
    /// The single key is the node itself (not one of its properties): a node's group is then
    /// known by its id alone, so new nodes need no lookup by value.
    private let keyIsNode: Bool
    private var nodeGroups = NodeGroupMap()
    private var lastNode = -1
    /// For a node's property: whether nodes are remembered. When they rarely come back (each
    /// node of a label scan comes once), remembering them costs more than it saves, and stops.
    private var remembersNodes = true
    private var nodesRemembered = 0
    private var nodesRecalled = 0

    /// `readsOnly`: the statement changes no properties while its rows are grouped.
    init(_ plan: ProjectionPlan, readsOnly: Bool) {
        self.plan = plan
        keys = plan.compiled.keys
        arguments = plan.compiled.arguments
        ranges = plan.aggregates.map(\.range)
        fresh = plan.aggregates.map { AggregateAccumulator(kind: $0.kind) }
        distinctValues = plan.aggregates.map { $0.distinct ? DistinctValues() : nil }
        hasDistinct = plan.aggregates.contains { $0.distinct }
        keyValues = Array(repeating: .null, count: keys.count)
        index = GroupIndex(width: keys.count)
        let keyItems = plan.items.filter { !$0.containsAggregate }
        if keyItems.count == 1, case .slot(let s) = keyItems[0].expression {
            (keyNodeSlot, keyIsNode) = (s, true)
        } else {
            // Keys that are all the same node or its properties (while no property changes) are
            // the same for every row of that node.
            func node(_ e: BoundExpression) -> Int? {
                switch e {
                case .slot(let s): s
                case .property(.slot(let s), _, _, _) where readsOnly: s
                default: nil
                }
            }
            let slots = keyItems.map { node($0.expression) }
            let first = slots.first ?? nil
            (keyNodeSlot, keyIsNode) = (first != nil && slots.allSatisfy { $0 == first } ? first : nil, false)
        }
    }

    /// Adds one input row to its group.
    mutating func add(_ row: Row, _ executor: Executor) throws {
        inputCount += 1
        let g = try group(of: row, executor)
        let first = g * arguments.count
        if hasDistinct { return try addDistinct(row, g, executor) }
        // (One access to the accumulators for the row, rather than one per aggregate.)
        let ranges = self.ranges
        try arguments.withUnsafeBufferPointer { arguments in
            try accumulators.withUnsafeMutableBufferPointer { accumulators in
                for j in arguments.indices {
                    guard let argument = arguments[j] else {
                        accumulators[first + j].count += 1  // count(*)
                        continue
                    }
                    let v = try argument(executor, row)
                    if v.isNull { continue }
                    do { try accumulators[first + j].add(v) } catch let error as TrellisError { throw error.located(ranges[j]) }
                }
            }
        }
    }

    /// ``add(_:_:)`` when some aggregate is DISTINCT.
    private mutating func addDistinct(_ row: Row, _ g: Int, _ executor: Executor) throws {
        let first = g * arguments.count
        for j in arguments.indices {
            guard let argument = arguments[j] else {
                accumulators[first + j].count += 1  // count(*)
                continue
            }
            let v = try argument(executor, row)
            if v.isNull { continue }
            if distinctValues[j] != nil, !distinctValues[j]!.insert(v, group: g) { continue }
            do { try accumulators[first + j].add(v) } catch let error as TrellisError { throw error.located(ranges[j]) }
        }
    }

    private mutating func group(of row: Row, _ executor: Executor) throws -> Int {
        if keys.isEmpty {
            if lastGroup < 0 { lastGroup = newGroup(row, [], hash: 0) }
            return lastGroup
        }
        guard let s = keyNodeSlot, case .node(let n) = row[s] else {
            lastNode = -1
            return try keyedGroup(of: row, executor)
        }
        if n == lastNode && lastGroup >= 0 { return lastGroup }
        lastNode = n
        if keyIsNode {
            // A node equals no other node and no other value: a node not seen before is a new group.
            if let known = nodeGroups.group(of: n) {
                lastGroup = known
            } else {
                let key = Value.node(n)
                lastGroup = newGroup(row, [key], hash: GroupIndex.hash(key))
                nodeGroups.set(n, lastGroup)
            }
            return lastGroup
        }
        guard remembersNodes else { return try keyedGroup(of: row, executor) }
        if let known = nodeGroups.group(of: n) {
            nodesRecalled += 1
            lastGroup = known
            return known
        }
        let g = try keyedGroup(of: row, executor)
        nodeGroups.set(n, g)
        nodesRemembered += 1
        if nodesRemembered >= 4096 && nodesRecalled < nodesRemembered / 8 {
            remembersNodes = false
            nodeGroups = NodeGroupMap()
        }
        return g
    }

    /// The group of the keys computed from the row.
    private mutating func keyedGroup(of row: Row, _ executor: Executor) throws -> Int {
        if keys.count == 1 {
            let key = try keys[0].value(executor, row)
            return withUnsafePointer(to: key) { group(of: UnsafeBufferPointer(start: $0, count: 1), row) }
        }
        for i in keys.indices { keyValues[i] = try keys[i].value(executor, row) }
        // (A second reference for the length of the lookup; `keyValues` is unique again after it.)
        let values = keyValues
        return values.withUnsafeBufferPointer { group(of: $0, row) }
    }

    /// The group whose keys are `values`, the previous row's first; a new one for `row` if none.
    private mutating func group(of values: UnsafeBufferPointer<Value>, _ row: Row) -> Int {
        if triesLastGroup && lastGroup >= 0 {
            if index.isGroup(lastGroup, of: values) {
                lastGroupHits += 1
                return lastGroup
            }
            lastGroupMisses += 1
            if lastGroupMisses >= 4096 && lastGroupHits < lastGroupMisses / 4 { triesLastGroup = false }
        }
        let hash = values.count == 1 ? GroupIndex.hash(values[0]) : GroupIndex.hash(values)
        lastGroup = index.group(of: values, hash: hash) ?? newGroup(row, values, hash: hash)
        return lastGroup
    }

    /// A new group for `row`, whose keys are `values`.
    private mutating func newGroup(_ row: Row, _ values: UnsafeBufferPointer<Value>, hash: UInt64) -> Int {
        var r = row
        for i in keys.indices { r[keys[i].slot] = values[i] }
        representatives.append(r)
        accumulators.append(contentsOf: fresh)
        return index.add(values, hash: hash)
    }

    private mutating func newGroup(_ row: Row, _ values: [Value], hash: UInt64) -> Int {
        values.withUnsafeBufferPointer { newGroup(row, $0, hash: hash) }
    }

    /// Adds the groups of `later`, filled from rows that come after all of this table's, so that
    /// the result is the table one pass over all the rows would have made: groups keep the order
    /// of their first row, a group's first row stays its representative, and lists keep row order.
    /// (How the pieces of a grouping split between threads are put back together.)
    mutating func absorb(_ later: GroupTable) throws {
        inputCount += later.inputCount
        let width = keys.count, perGroup = arguments.count
        lastGroup = -1
        lastNode = -1
        nodeGroups = NodeGroupMap()
        remembersNodes = false
        try later.index.keys.withUnsafeBufferPointer { laterKeys in
            for g in 0..<later.index.count {
                let values = UnsafeBufferPointer(rebasing: laterKeys[g * width..<(g + 1) * width])
                let hash = later.index.hash(of: g)
                guard let target = index.group(of: values, hash: hash) else {
                    // A group the earlier rows did not have: it comes after theirs, as it is.
                    representatives.append(later.representatives[g])
                    accumulators.append(contentsOf: later.accumulators[g * perGroup..<(g + 1) * perGroup])
                    let added = index.add(values, hash: hash)
                    for j in 0..<perGroup where distinctValues[j] != nil {
                        for v in later.distinctValues[j]!.values(of: g) { _ = distinctValues[j]!.insert(v, group: added) }
                    }
                    continue
                }
                for j in 0..<perGroup {
                    let mine = target * perGroup + j, theirs = later.accumulators[g * perGroup + j]
                    do {
                        guard distinctValues[j] != nil else {
                            try accumulators[mine].absorb(theirs)
                            continue
                        }
                        // DISTINCT: the later values this group has not seen, in the order they came
                        // where the aggregate keeps an order.
                        let values: [Value]
                        switch theirs.kind {
                        case .collect, .stDev, .stDevP, .percentileCont, .percentileDisc: values = theirs.values
                        default: values = later.distinctValues[j]!.values(of: g)
                        }
                        for v in values where distinctValues[j]!.insert(v, group: target) { try accumulators[mine].add(v) }
                    } catch let error as TrellisError {
                        throw error.located(ranges[j])
                    }
                }
            }
        }
    }

    /// One row per group with the aggregate results and the items built on them; without grouping
    /// keys and without input, the one row of the aggregates over nothing. The groups are used up:
    /// each group's row is the representative itself, finished in place rather than copied.
    mutating func takeRows(_ executor: Executor) throws -> [Row] {
        var representatives: [Row] = [], accumulators: [AggregateAccumulator] = []
        swap(&representatives, &self.representatives)
        swap(&accumulators, &self.accumulators)
        nodeGroups = NodeGroupMap()
        distinctValues = distinctValues.map { $0.map { _ in DistinctValues() } }
        index = GroupIndex(width: keys.count)
        lastGroup = -1
        lastNode = -1
        if representatives.isEmpty && keys.isEmpty {
            representatives.append(Row(repeating: .null, count: executor.slotCount))
            accumulators.append(contentsOf: fresh)
        }
        var out: [Row] = []
        out.reserveCapacity(representatives.count)
        for g in representatives.indices {
            var r: Row = []
            swap(&r, &representatives[g])
            for (j, spec) in plan.aggregates.enumerated() {
                let p = try plan.compiled.parameters[j].map { try $0(executor, r) } ?? .null
                do { r[spec.slot] = try accumulators[g * plan.aggregates.count + j].result(percentile: p) } catch let error as TrellisError { throw error.located(spec.range) }
            }
            for (item, value) in zip(plan.items, plan.compiled.items) where item.containsAggregate { r[item.slot] = try value(executor, r) }
            out.append(r)
        }
        return out
    }
}
