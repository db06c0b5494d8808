import TrellisCore
import TrellisGraph

/// Reads a snapshot file into a new graph, checking everything: the signature and format
/// version, the header's checksum, the trailer (so that a file cut short is recognised), each
/// section's checksum, and that every id names something that exists.
///
/// Sections are decoded as they stream in, through a buffer of about a megabyte; a section whose
/// content does not decode is checksummed to the end, so that damage is reported as a checksum
/// mismatch naming the section. A property column section is read whole and checked (checksum,
/// then every value), and kept encoded: its values are made when first needed (see
/// ``PropertyGraph/loadNodeColumn(_:base:decode:)``). Index entries are built when first read.
struct SnapshotReader {
    let path: String

    /// The header of the snapshot at `path`, checked (signature, version, checksum).
    static func readHeader(path: String) throws -> SnapshotHeader {
        let file = try DurableFile.openForReading(path)
        return try SnapshotHeader.decode(try file.readBytes(at: 0, count: SnapshotFormat.headerSize), path: path)
    }

    /// Loads the whole snapshot.
    func load() throws -> (graph: PropertyGraph, header: SnapshotHeader) {
        let file = try DurableFile.openForReading(path)
        let size = try file.size()
        let header = try SnapshotHeader.decode(try file.readBytes(at: 0, count: SnapshotFormat.headerSize), path: path)
        let trailerOffset = try checkTrailer(file, size: size, sectionCount: header.sectionCount)
        let columnar = header.formatVersion >= 2

        let graph = PropertyGraph()
        var offset = try readSection(.symbols, from: file, at: SnapshotFormat.headerSize, limit: trailerOffset) { decoder in
            try readSymbols(decoder, into: graph)
        }
        offset = try readNodesAndRelationships(from: file, at: offset, limit: trailerOffset, into: graph,
                                               withProperties: !columnar)
        var columnCount = 0
        if columnar {
            let columns = try columnSections(file, at: offset, limit: trailerOffset)
            columnCount = columns.sections.count
            offset = columns.end
            try readColumns(columns.sections, from: file, limit: trailerOffset, into: graph)
        } else {
            graph.finishLoadingSlots()
        }
        var indexKeys: [IndexKey] = []
        offset = try readSection(.indexes, from: file, at: offset, limit: trailerOffset) { decoder in
            indexKeys = try readIndexes(decoder, graph: graph)
        }
        guard offset == trailerOffset else {
            throw StorageError.corrupt(path, "\(trailerOffset - offset) unexpected bytes follow the last section")
        }
        guard SnapshotFormat.fixedSectionCount + columnCount == Int(header.sectionCount) else {
            throw StorageError.corrupt(path, "it holds \(SnapshotFormat.fixedSectionCount + columnCount) sections, but its header announces \(header.sectionCount)")
        }
        graph.finishLoadingIndexes(indexKeys)
        if header.flags & SnapshotFormat.partnershipSchemaFlag != 0 {
            // Its unique keys' indexes were saved with the graph; only the rules need setting.
            graph.schema = .partnership
        }
        return (graph, header)
    }

    /// Where the property column sections that start at `offset` lie (node ones, then
    /// relationship ones), and the offset after the last.
    private func columnSections(_ file: DurableFile, at offset: Int,
                                limit: Int) throws -> (sections: [(kind: SnapshotFormat.Section, offset: Int)], end: Int) {
        var sections: [(kind: SnapshotFormat.Section, offset: Int)] = []
        var offset = offset
        while offset + SnapshotFormat.sectionHeaderSize + 4 <= limit {
            let raw = try BinaryDecoder(bytes: try file.readBytes(at: offset, count: 4)).readUInt32()
            guard let kind = SnapshotFormat.Section(rawValue: raw),
                  kind == .nodeProperties || kind == .relationshipProperties else { break }
            if kind == .nodeProperties, sections.last?.kind == .relationshipProperties {
                throw StorageError.corrupt(path, "a section 'node properties' at byte \(offset) follows the relationship properties")
            }
            let (_, payloadOffset, length) = try sectionHeader(kind, from: file, at: offset, limit: limit)
            sections.append((kind, offset))
            offset = payloadOffset + length + 4
        }
        return (sections, offset)
    }

    /// One property key's column as a section holds it, checked and still encoded.
    private struct EncodedColumn {
        var key: Int32
        var base: Int
        var decode: @Sendable () -> [Value]
    }

    /// Reads the property column sections at `sections` into the loaded slots of `graph`,
    /// two at a time, while the slots' label lists and adjacency are built. Errors are reported
    /// as reading in order would: the first section's first.
    private func readColumns(_ sections: [(kind: SnapshotFormat.Section, offset: Int)], from file: DurableFile,
                             limit: Int, into graph: PropertyGraph) throws {
        // Each section's result has a slot of its own, written by one thread and read once both
        // threads are joined.
        let results = UnsafeMutableBufferPointer<Result<EncodedColumn, any Error>?>.allocate(capacity: sections.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        graph.finishLoadingSlots(alongside: sections.count) { i in
            results[i] = Result { try readColumn(sections[i].kind, from: file, at: sections[i].offset, limit: limit, of: graph) }
        }
        var previous: (kind: SnapshotFormat.Section, key: Int32)?
        for (i, result) in results.enumerated() {
            let column = try result!.get()
            let kind = sections[i].kind
            if let previous, previous.kind == kind, previous.key >= column.key {
                throw StorageError.corrupt(path, "section '\(kind.name)' at byte \(sections[i].offset) holds key \(column.key) after key \(previous.key)")
            }
            previous = (kind, column.key)
            if kind == .nodeProperties {
                graph.loadNodeColumn(column.key, base: column.base, decode: column.decode)
            } else {
                graph.loadRelationshipColumn(column.key, base: column.base, decode: column.decode)
            }
        }
    }

    /// Reads and checks one property column section: the key, the first id, how many ids follow,
    /// and a value per id, null where it has none. Only live entities may have values, and the
    /// first and last id must have one, so that a graph is saved one way only. Reads `graph`'s
    /// slots, which nothing changes meanwhile.
    ///
    /// The whole section is checked here (its checksum, then every value, passed over without
    /// being made), but its values are made only when the column is first used, from the section's
    /// bytes kept until then: decoding what was checked cannot fail.
    private func readColumn(_ kind: SnapshotFormat.Section, from file: DurableFile, at offset: Int, limit: Int,
                            of graph: PropertyGraph) throws -> EncodedColumn {
        let place = "section '\(kind.name)'"
        let (headerBytes, payloadOffset, length) = try sectionHeader(kind, from: file, at: offset, limit: limit)
        let bytes = try SectionBytes(file, at: payloadOffset, count: length)
        var payload = CRC32C()
        payload.update(bytes.contents)
        try checkChecksum(of: place, payload: payload, header: headerBytes, storedAt: payloadOffset + length, in: file)
        let ofNodes = kind == .nodeProperties
        let entity = ofNodes ? "node" : "relationship"
        let capacity = ofNodes ? graph.nodeCapacity : graph.relationshipCapacity
        let decoder = BinaryDecoder(borrowing: bytes.contents)
        let key: Int32, base: Int, count: Int, valuesOffset: Int
        do {
            key = Int32(try decoder.readIndex(below: graph.keys.count, "property key"))
            base = try decoder.readIndex(below: capacity, entity)
            count = try decoder.readCount(minimumSize: 1, "values")
            guard count > 0, count <= capacity - base else {
                throw DecodingFailure("holds \(count) values from \(entity) \(base) on, of \(capacity) \(entity)s")
            }
            valuesOffset = length - decoder.remaining
            var firstIsNull = true, lastIsNull = true
            for id in base..<(base + count) {
                let isNull = try decoder.skipColumnValue()
                if !isNull {
                    guard ofNodes ? graph.isNodeAlive(id) : graph.isRelationshipAlive(id) else {
                        throw DecodingFailure("holds a value of key \(key) for deleted \(entity) \(id)")
                    }
                }
                if id == base { firstIsNull = isNull }
                lastIsNull = isNull
            }
            guard !firstIsNull, !lastIsNull else {
                throw DecodingFailure("holds key \(key) for ids that start or end with one that has no value")
            }
            guard decoder.isAtEnd else { throw DecodingFailure("\(decoder.remaining) bytes are left over after its content") }
        } catch let failure as DecodingFailure {
            throw StorageError.corrupt(path, "\(place) \(failure.message)")
        }
        return EncodedColumn(key: key, base: base) {
            let decoder = BinaryDecoder(borrowing: UnsafeRawBufferPointer(rebasing: bytes.contents[valuesOffset...]))
            var values: [Value] = []
            values.reserveCapacity(count)
            do {
                for _ in 0..<count { values.append(try decoder.readColumnValue()) }
            } catch {
                preconditionFailure("a property column checked when it was loaded no longer decodes: \(error)")
            }
            return values
        }
    }

    /// Reads the nodes section at `offset` and the relationships section after it; returns the
    /// offset after both.
    ///
    /// The two are decoded at once, the relationships on a second thread (each only appends to its
    /// own arrays of the graph). Where the relationships start follows from the length in the nodes
    /// section's header, and the node count their ends are checked against is the nodes section's
    /// first field; that the ends are live nodes is checked once both are in. Errors are reported
    /// as reading in order would: those of the nodes first. When the nodes section's header or first
    /// field cannot be read, the sections are read one after the other, which reports the damage.
    private func readNodesAndRelationships(from file: DurableFile, at offset: Int, limit: Int,
                                           into graph: PropertyGraph, withProperties: Bool) throws -> Int {
        guard let layout = try? nodesLayout(file, at: offset, limit: limit) else {
            let next = try readSection(.nodes, from: file, at: offset, limit: limit) {
                try readNodes($0, into: graph, withProperties: withProperties)
            }
            return try readSection(.relationships, from: file, at: next, limit: limit) { decoder in
                try readRelationships(decoder, into: graph, nodeCount: graph.nodeCapacity, withProperties: withProperties)
                try checkRelationshipEnds(graph)
            }
        }
        let (relationships, nodes) = ForkJoin.run({
            Result {
                try readSection(.relationships, from: file, at: layout.relationshipsOffset, limit: limit) { decoder in
                    try readRelationships(decoder, into: graph, nodeCount: layout.nodeCount, withProperties: withProperties)
                }
            }
        }, {
            Result {
                try readSection(.nodes, from: file, at: offset, limit: limit) {
                    try readNodes($0, into: graph, withProperties: withProperties)
                }
            }
        })
        let afterNodes = try nodes.get()
        guard afterNodes == layout.relationshipsOffset else {
            throw StorageError.corrupt(path, "section 'nodes' changed while it was read")
        }
        let afterRelationships = try relationships.get()
        do {
            try checkRelationshipEnds(graph)
        } catch let failure as DecodingFailure {
            throw StorageError.corrupt(path, "section '\(SnapshotFormat.Section.relationships.name)' \(failure.message)")
        }
        return afterRelationships
    }

    /// From the nodes section at `offset`: where the section after it starts, and how many node
    /// slots it holds (its first field). Throws when its header or that field cannot be read.
    private func nodesLayout(_ file: DurableFile, at offset: Int, limit: Int) throws -> (relationshipsOffset: Int, nodeCount: Int) {
        let (_, payloadOffset, length) = try sectionHeader(.nodes, from: file, at: offset, limit: limit)
        let first = BinaryDecoder(bytes: try file.readBytes(at: payloadOffset, count: min(length, 10)))
        let count = try first.readVarUInt()
        guard count <= UInt64(length) else { throw DecodingFailure("claims too many node slots") }
        return (payloadOffset + length + 4, Int(count))
    }

    /// Checks that every live relationship joins live nodes.
    private func checkRelationshipEnds(_ graph: PropertyGraph) throws {
        for r in 0..<graph.relationshipCapacity where graph.relationshipAlive[r] {
            let start = graph.relationshipStart[r], end = graph.relationshipEnd[r]
            guard graph.isNodeAlive(start), graph.isNodeAlive(end) else {
                throw DecodingFailure("holds relationship \(r) between nodes \(start) and \(end), one of which is deleted")
            }
        }
    }

    /// Checks the trailer at the end of the file (which must count `sectionCount` sections, as
    /// the header does) and returns where it starts.
    private func checkTrailer(_ file: DurableFile, size: Int, sectionCount: UInt32) throws -> Int {
        let minimum = SnapshotFormat.headerSize + SnapshotFormat.trailerSize
        guard size >= minimum else {
            throw StorageError.truncated(path, "it is \(size) bytes long, shorter than the smallest snapshot (\(minimum) bytes)")
        }
        let trailerOffset = size - SnapshotFormat.trailerSize
        let bytes = try file.readBytes(at: trailerOffset, count: SnapshotFormat.trailerSize)
        guard Array(bytes[0..<8]) == SnapshotFormat.trailerMagic else {
            throw StorageError.truncated(path, "its end marker is missing (the file was cut short, or damaged at its end)")
        }
        let fields = BinaryDecoder(bytes: Array(bytes[8...]))
        let length = try fields.readUInt64()
        let sections = try fields.readUInt32()
        let stored = try fields.readUInt32()
        let computed = CRC32C.checksum(bytes[0..<20])
        guard stored == computed else { throw StorageError.checksum(path, "the trailer", stored: stored, computed: computed) }
        guard length == UInt64(size) else {
            throw StorageError.truncated(path, "it is \(size) bytes long but was written \(length) bytes long")
        }
        guard sections == sectionCount else {
            throw StorageError.corrupt(path, "its trailer counts \(sections) sections, its header \(sectionCount)")
        }
        return trailerOffset
    }

    /// Reads and checks the header of the section expected at `offset`: its bytes, and where its
    /// payload starts and how long it is (within `limit`).
    private func sectionHeader(_ kind: SnapshotFormat.Section, from file: DurableFile, at offset: Int,
                               limit: Int) throws -> (bytes: [UInt8], payloadOffset: Int, payloadLength: Int) {
        let place = "section '\(kind.name)'"
        guard offset + SnapshotFormat.sectionHeaderSize + 4 <= limit else {
            throw StorageError.corrupt(path, "\(place) is missing: the sections end at byte \(offset)")
        }
        let headerBytes = try file.readBytes(at: offset, count: SnapshotFormat.sectionHeaderSize)
        let fields = BinaryDecoder(bytes: headerBytes)
        let rawKind = try fields.readUInt32()
        let flags = try fields.readUInt32()
        let length = try fields.readUInt64()
        guard rawKind == kind.rawValue, flags == 0 else {
            throw StorageError.corrupt(path, "the header of \(place) at byte \(offset) is damaged (kind \(rawKind), flags \(flags))")
        }
        let payloadOffset = offset + SnapshotFormat.sectionHeaderSize
        guard length <= UInt64(limit - payloadOffset - 4) else {
            throw StorageError.corrupt(path, "the header of \(place) at byte \(offset) is damaged: its length (\(length) bytes) runs past the end of the file")
        }
        return (headerBytes, payloadOffset, Int(length))
    }

    /// Reads the section expected at `offset`, decoding its payload with `body`; returns the offset after it.
    private func readSection(_ kind: SnapshotFormat.Section, from file: DurableFile, at offset: Int, limit: Int,
                             _ body: (BinaryDecoder) throws -> Void) throws -> Int {
        let place = "section '\(kind.name)'"
        let (headerBytes, payloadOffset, payloadLength) = try sectionHeader(kind, from: file, at: offset, limit: limit)
        var position = payloadOffset
        let decoder = BinaryDecoder(length: payloadLength) { buffer in
            let n = try file.read(at: position, into: buffer)
            position += n
            return n
        }
        var failure: String?
        do {
            try body(decoder)
            if !decoder.isAtEnd { failure = "\(decoder.remaining) bytes are left over after its content" }
        } catch let error as DecodingFailure {
            failure = error.message
        }
        if failure != nil { try decoder.skipRest() }
        try checkChecksum(of: place, payload: decoder.checksum, header: headerBytes, storedAt: payloadOffset + payloadLength, in: file)
        if let failure { throw StorageError.corrupt(path, "\(place) \(failure)") }
        return payloadOffset + payloadLength + 4
    }

    /// Checks the checksum stored at `offset` (right after a section's payload) against
    /// `payload`, the checksum of the payload, followed by the section's header bytes.
    private func checkChecksum(of place: String, payload: CRC32C, header headerBytes: [UInt8], storedAt offset: Int,
                               in file: DurableFile) throws {
        var checksum = payload
        checksum.update(headerBytes)
        let stored = try BinaryDecoder(bytes: try file.readBytes(at: offset, count: 4)).readUInt32()
        guard stored == checksum.value else {
            throw StorageError.checksum(path, place, stored: stored, computed: checksum.value)
        }
    }

    private func readSymbols(_ decoder: BinaryDecoder, into graph: PropertyGraph) throws {
        var tables: [[String]] = []
        for what in ["labels", "relationship types", "property keys"] {
            let count = try decoder.readCount(what)
            guard count <= Int(Int32.max) else { throw DecodingFailure("holds too many \(what)") }
            var names: [String] = []
            names.reserveCapacity(count)
            var seen = Set<String>()
            for _ in 0..<count {
                let name = try decoder.readString()
                guard seen.insert(name).inserted else { throw DecodingFailure("holds the \(what) name '\(name)' twice") }
                names.append(name)
            }
            tables.append(names)
        }
        graph.loadSymbols(labels: tables[0], types: tables[1], keys: tables[2])
    }

    /// Reads the node slots, with their properties in a version 1 snapshot.
    private func readNodes(_ decoder: BinaryDecoder, into graph: PropertyGraph, withProperties: Bool) throws {
        let capacity = try decoder.readCount("node slots")
        let labelCount = graph.labels.count, keyCount = graph.keys.count
        // Nodes with one label (most) share one array per label instead of each making its own.
        let single = (0..<Int32(labelCount)).map { [$0] }
        var alive: [Bool] = [], labels: [[Int32]] = []
        alive.reserveCapacity(capacity)
        labels.reserveCapacity(capacity)
        var columns = PropertyColumnsBuilder(keyCount: withProperties ? keyCount : 0, idCount: capacity)
        for n in 0..<capacity {
            // The label count plus one: one more than the label ids that follow.
            let raw = try decoder.readVarUInt()
            guard raw <= UInt64(decoder.remaining) + 1 else {
                throw DecodingFailure("claims \(raw - 1) labels for node \(n), more than its remaining \(decoder.remaining) bytes can hold")
            }
            let slot = Int(raw)
            alive.append(slot != 0)
            if slot == 0 {
                labels.append([])
                continue
            }
            if slot == 2 {
                labels.append(single[try decoder.readIndex(below: labelCount, "label")])
            } else {
                var own: [Int32] = []
                own.reserveCapacity(slot - 1)
                for _ in 1..<slot {
                    let label = Int32(try decoder.readIndex(below: labelCount, "label"))
                    guard !own.contains(label) else { throw DecodingFailure("gives node \(n) label \(label) twice") }
                    own.append(label)
                }
                labels.append(own)
            }
            if withProperties { try decoder.readProperties(of: n, keyCount: keyCount, into: &columns) }
        }
        graph.loadNodes(alive: alive, labels: labels)
        if withProperties { graph.loadNodeColumns(columns) }
    }

    /// Reads the relationship slots (with their properties in a version 1 snapshot); their ends
    /// are checked against `nodeCount` here, and against the nodes' liveness by
    /// ``checkRelationshipEnds(_:)`` once the nodes are in.
    private func readRelationships(_ decoder: BinaryDecoder, into graph: PropertyGraph, nodeCount: Int,
                                   withProperties: Bool) throws {
        let capacity = try decoder.readCount(minimumSize: 4, "relationship slots")
        let typeCount = graph.types.count, keyCount = graph.keys.count
        var alive: [Bool] = [], types: [Int32] = [], starts: [NodeID] = [], ends: [NodeID] = []
        alive.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        var columns = PropertyColumnsBuilder(keyCount: withProperties ? keyCount : 0, idCount: capacity)
        for r in 0..<capacity {
            let flag = try decoder.readUInt8()
            guard flag <= 1 else { throw DecodingFailure("holds relationship \(r) with an unknown marker \(flag)") }
            let type = Int32(try decoder.readIndex(below: typeCount, "relationship type"))
            let start = try decoder.readIndex(below: nodeCount, "node")
            let end = try decoder.readIndex(below: nodeCount, "node")
            alive.append(flag == 1)
            types.append(type)
            starts.append(start)
            ends.append(end)
            if flag == 1 && withProperties { try decoder.readProperties(of: r, keyCount: keyCount, into: &columns) }
        }
        graph.loadRelationships(alive: alive, types: types, starts: starts, ends: ends)
        if withProperties { graph.loadRelationshipColumns(columns) }
    }

    private func readIndexes(_ decoder: BinaryDecoder, graph: PropertyGraph) throws -> [IndexKey] {
        let count = try decoder.readCount(minimumSize: 2, "indexes")
        var keys: [IndexKey] = []
        for _ in 0..<count {
            let label = Int32(try decoder.readIndex(below: graph.labels.count, "label"))
            let key = Int32(try decoder.readIndex(below: graph.keys.count, "property key"))
            keys.append(IndexKey(label: label, key: key))
        }
        return keys
    }
}
