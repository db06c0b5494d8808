/// One entry in a node's adjacency list: the relationship, the node at its other end, and its type.
public struct AdjacencyEntry: Sendable, Hashable {
    public var relationship: Int
    public var other: Int
    public var type: Int32
}

/// A node's relationships in one direction, grouped by type so that
/// expanding one type touches only that type's entries.
public struct AdjacencyList: Sendable {
    public private(set) var entries: [AdjacencyEntry] = []

    public init() {}

    public var count: Int { entries.count }

    /// Inserts keeping entries grouped by type (appended at the end of their type's group).
    mutating func insert(_ entry: AdjacencyEntry) {
        if entries.isEmpty || entries[entries.count - 1].type <= entry.type {
            entries.append(entry)
            return
        }
        let at = upperBound(entry.type)
        entries.insert(entry, at: at)
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

    private func upperBound(_ type: Int32) -> Int {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].type <= type { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index range holding entries of `type`.
    public func range(of type: Int32) -> Range<Int> {
        lowerBound(type)..<upperBound(type)
    }
}
