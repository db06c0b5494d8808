#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisEngine

/// A hash table from UTF-8 byte strings to node ids, looked up with bytes straight from a CSV
/// record: no `String` is made or hashed. Open addressing with linear probing; the keys are
/// kept one after the other in one byte array.
struct TextKeyTable {
    /// The keys' bytes, one after the other; key `k` spans `keyStarts[k]..<keyStarts[k + 1]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var nodes: [NodeID] = []
    /// Key number + 1 per slot; 0 for an empty slot. The count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    var count: Int { nodes.count }

    func node(for key: UnsafeBufferPointer<UInt8>) -> NodeID? {
        let k = find(key, hash: Self.hash(key)).key
        return k.map { nodes[$0] }
    }

    /// Records `node` under `key`; false, recording nothing, when the key is already taken.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ node: NodeID) -> Bool {
        // At most half full: a key that is not there is then found missing after a probe or two.
        if (nodes.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        let (found, slot) = find(key, hash: hash)
        if found != nil { return false }
        slots[slot] = Int32(nodes.count + 1)
        nodes.append(node)
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        return true
    }

    /// The key number stored under `key` if any, else the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (key: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return (nil, slot) }
                let k = entry - 1
                let start = keyStarts[k], end = keyStarts[k + 1]
                if end - start == key.count, memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return (k, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        keyBytes.withUnsafeBufferPointer { stored in
            for k in 0..<nodes.count {
                let key = UnsafeBufferPointer(rebasing: stored[keyStarts[k]..<keyStarts[k + 1]])
                var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(k + 1)
            }
        }
    }

    /// FNV-1a, with a final mix so that the low bits used for the slot depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
