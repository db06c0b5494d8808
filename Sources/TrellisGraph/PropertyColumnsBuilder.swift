import TrellisCore

/// Gathers the properties of entities loaded in ascending id order into columns, one per key,
/// each growing at its end only (see ``PropertyGraph/loadNodeColumns(_:)``).
public struct PropertyColumnsBuilder: Sendable {
    private var bases: [Int]
    private var values: [[Value]]

    /// A builder for keys with ids below `keyCount`.
    public init(keyCount: Int) {
        bases = Array(repeating: -1, count: keyCount)
        values = Array(repeating: [], count: keyCount)
    }

    /// Adds property `key` of entity `id`; ids must not decrease from one call to the next, and
    /// `value` must not be null. Returns false, adding nothing, when `id` already has `key`.
    @inline(__always)
    public mutating func append(_ id: Int, _ key: Int32, _ value: Value) -> Bool {
        let k = Int(key)
        if bases[k] < 0 { bases[k] = id }
        let gap = id - bases[k] - values[k].count
        if gap < 0 { return false }
        if gap > 0 { values[k].append(contentsOf: repeatElement(Value.null, count: gap)) }
        values[k].append(value)
        return true
    }

    /// The columns, by key id (nil for a key no entity has).
    public func build() -> [PropertyColumn?] {
        (0..<bases.count).map { k in bases[k] < 0 ? nil : PropertyColumn(base: bases[k], values: values[k]) }
    }
}
