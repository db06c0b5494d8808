import TrellisCore
import TrellisGraph

/// The nodes of a hash join's key slots (one or two; the second is -1 when there is one).
struct JoinKey: Hashable {
    var first: NodeID
    var second: NodeID

    /// The key of `row`'s key slots; nil when one of them holds no node.
    init?(_ row: Row, _ slots: [Int]) {
        guard case .node(let a) = row[slots[0]] else { return nil }
        first = a
        second = -1
        if slots.count > 1 {
            guard case .node(let b) = row[slots[1]] else { return nil }
            second = b
        }
    }
}

/// The rows of a hash join's build side, kept by their key: for each key the first row, and for
/// each row the next of the same key (a chain through one flat array).
final class JoinTable {
    private var first: [JoinKey: Int] = [:]
    private var next: [Int] = []
    private(set) var values: [Value] = []
    let width: Int

    init(width: Int) {
        self.width = width
    }

    var count: Int { next.count }

    func add(_ key: JoinKey, _ row: Row, _ slots: [Int]) {
        let index = next.count
        next.append(first[key] ?? -1)
        first[key] = index
        for s in slots { values.append(row[s]) }
    }

    /// The first row of `key`, or -1.
    func head(_ key: JoinKey) -> Int { first[key] ?? -1 }

    /// The row after `index` of the same key, or -1.
    func after(_ index: Int) -> Int { next[index] }
}

extension Executor {
    /// The build side of `join`, run on `row` the first time it is needed (and again for each
    /// row the MATCH extends when it reads that row or the statement writes; see ``MatchProgram``).
    func joinTable(_ join: HashJoinOperator, _ row: Row) throws -> JoinTable {
        let id = ObjectIdentifier(join)
        if let table = joinTables[id] { return table }
        let table = JoinTable(width: join.buildSlots.count)
        var r = row
        _ = try run(join.buildProgram, join.build, &r) { built in
            guard let key = JoinKey(built, join.keys) else { return true }
            table.add(key, built, join.buildSlots)
            try checkIntermediate(table.count)
            return true
        }
        joinTables[id] = table
        if let profiler { profiler.hold(profiler.id(.matchOperator(program: ObjectIdentifier(join.buildProgram), index: -1)), table.count) }
        return table
    }

    /// Whether a joined row binds the same relationship on both sides where it must not.
    func joinRepeatsRelationship(_ join: HashJoinOperator, _ row: Row) -> Bool {
        for pair in join.distinct {
            switch row[pair.build] {
            case .relationship(let r): if used([pair.probe], row, r) { return true }
            default: continue
            }
        }
        return false
    }
}
