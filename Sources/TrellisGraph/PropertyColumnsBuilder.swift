import TrellisCore

/// Gathers the properties of entities loaded in ascending id order into columns, one per key,
/// each growing at its end only (see ``PropertyGraph/loadNodeColumns(_:)``).
public struct PropertyColumnsBuilder: Sendable {
    private var bases: [Int]
    private var values: [[Value]]
    private let idCount: Int

    /// A builder for keys with ids below `keyCount`, of entities with ids below `idCount`.
    public init(keyCount: Int, idCount: Int = 0) {
        bases = Array(repeating: -1, count: keyCount)
        values = Array(repeating: [], count: keyCount)
        self.idCount = idCount
    }

    /// Adds property `key` of entity `id`; ids must not decrease from one call to the next, and
    /// `value` must not be null. Returns false, adding nothing, when `id` already has `key`.
    @inline(__always)
    public mutating func append(_ id: Int, _ key: Int32, _ value: Value) -> Bool {
        let k = Int(key)
        if bases[k] < 0 {
            bases[k] = id
            // Room for every id from here on, so that no column is copied as it grows: a column
            // ends up as long as the ids between its first and last entity, and the room past
            // that is never written, so it takes address space but no memory.
            values[k].reserveCapacity(idCount - id)
        }
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
