import TrellisCore
import TrellisGraph

/// Writes a graph as a snapshot file (see ``SnapshotFormat``), streaming: entities are encoded
/// into a buffer of about a megabyte that is checksummed and written out whenever it fills, and
/// each section's length is filled in once the section is done.
///
/// The writer only writes; making the file durable and putting it in place is the caller's job
/// (see ``DatabaseStore``).
final class SnapshotWriter {
    /// How many bytes are encoded before they are written out.
    static let chunkSize = 1 << 20

    private let file: DurableFile
    private var encoder = BinaryEncoder(capacity: SnapshotWriter.chunkSize + (1 << 16))
    /// The file offset the encoder's first byte goes to.
    private var offset = 0
    private var checksum = CRC32C()
    private var sectionHeaderOffset = 0
    private var sectionCount: UInt32 = 0

    init(file: DurableFile) {
        self.file = file
    }

    /// Writes `graph` from the start of the file, ending with the trailer; returns the file's length.
    /// The header's format version and section count are this writer's.
    @discardableResult
    func write(_ graph: PropertyGraph, header: SnapshotHeader) throws -> Int {
        let keys = Int32(0)..<Int32(graph.keys.count)
        let nodeColumns = keys.compactMap { key in graph.nodeColumnExtent(key).map { (key, $0) } }
        let relationshipColumns = keys.compactMap { key in graph.relationshipColumnExtent(key).map { (key, $0) } }
        var header = header
        header.formatVersion = SnapshotFormat.version
        header.sectionCount = UInt32(SnapshotFormat.fixedSectionCount + nodeColumns.count + relationshipColumns.count)
        let headerBytes = header.encoded()
        try file.write(at: 0, headerBytes)
        offset = headerBytes.count

        try section(.symbols) {
            for table in [graph.labels, graph.types, graph.keys] {
                encoder.writeCount(table.count)
                for name in table.names {
                    encoder.writeString(name)
                    try flushIfFull()
                }
            }
        }
        try section(.nodes) { try writeNodes(graph) }
        try section(.relationships) { try writeRelationships(graph) }
        for (key, ids) in nodeColumns {
            try section(.nodeProperties) {
                try writeColumn(key, ids) { graph.isNodeAlive($0) ? graph.nodeProperty($0, key) : nil }
            }
        }
        for (key, ids) in relationshipColumns {
            try section(.relationshipProperties) {
                try writeColumn(key, ids) { graph.isRelationshipAlive($0) ? graph.relationshipProperty($0, key) : nil }
            }
        }
        try section(.indexes) {
            let keys = graph.indexes.keys.sorted { ($0.label, $0.key) < ($1.label, $1.key) }
            encoder.writeCount(keys.count)
            for key in keys {
                encoder.writeCount(Int(key.label))
                encoder.writeCount(Int(key.key))
            }
        }

        var trailer = BinaryEncoder(capacity: SnapshotFormat.trailerSize)
        trailer.writeBytes(SnapshotFormat.trailerMagic)
        trailer.writeUInt64(UInt64(offset + SnapshotFormat.trailerSize))
        trailer.writeUInt32(sectionCount)
        trailer.writeUInt32(CRC32C.checksum(trailer.bytes))
        try file.write(at: offset, trailer.bytes)
        offset += trailer.bytes.count
        return offset
    }

    /// Node slots: `0` for a deleted node; otherwise the label count plus one and the label ids.
    private func writeNodes(_ graph: PropertyGraph) throws {
        let alive = graph.nodeAlive, labels = graph.nodeLabels
        encoder.writeCount(alive.count)
        for n in 0..<alive.count {
            if alive[n] {
                encoder.writeCount(labels[n].count + 1)
                for label in labels[n] { encoder.writeCount(Int(label)) }
            } else {
                encoder.writeUInt8(0)
            }
            try flushIfFull()
        }
    }

    /// Relationship slots: `1` for a live relationship, `0` for a deleted one, then its type,
    /// start and end.
    private func writeRelationships(_ graph: PropertyGraph) throws {
        let alive = graph.relationshipAlive, types = graph.relationshipType
        let starts = graph.relationshipStart, ends = graph.relationshipEnd
        encoder.writeCount(alive.count)
        for r in 0..<alive.count {
            encoder.writeUInt8(alive[r] ? 1 : 0)
            encoder.writeCount(Int(types[r]))
            encoder.writeCount(starts[r])
            encoder.writeCount(ends[r])
            try flushIfFull()
        }
    }

    /// One property key's column: the key id, the first id and how many ids follow, then each
    /// id's value (null where it has none, deleted ones included); the first and the last are
    /// never null.
    private func writeColumn(_ key: Int32, _ ids: Range<Int>, _ value: (Int) -> Value?) throws {
        encoder.writeCount(Int(key))
        encoder.writeCount(ids.lowerBound)
        encoder.writeCount(ids.count)
        for id in ids {
            encoder.writeValue(value(id) ?? .null)
            try flushIfFull()
        }
    }

    /// Writes one section: a header whose length is filled in afterwards, the payload `body`
    /// encodes, and the checksum of the payload followed by the header.
    private func section(_ kind: SnapshotFormat.Section, _ body: () throws -> Void) throws {
        sectionHeaderOffset = offset
        offset += SnapshotFormat.sectionHeaderSize
        let payloadStart = offset
        checksum = CRC32C()
        try body()
        try flush()
        var header = BinaryEncoder(capacity: SnapshotFormat.sectionHeaderSize)
        header.writeUInt32(kind.rawValue)
        header.writeUInt32(0)
        header.writeUInt64(UInt64(offset - payloadStart))
        try file.write(at: sectionHeaderOffset, header.bytes)
        checksum.update(header.bytes)
        var sum = BinaryEncoder(capacity: 4)
        sum.writeUInt32(checksum.value)
        try file.write(at: offset, sum.bytes)
        offset += 4
        sectionCount += 1
    }

    @inline(__always) private func flushIfFull() throws {
        if encoder.bytes.count >= SnapshotWriter.chunkSize { try flush() }
    }

    private func flush() throws {
        guard !encoder.bytes.isEmpty else { return }
        try encoder.bytes.withUnsafeBytes { buffer in
            checksum.update(buffer)
            try file.write(at: offset, buffer)
        }
        offset += encoder.bytes.count
        encoder.removeAll()
    }
}
