/// Group numbers by node id, for aggregations grouped by a node or a node's property: an
/// open-addressing table with a multiplicative hash, cheaper than hashing the key values.
struct NodeGroupMap {
    private var keys: [Int] = Array(repeating: -1, count: 64)
    private var groups: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    @inline(__always) private func slot(_ node: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The group of `node`, if recorded.
    func group(of node: Int) -> Int? {
        let mask = keys.count - 1
        var i = slot(node, mask)
        while true {
            let k = keys[i]
            if k == node { return Int(groups[i]) }
            if k < 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Records `node`'s group (node ids are never negative).
    mutating func set(_ node: Int, _ group: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(node, mask)
        while keys[i] >= 0 && keys[i] != node { i = (i + 1) & mask }
        if keys[i] < 0 { count += 1 }
        keys[i] = node
        groups[i] = Int32(truncatingIfNeeded: group)
    }

    private mutating func grow() {
        let oldKeys = keys, oldGroups = groups
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        groups = Array(repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (k, g) in zip(oldKeys, oldGroups) where k >= 0 { set(k, Int(g)) }
    }
}
