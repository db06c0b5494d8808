import Testing
import TrellisCore
import TrellisGraph
@testable import TrellisStorage

/// Random graphs saved and loaded come back identical: ids (deleted slots included), labels,
/// types, properties of every type bit for bit, adjacency, label lists and indexes.
@Suite("Round trips")
struct RoundTripTests {
    static let seeds: [UInt64] = Array(1...25)

    @Test("a snapshot of a random graph loads identical", arguments: seeds)
    func snapshotRoundTrip(seed: UInt64) throws {
        var builder = RandomGraph(seed: seed)
        builder.run(statements: 60)
        let folder = try TemporaryFolder()
        try writeSnapshot(builder.graph, to: folder.path("graph.trellis"))
        let (loaded, header) = try SnapshotReader(path: folder.path("graph.trellis")).load()
        #expect(header.generation == 0)
        expectIdentical(builder.graph, loaded)
        // Saving the loaded graph gives the same bytes: the encoding is canonical.
        try writeSnapshot(loaded, to: folder.path("again.trellis"))
        #expect(try folder.bytes("graph.trellis") == folder.bytes("again.trellis"))
    }

    @Test("replaying the journaled changes of a random graph rebuilds it identical", arguments: seeds)
    func journalReplayRoundTrip(seed: UInt64) throws {
        var builder = RandomGraph(seed: seed)
        builder.run(statements: 60)
        let replayed = PropertyGraph()
        for changes in builder.committed {
            var encoder = BinaryEncoder()
            encoder.writeChanges(changes)
            let decoder = BinaryDecoder(bytes: encoder.bytes)
            let decoded = try decoder.readChanges()
            #expect(decoder.isAtEnd)
            var again = BinaryEncoder()
            again.writeChanges(decoded)
            #expect(again.bytes == encoder.bytes)
            for change in decoded { try replayed.apply(change) }
        }
        expectIdentical(builder.graph, replayed)
    }

    @Test("a database file keeps a random graph across reopening and checkpoints", arguments: [UInt64(101), 202, 303])
    func storeRoundTrip(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("partnerships.trellis")
        var expected = PropertyGraph()
        do {
            let store = try DatabaseStore(path: path)
            var builder = RandomGraph(seed: seed, graph: store.graph)
            builder.run(statements: 40)
            for changes in builder.committed { try store.append(changes) }
            expected = store.graph
            store.close()
        }
        do {
            let store = try DatabaseStore(path: path)
            #expect(store.notices.isEmpty)
            expectIdentical(expected, store.graph)
            try store.checkpoint()
            #expect(store.journalRecordCount == 0)
            // More statements after the checkpoint go to the new journal.
            var builder = RandomGraph(seed: seed &+ 1, graph: store.graph)
            builder.run(statements: 30)
            for changes in builder.committed { try store.append(changes) }
            expected = store.graph
            store.close()
        }
        let reopened = try DatabaseStore(path: path, readOnly: true)
        #expect(reopened.generation == 1)
        expectIdentical(expected, reopened.graph)
    }

    @Test func largeGraphStreamsThroughManyChunks() throws {
        let graph = PropertyGraph()
        let school = graph.internLabel("School"), name = graph.internKey("name"), note = graph.internKey("note")
        let member = graph.internType("MEMBER_OF")
        for i in 0..<40_000 {
            var properties = PropertyList()
            properties.set(name, .string("School number \(i)"))
            if i % 10_000 == 0 { properties.set(note, .string(String(repeating: "x", count: 1_500_000))) }
            graph.createNode(labels: [school], properties: properties)
            if i > 0 { graph.createRelationship(type: member, from: i, to: i / 2) }
        }
        for n in stride(from: 3, to: 40_000, by: 97) {
            for entry in graph.adjacency(of: n, .outgoing) + graph.adjacency(of: n, .incoming) { graph.deleteRelationship(entry.relationship) }
            graph.deleteNode(n)
        }
        graph.createIndex(IndexKey(label: school, key: name))
        let folder = try TemporaryFolder()
        try writeSnapshot(graph, to: folder.path("large.trellis"))
        #expect(try folder.bytes("large.trellis").count > 3 * SnapshotWriter.chunkSize)
        let (loaded, _) = try SnapshotReader(path: folder.path("large.trellis")).load()
        expectIdentical(graph, loaded)
    }

    /// Nodes and relationships are decoded at once, and the relationships' ends are checked after:
    /// a well-formed snapshot whose relationship joins a deleted node, or names a node past the
    /// last, is still refused, naming the relationships section.
    @Test func relationshipsToMissingNodesAreRefused() throws {
        for (end, mention) in [(1, "holds relationship 1 between nodes 0 and 1, one of which is deleted"),
                               (5, "names node 5, but only 3 exist")] {
            let graph = PropertyGraph()
            graph.loadSymbols(labels: ["N"], types: ["T"], keys: ["k"])
            graph.loadNode(labels: [0])
            graph.loadDeletedNode()
            graph.loadNode(labels: [0])
            graph.loadRelationship(alive: true, type: 0, start: 0, end: 2)
            graph.loadRelationship(alive: true, type: 0, start: 0, end: end)
            let folder = try TemporaryFolder()
            try writeSnapshot(graph, to: folder.path("bad.trellis"))
            let error = expectStorageError(StorageError.Code.corruptFile) {
                _ = try SnapshotReader(path: folder.path("bad.trellis")).load()
            }
            #expect(error?.message.contains("section 'relationships' \(mention)") == true, "\(String(describing: error))")
        }
    }

    @Test func emptyGraphRoundTrip() throws {
        let folder = try TemporaryFolder()
        try writeSnapshot(PropertyGraph(), to: folder.path("empty.trellis"))
        let (loaded, _) = try SnapshotReader(path: folder.path("empty.trellis")).load()
        expectIdentical(PropertyGraph(), loaded)
        #expect(loaded.nodeCapacity == 0)
    }

    @Test func everyValueTypeEncodesAndDecodesExactly() throws {
        var builder = RandomGraph(seed: 9)
        var values: [Value] = (0..<2000).map { _ in builder.value() }
        values += [.null, .map(["b": 1, "a": .list([.string("x")])]), .node(12), .relationship(3),
                   .path(PathValue(nodes: [1, 2], relationships: [7]))]
        var encoder = BinaryEncoder()
        for value in values { encoder.writeValue(value) }
        let decoder = BinaryDecoder(bytes: encoder.bytes)
        for value in values {
            let decoded = try decoder.readValue()
            #expect(identical(value, decoded), "\(value) came back as \(decoded)")
        }
        #expect(decoder.isAtEnd)
    }

    @Test func passingOverAColumnValueChecksWhatReadingItChecks() throws {
        var builder = RandomGraph(seed: 10)
        var values: [Value] = (0..<2000).map { _ in builder.value() }
        values += [.null, .bool(true), .bool(false), .int(.min), .int(.max), .float(-0.0), .string(""), .string("ünïcödé 📝"),
                   .map(["b": 1]), .node(12), .relationship(3), .path(PathValue(nodes: [1, 2], relationships: [7]))]
        for value in values {
            var encoder = BinaryEncoder()
            encoder.writeValue(value)
            encoder.writeUInt8(0x7F)  // what follows must be left unread
            let read = Result { try BinaryDecoder(bytes: encoder.bytes).readColumnValue() }
            let skipping = BinaryDecoder(bytes: encoder.bytes)
            let skipped = Result { try skipping.skipColumnValue() }
            switch (read, skipped) {
            case let (.success(decoded), .success(isNull)):
                #expect(decoded.isNull == isNull, "\(value)")
                #expect(skipping.remaining == 1, "\(value)")
            case let (.failure(a), .failure(b)):
                #expect("\(a)" == "\(b)", "\(value)")
            default:
                Issue.record("\(value): reading gave \(read), passing over gave \(skipped)")
            }
        }
        // Cut short, every kind fails both ways.
        for value in values where !value.isNull {
            var encoder = BinaryEncoder()
            encoder.writeValue(value)
            let cut = Array(encoder.bytes.dropLast())
            #expect(throws: DecodingFailure.self) { try BinaryDecoder(bytes: cut).skipColumnValue() }
            #expect(throws: DecodingFailure.self) { try BinaryDecoder(bytes: cut).readColumnValue() }
        }
    }

    @Test func crc32cMatchesTheStandardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        // The eight-at-a-time path agrees with the byte-at-a-time path.
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var pieces = CRC32C()
        for byte in bytes { pieces.update([byte]) }
        #expect(pieces.value == CRC32C.checksum(bytes))
    }

    @Test func theProcessorsCRC32CAgreesWithTheTables() {
        var random = SeededGenerator(seed: 11)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        #if arch(x86_64)
        #expect(CRC32C.usesHardware, "every x86-64 processor this runs on has SSE 4.2")
        #endif
        // Every start offset (aligned or not) and lengths around the eight-byte steps, fed in two pieces.
        for start in 0..<9 {
            for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4096 - start] where start + length <= bytes.count {
                let piece = Array(bytes[start..<(start + length)])
                var tables = CRC32C(), either = CRC32C()
                piece.withUnsafeBytes { buffer in
                    tables.updateFromTables(buffer)
                    let half = length / 3
                    either.update(UnsafeRawBufferPointer(rebasing: buffer[0..<half]))
                    either.update(UnsafeRawBufferPointer(rebasing: buffer[half...]))
                }
                #expect(tables.value == either.value, "start \(start), length \(length)")
            }
        }
        var check = CRC32C()
        Array("123456789".utf8).withUnsafeBytes { check.updateFromTables($0) }
        #expect(check.value == 0xE306_9283)
    }
}
