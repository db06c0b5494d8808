import TrellisEngine

/// The nodes an import created for one node-file label, by key: how relationship files find
/// their endpoints. Integer and string keys (the common cases) are held apart for speed; string
/// keys are looked up by their bytes. A class, so that looking a key up from inside a closure
/// does not copy the tables.
final class NodeKeyIndex {
    /// The type of the key column; every node file of the label must agree on it.
    let keyType: ImportFieldType
    /// The header of the key column that set the type, for messages.
    let keyHeader: String
    // Exempt from dynamic exclusivity checks, which cost more than a lookup: one import uses
    // an index at a time, and no access overlaps another.
    @exclusivity(unchecked) private var integers: [Int64: NodeID] = [:]
    @exclusivity(unchecked) private var strings = TextKeyTable()
    @exclusivity(unchecked) private var others: [String: NodeID] = [:]

    init(keyType: ImportFieldType, keyHeader: String) {
        self.keyType = keyType
        self.keyHeader = keyHeader
    }

    /// True when keys are plain strings, which ``node(forText:)`` finds from a field's bytes.
    var hasTextKeys: Bool { keyType == .string }

    /// Records `node` under `key`; false, recording nothing, when the key is already taken.
    func insert(_ key: Value, _ node: NodeID) -> Bool {
        switch key {
        case .int(let i):
            if integers[i] != nil { return false }
            integers[i] = node
            return true
        case .string(var s):
            return s.withUTF8 { strings.insert($0, node) }
        default:
            let text = ValueFormatting.cypherLiteral(key)
            if others[text] != nil { return false }
            others[text] = node
            return true
        }
    }

    func node(for key: Value) -> NodeID? {
        switch key {
        case .int(let i): return integers[i]
        case .string(var s): return s.withUTF8 { strings.node(for: $0) }
        default: return others[ValueFormatting.cypherLiteral(key)]
        }
    }

    /// The node of a string key given as UTF-8 bytes.
    func node(forText bytes: UnsafeBufferPointer<UInt8>) -> NodeID? { strings.node(for: bytes) }

    /// Records `node` under a string key given as UTF-8 bytes; false, recording nothing, when the key is already taken.
    func insert(text bytes: UnsafeBufferPointer<UInt8>, _ node: NodeID) -> Bool { strings.insert(bytes, node) }
}
