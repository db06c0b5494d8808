import TrellisEngine

/// The nodes an import created for one node-file label, by key: how relationship files find
/// their endpoints. Integer keys (the common case) are held apart for speed.
struct NodeKeyIndex {
    /// The type of the key column; every node file of the label must agree on it.
    let keyType: ImportFieldType
    /// The header of the key column that set the type, for messages.
    let keyHeader: String
    private var integers: [Int64: NodeID] = [:]
    private var others: [String: NodeID] = [:]

    init(keyType: ImportFieldType, keyHeader: String) {
        self.keyType = keyType
        self.keyHeader = keyHeader
    }

    /// Records `node` under `key`; false, recording nothing, when the key is already taken.
    mutating func insert(_ key: Value, _ node: NodeID) -> Bool {
        if case .int(let i) = key {
            if integers[i] != nil { return false }
            integers[i] = node
            return true
        }
        let text = Self.text(key)
        if others[text] != nil { return false }
        others[text] = node
        return true
    }

    func node(for key: Value) -> NodeID? {
        if case .int(let i) = key { return integers[i] }
        return others[Self.text(key)]
    }

    /// Forgets `key` (its node was taken back).
    mutating func remove(_ key: Value) {
        if case .int(let i) = key { integers[i] = nil } else { others[Self.text(key)] = nil }
    }

    var count: Int { integers.count + others.count }

    private static func text(_ key: Value) -> String {
        if case .string(let s) = key { return s }
        return ValueFormatting.cypherLiteral(key)
    }
}
