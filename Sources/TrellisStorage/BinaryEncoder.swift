/// Appends the primitives of the storage formats to a byte buffer: fixed-width little-endian
/// integers, LEB128 variable-length integers (zig-zag for signed ones), IEEE 754 doubles by bit
/// pattern, and UTF-8 strings prefixed by their length.
///
/// The snapshot writer drains ``bytes`` to its file whenever it passes a threshold, so that a
/// graph of any size is encoded through a buffer of about a megabyte.
struct BinaryEncoder: Sendable {
    /// The bytes encoded so far (since the last drain).
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Forgets the bytes, keeping the buffer's capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always) mutating func writeUInt8(_ value: UInt8) {
        bytes.append(value)
    }

    @inline(__always) mutating func writeUInt32(_ value: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }

    @inline(__always) mutating func writeUInt64(_ value: UInt64) {
        writeUInt32(UInt32(truncatingIfNeeded: value))
        writeUInt32(UInt32(truncatingIfNeeded: value >> 32))
    }

    /// An unsigned LEB128 integer: seven bits a byte, the high bit set on all bytes but the last.
    @inline(__always) mutating func writeVarUInt(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A non-negative count or id as an unsigned LEB128 integer.
    @inline(__always) mutating func writeCount(_ value: Int) {
        writeVarUInt(UInt64(value))
    }

    /// A signed integer, zig-zag mapped (0, -1, 1, -2, ... to 0, 1, 2, 3, ...) then LEB128.
    @inline(__always) mutating func writeVarInt(_ value: Int64) {
        writeVarUInt(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// A double by its exact bit pattern (NaN payloads and negative zero included).
    @inline(__always) mutating func writeDouble(_ value: Double) {
        writeUInt64(value.bitPattern)
    }

    /// A string: its UTF-8 length, then its UTF-8 bytes.
    mutating func writeString(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func writeBytes(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Overwrites four bytes at `offset` with `value`, little-endian (for lengths known afterwards).
    mutating func patchUInt32(_ value: UInt32, at offset: Int) {
        bytes[offset] = UInt8(truncatingIfNeeded: value)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
        bytes[offset + 2] = UInt8(truncatingIfNeeded: value >> 16)
        bytes[offset + 3] = UInt8(truncatingIfNeeded: value >> 24)
    }
}
