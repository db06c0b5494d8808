@testable import TrellisStorage

/// Takes the bytes of a snapshot apart and puts changed ones together again with valid
/// checksums, for tests of what the reader makes of content no writer produces.
enum SnapshotBytes {
    struct Section {
        var kind: SnapshotFormat.Section
        /// Offsets of the section's header and payload, and the payload's length.
        var header: Int
        var payload: Int
        var length: Int
        var payloadBytes: [UInt8] = []
    }

    /// Every section of `bytes`, in file order.
    static func sections(of bytes: [UInt8]) throws -> [Section] {
        var result: [Section] = []
        var offset = SnapshotFormat.headerSize
        while offset < bytes.count - SnapshotFormat.trailerSize {
            let decoder = BinaryDecoder(bytes: Array(bytes[offset..<(offset + SnapshotFormat.sectionHeaderSize)]))
            let raw = try decoder.readUInt32()
            guard let kind = SnapshotFormat.Section(rawValue: raw) else { throw DecodingFailure("unknown section kind \(raw)") }
            _ = try decoder.readUInt32()
            let length = Int(try decoder.readUInt64())
            let payload = offset + SnapshotFormat.sectionHeaderSize
            result.append(Section(kind: kind, header: offset, payload: payload, length: length,
                                  payloadBytes: Array(bytes[payload..<(payload + length)])))
            offset = payload + length + 4
        }
        return result
    }

    /// A snapshot with `header`'s bytes and `sections` (their kinds and payloads), each with a
    /// valid checksum, and a valid trailer; the header's section count is set to match.
    static func assemble(header: [UInt8], sections: [Section]) throws -> [UInt8] {
        var headerFields = try SnapshotHeader.decode(header, path: "test")
        headerFields.sectionCount = UInt32(sections.count)
        var bytes = headerFields.encoded()
        for section in sections {
            var sectionHeader = BinaryEncoder(capacity: SnapshotFormat.sectionHeaderSize)
            sectionHeader.writeUInt32(section.kind.rawValue)
            sectionHeader.writeUInt32(0)
            sectionHeader.writeUInt64(UInt64(section.payloadBytes.count))
            var checksum = CRC32C()
            checksum.update(section.payloadBytes)
            checksum.update(sectionHeader.bytes)
            var sum = BinaryEncoder(capacity: 4)
            sum.writeUInt32(checksum.value)
            bytes += sectionHeader.bytes + section.payloadBytes + sum.bytes
        }
        var trailer = BinaryEncoder(capacity: SnapshotFormat.trailerSize)
        trailer.writeBytes(SnapshotFormat.trailerMagic)
        trailer.writeUInt64(UInt64(bytes.count + SnapshotFormat.trailerSize))
        trailer.writeUInt32(UInt32(sections.count))
        trailer.writeUInt32(CRC32C.checksum(trailer.bytes))
        return bytes + trailer.bytes
    }
}
