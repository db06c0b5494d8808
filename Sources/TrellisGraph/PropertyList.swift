import TrellisCore

/// The properties of one node or relationship as a small list of (key id, value) pairs: what a
/// creation is given, what a change record carries, and what ``PropertyGraph/nodePropertyList(_:)``
/// returns. The graph itself keeps properties in columns (``PropertyColumn``).
public struct PropertyList: Sendable, Hashable {
    /// One property of the list.
    public struct Entry: Sendable, Hashable {
        public var key: Int32
        public var value: Value

        public init(key: Int32, value: Value) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// A list holding `entries` in this order, as decoded from storage.
    /// Keys must be distinct and values non-null; the caller checks.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The keys in the list's order.
    public var keys: [Int32] { entries.map(\.key) }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    @inline(__always)
    public subscript(key: Int32) -> Value? {
        entries.withUnsafeBufferPointer { e in
            for i in e.indices where e[i].key == key { return e[i].value }
            return nil
        }
    }

    /// Makes room for `count` properties, for a list about to be filled.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Sets `key` to `value`, returning the previous value. Setting null removes the key.
    @discardableResult
    public mutating func set(_ key: Int32, _ value: Value) -> Value? {
        if let i = position(of: key) {
            let old = entries[i].value
            if value.isNull {
                entries.remove(at: i)
            } else {
                entries[i].value = value
            }
            return old
        }
        if !value.isNull {
            entries.append(Entry(key: key, value: value))
        }
        return nil
    }

    /// Adds a property whose key is not in the list yet, for a list being filled; `value` must not be null.
    public mutating func append(_ key: Int32, _ value: Value) {
        entries.append(Entry(key: key, value: value))
    }

    /// Where `key` stands in the list, if present.
    private func position(of key: Int32) -> Int? { entries.firstIndex { $0.key == key } }

    public func forEach(_ body: (Int32, Value) throws -> Void) rethrows {
        for e in entries { try body(e.key, e.value) }
    }
}
