/// The layout of a snapshot file (described in full in `Docs/storage.md`):
///
/// ```text
/// header    56 bytes: magic "TRELLIS\0", format version, flags, database id, generation,
///           last commit sequence, section count, CRC-32C of the header
/// section   16-byte section header (kind, flags, payload length), payload,
///           CRC-32C of the payload followed by the section header       — once per section
/// trailer   24 bytes: magic "TRELEND\0", file length, section count, CRC-32C of the trailer
/// ```
///
/// Version 2 (written now) keeps properties column by column: the node and relationship
/// sections hold only labels, types and ends, and each property key's values have a section of
/// their own, so that they decode independently of each other. Version 1 (still read) kept each
/// entity's properties with it in the node and relationship sections.
///
/// All fixed-width integers are little-endian.
enum SnapshotFormat {
    /// The first eight bytes of every snapshot: "TRELLIS" and a zero byte.
    static let magic: [UInt8] = Array("TRELLIS\0".utf8)
    /// The last section of every snapshot starts the trailer: "TRELEND" and a zero byte.
    static let trailerMagic: [UInt8] = Array("TRELEND\0".utf8)
    /// The format version this code writes and the newest it reads.
    static let version: UInt32 = 2
    /// The oldest format version this code reads.
    static let oldestReadableVersion: UInt32 = 1

    static let headerSize = 56
    /// Header flag: the graph follows ``GraphSchema/partnership``, applied again when it is loaded.
    static let partnershipSchemaFlag: UInt32 = 1
    /// The header flags this version understands.
    static let knownFlags: UInt32 = partnershipSchemaFlag
    static let sectionHeaderSize = 16
    static let trailerSize = 24

    /// The kinds of section. A version 2 snapshot holds, in this order, one symbols, nodes and
    /// relationships section, a node properties section per node property key and a relationship
    /// properties section per relationship property key (by ascending key id), and one indexes
    /// section; a version 1 snapshot holds the four other kinds once each.
    enum Section: UInt32, CaseIterable {
        /// Label, relationship type and property key names, in id order.
        case symbols = 1
        /// Every node slot in id order: deleted, or its labels (and, in version 1, its properties).
        case nodes = 2
        /// Every relationship slot in id order: type, ends, liveness (and, in version 1, properties).
        case relationships = 3
        /// The property indexes (label and key); their entries are rebuilt on load.
        case indexes = 4
        /// One node property key's values, from the first to the last live node that has it.
        case nodeProperties = 5
        /// One relationship property key's values, like ``nodeProperties``.
        case relationshipProperties = 6

        var name: String {
            switch self {
            case .symbols: "symbols"
            case .nodes: "nodes"
            case .relationships: "relationships"
            case .indexes: "indexes"
            case .nodeProperties: "node properties"
            case .relationshipProperties: "relationship properties"
            }
        }
    }

    /// How many sections every snapshot has once each: symbols, nodes, relationships and indexes.
    static let fixedSectionCount = 4
}

/// The header of a snapshot: which database it belongs to and how far it goes.
struct SnapshotHeader: Sendable, Hashable {
    /// Identifies the database (random, made when it was created); its journal carries the same id.
    var databaseID: [UInt8]
    /// Counts checkpoints: each snapshot has the generation of the one it replaces plus one.
    var generation: UInt64
    /// The sequence number of the last committed statement this snapshot contains.
    var lastSequence: UInt64
    var formatVersion: UInt32 = SnapshotFormat.version
    var flags: UInt32 = 0
    /// How many sections follow the header (set by the writer, which knows how many columns it writes).
    var sectionCount: UInt32 = UInt32(SnapshotFormat.fixedSectionCount)

    /// The 56 header bytes, checksum included.
    func encoded() -> [UInt8] {
        var encoder = BinaryEncoder(capacity: SnapshotFormat.headerSize)
        encoder.writeBytes(SnapshotFormat.magic)
        encoder.writeUInt32(formatVersion)
        encoder.writeUInt32(flags)
        encoder.writeBytes(databaseID)
        encoder.writeUInt64(generation)
        encoder.writeUInt64(lastSequence)
        encoder.writeUInt32(sectionCount)
        encoder.writeUInt32(CRC32C.checksum(encoder.bytes))
        return encoder.bytes
    }

    /// Reads and checks the header at the start of `bytes` (the first 56 bytes of `path`): the
    /// signature, then the checksum — so that damage is never mistaken for a newer format — then
    /// the format version and the flags.
    static func decode(_ bytes: [UInt8], path: String) throws -> SnapshotHeader {
        guard bytes.count >= SnapshotFormat.magic.count, Array(bytes[0..<8]) == SnapshotFormat.magic else {
            if bytes.isEmpty { throw StorageError.notADatabase(path, "the file is empty") }
            throw StorageError.notADatabase(path, "it does not start with the TRELLIS signature")
        }
        guard bytes.count >= SnapshotFormat.headerSize else {
            throw StorageError.truncated(path, "the header ends after \(bytes.count) of \(SnapshotFormat.headerSize) bytes")
        }
        let fields = BinaryDecoder(bytes: Array(bytes[0..<SnapshotFormat.headerSize]))
        _ = try fields.readBytes(8)
        var header = SnapshotHeader(databaseID: [], generation: 0, lastSequence: 0)
        header.formatVersion = try fields.readUInt32()
        header.flags = try fields.readUInt32()
        header.databaseID = try fields.readBytes(16)
        header.generation = try fields.readUInt64()
        header.lastSequence = try fields.readUInt64()
        header.sectionCount = try fields.readUInt32()
        let stored = try fields.readUInt32()
        let computed = CRC32C.checksum(bytes[0..<(SnapshotFormat.headerSize - 4)])
        let version = header.formatVersion
        guard stored == computed else {
            throw StorageError.headerChecksum(path, "the header", version: version, newestReadable: SnapshotFormat.version,
                                              stored: stored, computed: computed)
        }
        guard version >= SnapshotFormat.oldestReadableVersion else {
            throw StorageError.corrupt(path, "its header gives format version \(version), which no Trellis writes")
        }
        guard version <= SnapshotFormat.version else {
            throw StorageError.newerVersion(path, "snapshot", version: version, supported: SnapshotFormat.version)
        }
        let unknown = header.flags & ~SnapshotFormat.knownFlags
        guard unknown == 0 else {
            throw StorageError.error(path, StorageError.Code.unsupportedFormatVersion,
                                     "the snapshot's header sets flag bits \(StorageError.hex(unknown)) that this Trellis does not know (it knows \(StorageError.hex(SnapshotFormat.knownFlags)), the partnership schema); it was written by a newer Trellis: open it with that")
        }
        let fixed = SnapshotFormat.fixedSectionCount
        guard version == 1 ? header.sectionCount == UInt32(fixed) : header.sectionCount >= UInt32(fixed) else {
            throw StorageError.corrupt(path, "its header announces \(header.sectionCount) sections, where a version \(version) snapshot has \(version == 1 ? "" : "at least ")\(fixed)")
        }
        return header
    }
}
