import TrellisCore

/// The values each group of a ``GroupTable`` has seen so far for one DISTINCT aggregate.
///
/// One open-addressing table holds the (group, value) pairs of all groups, hashed as
/// ``GroupIndex`` hashes keys (an integer by a multiplication, a string from its bytes) and
/// compared in place, so that a value already seen costs one probe and allocates nothing, and a
/// new group allocates nothing of its own. Each pair also links to the pair its group saw before
/// it, so that a group's values can be listed in the order they came. Values are the same as
/// `Value`'s `==` says (`1` and `1.0` are one value).
struct DistinctValues {
    /// Pair numbers, -1 for an empty place; the count is a power of two.
    private var table: [Int32] = Array(repeating: -1, count: 16)
    /// Per pair: its value, its group, its hash, and the pair its group saw before (-1: none).
    private var values: [Value] = []
    private var groups: [Int32] = []
    private var hashes: [UInt64] = []
    private var previous: [Int32] = []
    /// Per group, its latest pair (-1: none yet).
    private var latest: [Int32] = []

    /// Adds `value` to group `group`'s values; returns whether it was new there.
    mutating func insert(_ value: Value, group: Int) -> Bool {
        let hash = GroupIndex.hash(value) ^ (UInt64(truncatingIfNeeded: group) &* 0x9E37_79B9_7F4A_7C15)
        let g = Int32(truncatingIfNeeded: group)
        let found: Bool = table.withUnsafeBufferPointer { table in
            values.withUnsafeBufferPointer { values in
                groups.withUnsafeBufferPointer { groups in
                    hashes.withUnsafeBufferPointer { hashes in
                        let mask = table.count - 1
                        var i = Int(truncatingIfNeeded: hash >> 7) & mask
                        while true {
                            let p = Int(table[i])
                            if p < 0 { return false }
                            if hashes[p] == hash && groups[p] == g && values[p] == value { return true }
                            i = (i + 1) & mask
                        }
                    }
                }
            }
        }
        if found { return false }
        if group >= latest.count { latest.append(contentsOf: repeatElement(-1, count: group - latest.count + 1)) }
        let p = values.count
        values.append(value)
        groups.append(g)
        hashes.append(hash)
        previous.append(latest[group])
        latest[group] = Int32(truncatingIfNeeded: p)
        if values.count * 2 > table.count {
            table = Array(repeating: -1, count: table.count * 2)
            for q in hashes.indices { place(q) }
        } else {
            place(p)
        }
        return true
    }

    private mutating func place(_ p: Int) {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: hashes[p] >> 7) & mask
        while table[i] >= 0 { i = (i + 1) & mask }
        table[i] = Int32(truncatingIfNeeded: p)
    }

    /// The values group `group` has seen, in the order they came.
    func values(of group: Int) -> [Value] {
        guard group < latest.count else { return [] }
        var out: [Value] = []
        var p = Int(latest[group])
        while p >= 0 {
            out.append(values[p])
            p = Int(previous[p])
        }
        return out.reversed()
    }
}
