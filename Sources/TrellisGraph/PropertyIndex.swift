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

/// A hash index from property value to the nodes (of one label) holding it.
///
/// Values are hashed by equivalence, so `1` and `1.0` find the same entries, as `=` does.
/// A reference type: the graph updates it in place, which a value held in a dictionary
/// would not allow without copying all its entries.
public final class PropertyIndex: @unchecked Sendable {
    public private(set) var entries: [Value: [NodeID]] = [:]

    public init() {}

    func add(_ value: Value, _ node: NodeID) {
        guard !value.isNull else { return }
        entries[value, default: []].append(node)
    }

    func remove(_ value: Value, _ node: NodeID) {
        guard !value.isNull, var list = entries[value] else { return }
        if let i = list.firstIndex(of: node) { list.remove(at: i) }
        entries[value] = list.isEmpty ? nil : list
    }

    public func lookup(_ value: Value) -> [NodeID] { entries[value] ?? [] }
}
