import TrellisCore

/// The groups of a ``GroupTable`` by the values of their keys: an open-addressing table of group
/// numbers, with each group's keys kept one after another in a flat array.
///
/// A row's keys are hashed by their type (an integer by a multiplication, a string by its own
/// hash) rather than through `Hashable` for `[Value]`, and are compared with a group's keys in
/// place, so finding a group allocates nothing. Keys are equivalent as `Value`'s `==` says:
/// `1` and `1.0` are one key, as are null and null.
struct GroupIndex {
    /// Group numbers, -1 for an empty place; the count is a power of two.
    private var table: [Int32] = Array(repeating: -1, count: 16)
    /// Each group's hash.
    private var hashes: [UInt64] = []
    /// Each group's keys: group `g`'s are at `g * width ..< (g + 1) * width`.
    private(set) var keys: [Value] = []
    let width: Int

    init(width: Int) {
        self.width = width
    }

    var count: Int { hashes.count }

    /// The group whose keys are `values` (with hash `hash`), if there is one.
    @inline(__always)
    func group(of values: UnsafeBufferPointer<Value>, hash: UInt64) -> Int? {
        table.withUnsafeBufferPointer { table in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = table.count - 1
                var i = Int(truncatingIfNeeded: hash >> 7) & mask
                while true {
                    let g = Int(table[i])
                    if g < 0 { return nil }
                    if hashes[g] == hash && keysEqual(g, values) { return g }
                    i = (i + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    private func keysEqual(_ g: Int, _ values: UnsafeBufferPointer<Value>) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            var k = g * width
            for v in values {
                if keys[k] != v { return false }
                k += 1
            }
            return true
        }
    }

    /// Whether group `g` has the keys `values`.
    @inline(__always)
    func isGroup(_ g: Int, of values: UnsafeBufferPointer<Value>) -> Bool {
        keysEqual(g, values)
    }

    /// Group `g`'s hash.
    func hash(of g: Int) -> UInt64 { hashes[g] }

    /// Records the next group, with keys `values`; returns its number.
    mutating func add(_ values: UnsafeBufferPointer<Value>, hash: UInt64) -> Int {
        let g = hashes.count
        hashes.append(hash)
        keys.append(contentsOf: values)
        if hashes.count * 2 > table.count { grow() } else { place(g, hash) }
        return g
    }

    private mutating func place(_ g: Int, _ hash: UInt64) {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: hash >> 7) & mask
        while table[i] >= 0 { i = (i + 1) & mask }
        table[i] = Int32(truncatingIfNeeded: g)
    }

    private mutating func grow() {
        table = Array(repeating: -1, count: table.count * 2)
        for g in hashes.indices { place(g, hashes[g]) }
    }

    /// The hash of one key, the same for keys that are equivalent.
    @inline(__always)
    static func hash(_ v: Value) -> UInt64 {
        switch v {
        case .null: return 0x6A09_E667_F3BC_C908
        case .bool(let b): return b ? 0xBB67_AE85_84CA_A73B : 0x3C6E_F372_FE94_F82B
        case .int(let i): return mix(UInt64(bitPattern: i))
        case .float(let d):
            // A float equal to an integer is the same key as that integer.
            if let i = Int64(exactly: d) { return mix(UInt64(bitPattern: i)) }
            return mix((d.isNaN ? Double.nan : d).bitPattern ^ 0xA54F_F53A_5F1D_36F1)
        case .string(let s): return hash(s)
        case .node(let n): return mix(UInt64(bitPattern: Int64(n)) ^ 0x1F83_D9AB_FB41_BD6B)
        case .relationship(let r): return mix(UInt64(bitPattern: Int64(r)) ^ 0x5BE0_CD19_137E_2179)
        default: return UInt64(bitPattern: Int64(v.hashValue))
        }
    }

    /// The hash of several keys.
    @inline(__always)
    static func hash(_ values: UnsafeBufferPointer<Value>) -> UInt64 {
        var h: UInt64 = 0x510E_527F_ADE6_82D1
        for v in values { h = (h ^ hash(v)) &* 0x9E37_79B9_7F4A_7C15 }
        return h ^ (h >> 29)
    }

    /// The hash of a string, the same for strings that are equal (Swift compares strings by
    /// canonical equivalence). A string whose scalars are all ASCII, or turn into ASCII in
    /// normalisation (of which only K, ; and ` have non-ASCII forms: U+212A, U+037E, U+1FEF), is
    /// hashed from its bytes, eight at a time; any other by its own hash, which normalises.
    static func hash(_ s: String) -> UInt64 {
        var text = s
        if let h = text.withUTF8({ bytes -> UInt64? in
            var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
            var i = 0
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return nil }
                h = mix(h ^ word)
                i += 8
            }
            if i < bytes.count {
                var word: UInt64 = 0
                for k in i..<bytes.count {
                    if bytes[k] >= 0x80 { return nil }
                    word |= UInt64(bytes[k]) << (8 * UInt64(k - i))
                }
                h = mix(h ^ word ^ 0x9E37_79B9_7F4A_7C15)
            }
            return h
        }) {
            return h
        }
        var ascii: [UInt8] = []
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: ascii.append(UInt8(scalar.value))
            case 0x212A: ascii.append(UInt8(ascii: "K"))
            case 0x037E: ascii.append(UInt8(ascii: ";"))
            case 0x1FEF: ascii.append(UInt8(ascii: "`"))
            default: return UInt64(bitPattern: Int64(s.hashValue))
            }
        }
        return hash(String(decoding: ascii, as: UTF8.self))
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
