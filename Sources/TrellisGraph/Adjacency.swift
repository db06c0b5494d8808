/// One entry in a node's adjacency list: the relationship, the node at its other end, and its type.
public struct AdjacencyEntry: Sendable, Hashable {
    public var relationship: Int
    public var other: Int
    public var type: Int32
}

/// A node's relationships in one direction, grouped by type so that
/// expanding one type touches only that type's entries.
///
/// Within a type, entries are in ascending relationship id order. The order is canonical:
/// it depends only on which relationships exist, not on the order of changes and rollbacks,
/// so a graph rebuilt from storage has exactly the adjacency of the graph that was saved.
public struct AdjacencyList: Sendable {
    public private(set) var entries: [AdjacencyEntry] = []

    public init() {}

    public var count: Int { entries.count }

    /// Inserts at its place by type, then relationship id (new relationships have the highest id,
    /// so they are appended to their type's group).
    mutating func insert(_ entry: AdjacencyEntry) {
        if let last = entries.last, (last.type, last.relationship) > (entry.type, entry.relationship) {
            let range = self.range(of: entry.type)
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) / 2
                if entries[mid].relationship < entry.relationship { lo = mid + 1 } else { hi = mid }
            }
            entries.insert(entry, at: lo)
        } else {
            entries.append(entry)
        }
    }

    /// Appends without keeping the order, while loading; ``restoreOrder()`` puts it right afterwards.
    mutating func appendUnordered(_ entry: AdjacencyEntry) {
        entries.append(entry)
    }

    /// Sorts the entries by type, then relationship id, if they are not in that order already.
    mutating func restoreOrder() {
        var ordered = true
        var i = 1
        while i < entries.count {
            if (entries[i - 1].type, entries[i - 1].relationship) > (entries[i].type, entries[i].relationship) {
                ordered = false
                break
            }
            i += 1
        }
        if !ordered { entries.sort { ($0.type, $0.relationship) < ($1.type, $1.relationship) } }
    }

    mutating func remove(relationship: Int, type: Int32) {
        let range = self.range(of: type)
        if let i = entries[range].firstIndex(where: { $0.relationship == relationship }) {
            entries.remove(at: i)
        }
    }

    private func lowerBound(_ type: Int32) -> Int {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].type < type { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index range holding entries of `type`: a binary search for the first, then a walk to
    /// the end of its group (groups are short, and the walk stays in the cache lines the search
    /// brought in, where a second search would touch others).
    public func range(of type: Int32) -> Range<Int> {
        let first = lowerBound(type)
        return entries.withUnsafeBufferPointer { e in
            var end = first
            while end < e.count && e[end].type == type { end += 1 }
            return first..<end
        }
    }
}
