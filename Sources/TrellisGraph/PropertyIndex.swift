import TrellisCore

/// Identifies a property index: nodes with `label`, keyed by property `key`.
public struct IndexKey: Sendable, Hashable {
    public var label: Int32
    public var key: Int32
    public init(label: Int32, key: Int32) {
        self.label = label
        self.key = key
    }
}

/// A hash index from property value to the nodes (of one label) holding it, in ascending id order.
///
/// Values are hashed by equivalence, so `1` and `1.0` find the same entries, as `=` does.
/// A reference type: the graph updates it in place, which a value held in a dictionary
/// would not allow without copying all its entries.
public final class PropertyIndex: @unchecked Sendable {
    public private(set) var entries: [Value: [NodeID]] = [:]

    public init() {}

    /// Adds `node` under `value`, keeping each value's nodes in ascending id order.
    func add(_ value: Value, _ node: NodeID) {
        guard !value.isNull else { return }
        entries[value, default: []].insertSorted(node)
    }

    /// Removes `node` from under `value`, in place.
    func remove(_ value: Value, _ node: NodeID) {
        guard !value.isNull, let slot = entries.index(forKey: value) else { return }
        let i = entries.values[slot].lowerBound(of: node)
        guard i < entries.values[slot].count, entries.values[slot][i] == node else { return }
        if entries.values[slot].count == 1 {
            entries.remove(at: slot)
        } else {
            entries.values[slot].remove(at: i)
        }
    }

    public func lookup(_ value: Value) -> [NodeID] { entries[value] ?? [] }
}

extension Array where Element == NodeID {
    /// The first position whose id is not below `node` (the array being in ascending order).
    func lowerBound(of node: NodeID) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < node { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Inserts `node` at its place in ascending order (appending in the usual case of a new id).
    mutating func insertSorted(_ node: NodeID) {
        if let last, last >= node {
            insert(node, at: lowerBound(of: node))
        } else {
            append(node)
        }
    }
}
