/// The header at the start of a journal file (56 bytes, see `Docs/storage.md`): which database
/// and which snapshot the records that follow belong to.
struct JournalHeader: Sendable, Hashable {
    /// The first eight bytes of every journal: "TRELJNL" and a zero byte.
    static let magic: [UInt8] = Array("TRELJNL\0".utf8)
    /// The format version this code writes and the newest it reads.
    static let version: UInt32 = 1
    static let size = 56

    /// The id of the database, as in its snapshot.
    var databaseID: [UInt8]
    /// The generation of the snapshot these records follow.
    var generation: UInt64
    /// The last commit sequence that snapshot contains: the first record is `baseSequence + 1`.
    var baseSequence: UInt64
    var formatVersion: UInt32 = JournalHeader.version
    var flags: UInt32 = 0

    /// The 56 header bytes, checksum included.
    func encoded() -> [UInt8] {
        var encoder = BinaryEncoder(capacity: JournalHeader.size)
        encoder.writeBytes(JournalHeader.magic)
        encoder.writeUInt32(formatVersion)
        encoder.writeUInt32(flags)
        encoder.writeBytes(databaseID)
        encoder.writeUInt64(generation)
        encoder.writeUInt64(baseSequence)
        encoder.writeUInt32(0)
        encoder.writeUInt32(CRC32C.checksum(encoder.bytes))
        return encoder.bytes
    }

    /// Reads and checks the header at the start of `bytes` (the first 56 bytes of `path`): the
    /// signature, then the checksum — so that damage is never mistaken for a newer format — then
    /// the format version and the flags.
    static func decode(_ bytes: [UInt8], path: String) throws -> JournalHeader {
        guard bytes.count >= magic.count, Array(bytes[0..<8]) == magic else {
            if bytes.isEmpty { throw StorageError.notADatabase(path, "the journal is empty (it has no header)") }
            throw StorageError.notADatabase(path, "it does not start with the TRELJNL signature of a Trellis journal")
        }
        guard bytes.count >= size else {
            throw StorageError.truncated(path, "the journal header ends after \(bytes.count) of \(size) bytes")
        }
        let fields = BinaryDecoder(bytes: Array(bytes[0..<size]))
        _ = try fields.readBytes(8)
        var header = JournalHeader(databaseID: [], generation: 0, baseSequence: 0)
        header.formatVersion = try fields.readUInt32()
        header.flags = try fields.readUInt32()
        header.databaseID = try fields.readBytes(16)
        header.generation = try fields.readUInt64()
        header.baseSequence = try fields.readUInt64()
        _ = try fields.readUInt32()
        let stored = try fields.readUInt32()
        let computed = CRC32C.checksum(bytes[0..<(size - 4)])
        let version = header.formatVersion
        guard stored == computed else {
            throw StorageError.headerChecksum(path, "the journal header", version: version, newestReadable: JournalHeader.version,
                                              stored: stored, computed: computed)
        }
        guard version >= 1 else { throw StorageError.corrupt(path, "its header gives format version 0, which no Trellis writes") }
        guard version <= JournalHeader.version else {
            throw StorageError.newerVersion(path, "journal", version: version, supported: JournalHeader.version)
        }
        guard header.flags == 0 else {
            throw StorageError.error(path, StorageError.Code.unsupportedFormatVersion,
                                     "the journal's header sets flag bits \(StorageError.hex(header.flags)) that this Trellis does not know (it knows none); it was written by a newer Trellis: open it with that")
        }
        return header
    }
}
