import Synchronization
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
///
/// An index loaded with a graph is built when first read (see ``init(building:)``).
public final class PropertyIndex: @unchecked Sendable {
    /// The entries, once built.
    @exclusivity(unchecked) private var built: [Value: [NodeID]] = [:]
    /// The values in sort order, for range lookups: built when first needed (by any of several
    /// concurrent readers, hence the lock) and dropped when a value comes or goes.
    private let sortedValues = Mutex<[Value]?>(nil)
    /// The building of an index made with ``init(building:)``; nil for any other.
    private let building: DeferredWork<[Value: [NodeID]]>?

    public init() {
        building = nil
    }

    /// An index whose entries `build` gives when it is first read (once, on whichever thread
    /// gets there first), from the graph as it is then. Until then changes to it are left out:
    /// `build` sees the graph they left behind.
    init(building build: @escaping @Sendable () -> [Value: [NodeID]]) {
        building = DeferredWork(build)
    }

    /// Whether the index was made to be built when first read and nothing has read it since.
    var isWaitingToBeBuilt: Bool { building.map { !$0.isDone } ?? false }

    /// Every value and the nodes holding it.
    public var entries: [Value: [NodeID]] {
        buildIfNeeded()
        return built
    }

    @inline(__always) private func buildIfNeeded() {
        building?.runIfNeeded { built = $0 }
    }

    /// Adds `node` under `value`, keeping each value's nodes in ascending id order.
    func add(_ value: Value, _ node: NodeID) {
        guard !value.isNull, !isWaitingToBeBuilt else { return }
        if built[value] == nil { sortedValues.withLock { $0 = nil } }
        built[value, default: []].insertSorted(node)
    }

    /// Removes `node` from under `value`, in place.
    func remove(_ value: Value, _ node: NodeID) {
        guard !value.isNull, !isWaitingToBeBuilt, let slot = built.index(forKey: value) else { return }
        let i = built.values[slot].lowerBound(of: node)
        guard i < built.values[slot].count, built.values[slot][i] == node else { return }
        if built.values[slot].count == 1 {
            built.remove(at: slot)
            sortedValues.withLock { $0 = nil }
        } else {
            built.values[slot].remove(at: i)
        }
    }

    public func lookup(_ value: Value) -> [NodeID] {
        buildIfNeeded()
        return built[value] ?? []
    }

    /// The nodes whose value lies between the bounds (each optional, inclusive or not) and is
    /// comparable with them — numbers with numbers, strings with strings, and so on — in value order.
    public func range(from lower: Value?, inclusive lowerInclusive: Bool, to upper: Value?, inclusive upperInclusive: Bool) -> [NodeID] {
        let values = sortedValues.withLock { cached -> [Value] in
            if let cached { return cached }
            let sorted = self.entries.keys.sorted { Value.orderCompare($0, $1) < 0 }
            cached = sorted
            return sorted
        }
        // The first value at or above the lower bound (binary search in sort order).
        var lo = 0, hi = values.count
        if let lower {
            while lo < hi {
                let mid = (lo + hi) / 2
                if Value.orderCompare(values[mid], lower) < 0 { lo = mid + 1 } else { hi = mid }
            }
        } else {
            lo = 0
        }
        var out: [NodeID] = []
        var i = lo
        while i < values.count {
            let v = values[i]
            if let upper {
                guard let c = Value.compare(v, upper) else {
                    if Value.orderCompare(v, upper) > 0 { break }
                    i += 1
                    continue
                }
                if c > 0 || (c == 0 && !upperInclusive) { break }
            }
            if let lower {
                guard let c = Value.compare(v, lower) else { i += 1; continue }
                if c < 0 || (c == 0 && !lowerInclusive) { i += 1; continue }
            } else if let upper, Value.compare(v, upper) == nil {
                i += 1
                continue
            }
            out.append(contentsOf: built[v] ?? [])
            i += 1
        }
        return out
    }
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
