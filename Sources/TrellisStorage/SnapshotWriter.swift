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
    @discardableResult
    func write(_ graph: PropertyGraph, header: SnapshotHeader) throws -> Int {
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

    /// Node slots: `0` for a deleted node; otherwise the label count plus one, the label ids
    /// and the properties.
    private func writeNodes(_ graph: PropertyGraph) throws {
        let alive = graph.nodeAlive, labels = graph.nodeLabels
        var properties: [PropertyList.Entry] = []
        encoder.writeCount(alive.count)
        for n in 0..<alive.count {
            if alive[n] {
                encoder.writeCount(labels[n].count + 1)
                for label in labels[n] { encoder.writeCount(Int(label)) }
                properties.removeAll(keepingCapacity: true)
                graph.forEachNodeProperty(n) { properties.append(.init(key: $0, value: $1)) }
                encoder.writeProperties(properties)
            } else {
                encoder.writeUInt8(0)
            }
            try flushIfFull()
        }
    }

    /// Relationship slots: `1` and type, start, end and properties for a live relationship;
    /// `0` and type, start and end for a deleted one.
    private func writeRelationships(_ graph: PropertyGraph) throws {
        let alive = graph.relationshipAlive, types = graph.relationshipType
        let starts = graph.relationshipStart, ends = graph.relationshipEnd
        var properties: [PropertyList.Entry] = []
        encoder.writeCount(alive.count)
        for r in 0..<alive.count {
            encoder.writeUInt8(alive[r] ? 1 : 0)
            encoder.writeCount(Int(types[r]))
            encoder.writeCount(starts[r])
            encoder.writeCount(ends[r])
            if alive[r] {
                properties.removeAll(keepingCapacity: true)
                graph.forEachRelationshipProperty(r) { properties.append(.init(key: $0, value: $1)) }
                encoder.writeProperties(properties)
            }
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
