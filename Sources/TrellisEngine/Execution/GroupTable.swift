import TrellisCore

/// The groups of an aggregating projection, filled one input row at a time so that the rows
/// feeding it never have to be collected.
///
/// Groups keep the order in which their first row arrived. Rows often arrive group by group (a
/// label scan expanded to its neighbours), so the group of the previous row is tried first, and a
/// single grouping key is looked up by itself rather than wrapped in an array.
struct GroupTable {
    let plan: ProjectionPlan
    /// The items that are grouping keys (they contain no aggregate).
    private let keyItems: [ProjectionPlan.Item]
    private let fresh: [AggregateAccumulator]
    /// One row per group: its first input row, with the key items' values in their slots.
    private var representatives: [Row] = []
    /// The accumulators of every group, one after another: group `g`'s aggregate `j` is at
    /// `g * plan.aggregates.count + j` (one flat array is changed in place; nested ones are not always).
    private var accumulators: [AggregateAccumulator] = []
    /// For each DISTINCT aggregate (by its index in `plan.aggregates`), the values each group has seen.
    private var distinctValues: [DistinctValues?]
    private var singleKeyGroups: [Value: Int] = [:]
    private var keyGroups: [[Value]: Int] = [:]
    /// The key and group of the previous row (a single key alone, several in an array).
    private var lastKey: Value = .null
    private var lastKeys: [Value] = []
    private var lastGroup = -1
    /// Input rows so far, for the intermediate-row limit.
    private(set) var inputCount = 0
    /// With a single key that is a node (`p`), or a node's property (`a.name`) while the statement
    /// changes nothing: the slot of that node. A node's group is then remembered by its id.
    private let keyNodeSlot: Int?
    /// The single key is the node itself (not one of its properties): a node's group is then
    /// known by its id alone, so new nodes need no lookup by value.
    private let keyIsNode: Bool
    private var nodeGroups = NodeGroupMap()
    private var lastNode = -1

    /// `readsOnly`: the statement changes no properties while its rows are grouped.
    init(_ plan: ProjectionPlan, readsOnly: Bool) {
        self.plan = plan
        keyItems = plan.items.filter { !$0.containsAggregate }
        fresh = plan.aggregates.map { AggregateAccumulator(kind: $0.kind) }
        distinctValues = plan.aggregates.map { $0.distinct ? DistinctValues() : nil }
        switch keyItems.count == 1 ? keyItems[0].expression : nil {
        case .slot(let s)?: (keyNodeSlot, keyIsNode) = (s, true)
        case .property(.slot(let s), _, _, _)? where readsOnly: (keyNodeSlot, keyIsNode) = (s, false)
        default: (keyNodeSlot, keyIsNode) = (nil, false)
        }
    }

    /// Adds one input row to its group.
    mutating func add(_ row: Row, _ executor: Executor) throws {
        inputCount += 1
        let g = try group(of: row, executor)
        let aggregates = plan.aggregates
        let first = g * aggregates.count
        for j in aggregates.indices {
            let v = try aggregates[j].argument.map { try executor.operand($0, row) } ?? .bool(true)
            if v.isNull { continue }
            if distinctValues[j] != nil, !distinctValues[j]!.insert(v, group: g) { continue }
            do { try accumulators[first + j].add(v) } catch let error as TrellisError { throw error.located(aggregates[j].range) }
        }
    }

    private mutating func group(of row: Row, _ executor: Executor) throws -> Int {
        switch keyItems.count {
        case 0:
            if lastGroup < 0 { lastGroup = newGroup(row, []) }
            return lastGroup
        case 1:
            guard let s = keyNodeSlot, case .node(let n) = row[s] else {
                lastNode = -1
                return try singleKeyGroup(of: row, executor)
            }
            if n == lastNode && lastGroup >= 0 { return lastGroup }
            let g: Int
            if let known = nodeGroups.group(of: n) {
                g = known
                lastGroup = g
                lastKey = representatives[g][keyItems[0].slot]
            } else if keyIsNode {
                // A node equals no other node and no other value: its group is new.
                g = newGroup(row, [.node(n)])
                lastKey = .node(n)
                lastGroup = g
                nodeGroups.set(n, g)
            } else {
                g = try singleKeyGroup(of: row, executor)
                nodeGroups.set(n, g)
            }
            lastNode = n
            return g
        default:
            var key: [Value] = []
            key.reserveCapacity(keyItems.count)
            for item in keyItems { key.append(try executor.operand(item.expression, row)) }
            if lastGroup >= 0 && lastKeys == key { return lastGroup }
            let g: Int
            if let existing = keyGroups[key] {
                g = existing
            } else {
                g = newGroup(row, key)
                keyGroups[key] = g
            }
            lastKeys = key
            lastGroup = g
            return g
        }
    }

    /// The group of a single key computed from the row (the previous row's group first).
    private mutating func singleKeyGroup(of row: Row, _ executor: Executor) throws -> Int {
        let key = try executor.operand(keyItems[0].expression, row)
        if lastGroup >= 0 && lastKey == key { return lastGroup }
        let g: Int
        if let existing = singleKeyGroups[key] {
            g = existing
        } else {
            g = newGroup(row, [key])
            singleKeyGroups[key] = g
        }
        lastKey = key
        lastGroup = g
        return g
    }

    private mutating func newGroup(_ row: Row, _ key: [Value]) -> Int {
        var r = row
        for (item, v) in zip(keyItems, key) { r[item.slot] = v }
        representatives.append(r)
        accumulators.append(contentsOf: fresh)
        return representatives.count - 1
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
        singleKeyGroups = [:]
        keyGroups = [:]
        lastGroup = -1
        if representatives.isEmpty && keyItems.isEmpty {
            representatives.append(Row(repeating: .null, count: executor.slotCount))
            accumulators.append(contentsOf: fresh)
        }
        var out: [Row] = []
        out.reserveCapacity(representatives.count)
        for g in representatives.indices {
            var r: Row = []
            swap(&r, &representatives[g])
            for (j, spec) in plan.aggregates.enumerated() {
                let p = try spec.parameter.map { try executor.eval($0, r) } ?? .null
                do { r[spec.slot] = try accumulators[g * plan.aggregates.count + j].result(percentile: p) } catch let error as TrellisError { throw error.located(spec.range) }
            }
            for item in plan.items where item.containsAggregate { r[item.slot] = try executor.eval(item.expression, r) }
            out.append(r)
        }
        return out
    }
}
