/// The framing of one journal record: a 24-byte record header, then the payload (the encoded
/// changes of one committed statement).
///
/// ```text
/// 0   4  record magic "TREC"
/// 4   4  payload length
/// 8   8  commit sequence number (consecutive, from the journal's base sequence + 1)
/// 16  4  CRC-32C of the payload
/// 20  4  CRC-32C of bytes 0..<20 of this header
/// ```
///
/// The header has its own checksum so that a damaged length is never trusted; the payload's
/// checksum catches a record whose writing was cut short by a crash.
struct JournalRecord: Sendable, Hashable {
    static let magic: [UInt8] = Array("TREC".utf8)
    static let headerSize = 24

    var sequence: UInt64
    var payloadLength: Int
    var payloadChecksum: UInt32

    /// The record header and payload, ready to append.
    static func frame(sequence: UInt64, payload: [UInt8]) -> [UInt8] {
        var encoder = BinaryEncoder(capacity: headerSize + payload.count)
        encoder.writeBytes(magic)
        encoder.writeUInt32(UInt32(payload.count))
        encoder.writeUInt64(sequence)
        encoder.writeUInt32(CRC32C.checksum(payload))
        encoder.writeUInt32(CRC32C.checksum(encoder.bytes))
        encoder.writeBytes(payload)
        return encoder.bytes
    }

    /// The record whose header is `bytes` (24 bytes), or nil when they are not a valid record
    /// header (wrong magic or checksum).
    static func parseHeader<Bytes: Collection>(_ bytes: Bytes) -> JournalRecord? where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count >= headerSize else { return nil }
        let base = bytes.startIndex
        func uint32(_ at: Int) -> UInt32 {
            var value: UInt32 = 0
            for i in 0..<4 { value |= UInt32(bytes[base + at + i]) << (8 * i) }
            return value
        }
        guard bytes[base] == magic[0], bytes[base + 1] == magic[1], bytes[base + 2] == magic[2], bytes[base + 3] == magic[3] else {
            return nil
        }
        guard uint32(20) == CRC32C.checksum(bytes[base..<(base + 20)]) else { return nil }
        let sequence = UInt64(uint32(8)) | UInt64(uint32(12)) << 32
        return JournalRecord(sequence: sequence, payloadLength: Int(uint32(4)), payloadChecksum: uint32(16))
    }
}
