import TrellisCore

/// The properties of one node or relationship: a small list of (key id, value) pairs.
///
/// Entities have few properties, so a flat array beats a dictionary in memory and speed.
public struct PropertyList: Sendable, Hashable {
    public private(set) var keys: [Int32] = []
    public private(set) var values: [Value] = []

    public init() {}

    /// A list holding `keys[i]: values[i]` in this order, as decoded from storage.
    /// Keys must be distinct and values non-null; the caller checks.
    public init(keys: [Int32], values: [Value]) {
        precondition(keys.count == values.count, "one value per key")
        self.keys = keys
        self.values = values
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    @inline(__always)
    public subscript(key: Int32) -> Value? {
        keys.withUnsafeBufferPointer { k in
            for i in k.indices where k[i] == key { return values[i] }
            return nil
        }
    }

    /// Sets `key` to `value`, returning the previous value. Setting null removes the key.
    @discardableResult
    public mutating func set(_ key: Int32, _ value: Value) -> Value? {
        if let i = keys.firstIndex(of: key) {
            let old = values[i]
            if value.isNull {
                keys.remove(at: i)
                values.remove(at: i)
            } else {
                values[i] = value
            }
            return old
        }
        if !value.isNull {
            keys.append(key)
            values.append(value)
        }
        return nil
    }

    /// Where `key` stands in the list, if present.
    public func position(of key: Int32) -> Int? { keys.firstIndex(of: key) }

    /// Puts back a key as it was: `value` nil removes it; a missing key is inserted at `position`.
    public mutating func restore(_ key: Int32, _ value: Value?, at position: Int?) {
        if let i = keys.firstIndex(of: key) {
            if let value { values[i] = value } else { keys.remove(at: i); values.remove(at: i) }
        } else if let value {
            let at = min(position ?? keys.count, keys.count)
            keys.insert(key, at: at)
            values.insert(value, at: at)
        }
    }

    public func forEach(_ body: (Int32, Value) throws -> Void) rethrows {
        for i in keys.indices { try body(keys[i], values[i]) }
    }
}
