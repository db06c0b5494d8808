internal import CCRC32C

/// CRC-32C (Castagnoli, polynomial 0x1EDC6F41 reflected as 0x82F63B78), the checksum of every
/// snapshot section and journal record. Computed by the processor's CRC-32C instruction where
/// it has one, otherwise eight bytes at a time from tables ("slicing by 8").
///
/// ```swift
/// var crc = CRC32C()
/// crc.update(bytes)
/// let checksum = crc.value
/// ```
public struct CRC32C: Sendable, Hashable {
    private var state: UInt32 = 0xFFFF_FFFF

    public init() {}

    /// The checksum of the bytes given so far.
    public var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// The checksum of `bytes`.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc = CRC32C()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }
    }

    /// Whether ``update(_:)-(UnsafeRawBufferPointer)`` uses the processor's instruction.
    static let usesHardware = trellis_crc32c_hardware_available() != 0

    /// Adds the bytes of `buffer` to the checksum.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress else { return }
        if CRC32C.usesHardware {
            state = trellis_crc32c_hardware_update(state, base, buffer.count)
        } else {
            updateFromTables(buffer)
        }
    }

    /// Adds the bytes of `buffer` to the checksum without the processor's instruction.
    mutating func updateFromTables(_ buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress else { return }
        var crc = state
        var i = 0
        let count = buffer.count
        CRC32C.tables.withUnsafeBufferPointer { t in
            while count - i >= 8 {
                let low = UInt32(base.load(fromByteOffset: i, as: UInt8.self))
                    | UInt32(base.load(fromByteOffset: i + 1, as: UInt8.self)) << 8
                    | UInt32(base.load(fromByteOffset: i + 2, as: UInt8.self)) << 16
                    | UInt32(base.load(fromByteOffset: i + 3, as: UInt8.self)) << 24
                let high = UInt32(base.load(fromByteOffset: i + 4, as: UInt8.self))
                    | UInt32(base.load(fromByteOffset: i + 5, as: UInt8.self)) << 8
                    | UInt32(base.load(fromByteOffset: i + 6, as: UInt8.self)) << 16
                    | UInt32(base.load(fromByteOffset: i + 7, as: UInt8.self)) << 24
                let x = crc ^ low
                crc = t[7 * 256 + Int(x & 0xFF)] ^ t[6 * 256 + Int((x >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((x >> 16) & 0xFF)] ^ t[4 * 256 + Int(x >> 24)]
                    ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ t[1 * 256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                i += 8
            }
            while i < count {
                let byte = base.load(fromByteOffset: i, as: UInt8.self)
                crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                i += 1
            }
        }
        state = crc
    }

    /// Eight tables of 256 entries: table k gives the effect of a byte followed by k zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var crc = UInt32(n)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            tables[n] = crc
        }
        for n in 0..<256 {
            var crc = tables[n]
            for k in 1..<8 {
                crc = tables[Int(crc & 0xFF)] ^ (crc >> 8)
                tables[k * 256 + n] = crc
            }
        }
        return tables
    }()
}
