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

/// The rows of a hash join's build side, kept by their key once the build side has run: an
/// open-addressing table of keys, each with its last row, and for each row the one before it of
/// the same key (a chain through one array), all in memory of the table's own.
///
/// A table never changes once made. The threads of a split pipeline share one through views
/// (``view()``), objects of their own over the same memory: reading rows reads that memory
/// directly, and retains no object other threads retain too.
final class JoinTable: @unchecked Sendable {
    /// Rows by the time they reach the table, and their keys.
    struct Builder {
        fileprivate var keys: [JoinKey] = []
        fileprivate var values: [Value] = []

        var count: Int { keys.count }

        mutating func add(_ key: JoinKey, _ row: Row, _ slots: [Int]) {
            keys.append(key)
            for s in slots { values.append(row[s]) }
        }
    }

    let count: Int
    let width: Int
    private let mask: Int
    /// Per place of the table: its key's nodes (`firsts` -1 for an empty place) and its last row.
    private let firsts: UnsafeMutablePointer<Int>
    private let seconds: UnsafeMutablePointer<Int>
    private let lasts: UnsafeMutablePointer<Int32>
    /// Per row, the row before it of the same key (-1: none).
    private let before: UnsafeMutablePointer<Int32>
    /// Per row, the values of the build side's slots.
    private let values: UnsafeMutablePointer<Value>
    /// The table whose memory this one reads; nil when the memory is this one's.
    private let owner: JoinTable?

    init(_ builder: Builder, width: Int) {
        count = builder.count
        self.width = width
        var places = 16
        while places < count * 2 { places *= 2 }
        mask = places - 1
        firsts = .allocate(capacity: places)
        firsts.initialize(repeating: -1, count: places)
        seconds = .allocate(capacity: places)
        seconds.initialize(repeating: -1, count: places)
        lasts = .allocate(capacity: places)
        lasts.initialize(repeating: -1, count: places)
        before = .allocate(capacity: max(1, count))
        values = .allocate(capacity: max(1, builder.values.count))
        _ = UnsafeMutableBufferPointer(start: values, count: builder.values.count).initialize(from: builder.values)
        owner = nil
        for (i, key) in builder.keys.enumerated() {
            let p = place(key)
            firsts[p] = key.first
            seconds[p] = key.second
            before[i] = lasts[p]
            lasts[p] = Int32(truncatingIfNeeded: i)
        }
    }

    private init(viewing table: JoinTable) {
        (count, width, mask) = (table.count, table.width, table.mask)
        (firsts, seconds, lasts, before, values) = (table.firsts, table.seconds, table.lasts, table.before, table.values)
        owner = table
    }

    deinit {
        guard owner == nil else { return }
        firsts.deallocate()
        seconds.deallocate()
        lasts.deallocate()
        before.deallocate()
        values.deinitialize(count: count * width)
        values.deallocate()
    }

    /// Another object over this table's memory, for another thread.
    func view() -> JoinTable { JoinTable(viewing: owner ?? self) }

    /// The place of `key`: where it is, or the empty place where it would go.
    @inline(__always)
    private func place(_ key: JoinKey) -> Int {
        let h = (UInt64(truncatingIfNeeded: key.first) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: key.second)
        var i = Int(truncatingIfNeeded: (h &* 0xBF58_476D_1CE4_E5B9) >> 20) & mask
        while firsts[i] >= 0 && (firsts[i] != key.first || seconds[i] != key.second) { i = (i + 1) & mask }
        return i
    }

    /// The last row of `key`, or -1.
    @inline(__always)
    func head(_ key: JoinKey) -> Int { Int(lasts[place(key)]) }

    /// The row before `index` of the same key, or -1.
    @inline(__always)
    func after(_ index: Int) -> Int { Int(before[index]) }

    /// Column `column` of row `index`.
    @inline(__always)
    func value(_ index: Int, _ column: Int) -> Value { values[index * width + column] }
}

extension Executor {
    /// The build side of `join`, run on `row` the first time it is needed (and again for each
    /// row the MATCH extends when it reads that row or the statement writes; see ``MatchProgram``).
    func joinTable(_ join: HashJoinOperator, _ row: Row) throws -> JoinTable {
        let id = ObjectIdentifier(join)
        if let table = joinTables[id] { return table }
        var builder = JoinTable.Builder()
        var r = row
        _ = try run(join.buildProgram, join.build, &r) { built in
            guard let key = JoinKey(built, join.keys) else { return true }
            builder.add(key, built, join.buildSlots)
            try checkIntermediate(builder.count)
            return true
        }
        let table = JoinTable(builder, width: join.buildSlots.count)
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
