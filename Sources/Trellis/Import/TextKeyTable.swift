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
    /// Each key's hash, so that growing the table rehashes no bytes.
    private var hashes: [UInt64] = []
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
        hashes.append(hash)
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
        for k in 0..<nodes.count {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }

    /// Mixes in eight bytes at a time, then the rest one by one, with a final mix so that the
    /// low bits used for the slot depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
            h ^= h >> 32
            i += 8
        }
        while i < raw.count {
            h = (h ^ UInt64(raw[i])) &* 0x100_0000_01b3
            i += 1
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
