import Foundation
import Synchronization
import Testing
import TrellisCore
import TrellisGraph
@testable import TrellisStorage

/// What the columnar format (version 2) holds and refuses, and that version 1 snapshots still load.
@Suite("Snapshot format versions")
struct SnapshotFormatTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// `Fixtures/random-seed-7.format-1.trellis` was written by the version 1 writer from
    /// `RandomGraph(seed: 7)` after 60 statements; nothing since has changed it.
    @Test func aVersion1SnapshotLoadsAndIsSavedAsVersion2() throws {
        let path = Self.fixtures.appendingPathComponent("random-seed-7.format-1.trellis").path
        let (loaded, header) = try SnapshotReader(path: path).load()
        #expect(header.formatVersion == 1)
        var builder = RandomGraph(seed: 7)
        builder.run(statements: 60)
        #expect(loaded.liveNodeCount > 0 && loaded.keys.count > 0)
        expectIdentical(builder.graph, loaded)

        let folder = try TemporaryFolder()
        try writeSnapshot(loaded, to: folder.path("again.trellis"))
        let (again, newHeader) = try SnapshotReader(path: folder.path("again.trellis")).load()
        #expect(newHeader.formatVersion == SnapshotFormat.version)
        expectIdentical(builder.graph, again)
    }

    /// A graph of three nodes (the middle one deleted) and two relationships (the first deleted),
    /// with properties `a` and `b` on nodes and `w` on the live relationship.
    static func smallGraph() -> PropertyGraph {
        let graph = PropertyGraph()
        let label = graph.internLabel("School"), type = graph.internType("MEMBER_OF")
        let a = graph.internKey("a"), b = graph.internKey("b"), w = graph.internKey("w")
        graph.beginStatement()
        let nodes = (0..<3).map { i in
            var properties = PropertyList()
            properties.set(a, .int(Int64(i)))
            if i != 1 { properties.set(b, .string("node \(i)")) }
            return graph.createNode(labels: [label], properties: properties)
        }
        let gone = graph.createRelationship(type: type, from: nodes[0], to: nodes[2])
        let kept = graph.createRelationship(type: type, from: nodes[2], to: nodes[0])
        _ = graph.setRelationshipProperty(kept, w, .float(0.5))
        graph.deleteRelationship(gone)
        graph.deleteNode(nodes[1])
        graph.commitStatement()
        return graph
    }

    @Test func columnsHoldOnlyLiveEntitiesFromTheFirstToTheLastValue() throws {
        let folder = try TemporaryFolder()
        let graph = Self.smallGraph()
        try writeSnapshot(graph, to: folder.path("g.trellis"))
        let sections = try SnapshotBytes.sections(of: folder.bytes("g.trellis"))
        #expect(sections.map(\.kind) == [.symbols, .nodes, .relationships, .nodeProperties, .nodeProperties,
                                         .relationshipProperties, .indexes])
        // Key a: nodes 0 to 2, the deleted node 1 null.
        let a = BinaryDecoder(bytes: sections[3].payloadBytes)
        #expect(try a.readCount("x") == 0)
        #expect(try a.readCount("x") == 0)
        #expect(try a.readCount("x") == 3)
        #expect(try [a.readValue(), a.readValue(), a.readValue()] == [.int(0), .null, .int(2)])
        #expect(a.isAtEnd)
        // Key w: only relationship 1.
        let w = BinaryDecoder(bytes: sections[5].payloadBytes)
        #expect(try [w.readCount("x"), w.readCount("x"), w.readCount("x")] == [2, 1, 1])
        let (loaded, _) = try SnapshotReader(path: folder.path("g.trellis")).load()
        expectIdentical(graph, loaded)
    }

    /// The small graph's snapshot with its node property sections replaced by `columns` (their
    /// payloads), loaded: expected to fail as corrupt, mentioning `phrase`.
    func expectCorrupt(nodeColumns columns: [[UInt8]], mentioning phrase: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try TemporaryFolder()
        try writeSnapshot(Self.smallGraph(), to: folder.path("g.trellis"))
        let bytes = try folder.bytes("g.trellis")
        var sections = try SnapshotBytes.sections(of: bytes)
        let first = try #require(sections.firstIndex { $0.kind == .nodeProperties })
        sections.removeAll { $0.kind == .nodeProperties }
        sections.insert(contentsOf: columns.map {
            SnapshotBytes.Section(kind: .nodeProperties, header: 0, payload: 0, length: 0, payloadBytes: $0)
        }, at: first)
        try folder.write(try SnapshotBytes.assemble(header: Array(bytes[0..<SnapshotFormat.headerSize]), sections: sections),
                         to: "g.trellis")
        let error = expectStorageError(StorageError.Code.corruptFile, sourceLocation: sourceLocation) {
            _ = try SnapshotReader(path: folder.path("g.trellis")).load()
        }
        #expect(error?.message.contains(phrase) == true, "\(error?.message ?? "no error") lacks '\(phrase)'",
                sourceLocation: sourceLocation)
    }

    static func column(key: Int, base: Int, _ values: [Value]) -> [UInt8] {
        var encoder = BinaryEncoder()
        encoder.writeCount(key)
        encoder.writeCount(base)
        encoder.writeCount(values.count)
        for value in values { encoder.writeValue(value) }
        return encoder.bytes
    }

    @Test func theSameColumnsWrittenBackLoad() throws {
        // The check of the checks: the columns the writer wrote, assembled again, are accepted.
        let folder = try TemporaryFolder()
        try writeSnapshot(Self.smallGraph(), to: folder.path("g.trellis"))
        let bytes = try folder.bytes("g.trellis")
        let sections = try SnapshotBytes.sections(of: bytes)
        try folder.write(try SnapshotBytes.assemble(header: Array(bytes[0..<SnapshotFormat.headerSize]), sections: sections),
                         to: "g.trellis")
        expectIdentical(Self.smallGraph(), try SnapshotReader(path: folder.path("g.trellis")).load().graph)
    }

    @Test func aValueOfADeletedNodeIsRefused() throws {
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 0, [.int(0), .int(1), .int(2)])],
                          mentioning: "deleted node 1")
    }

    @Test func columnsOutOfKeyOrderAreRefused() throws {
        try expectCorrupt(nodeColumns: [Self.column(key: 1, base: 0, [.string("x")]), Self.column(key: 0, base: 0, [.int(0)])],
                          mentioning: "holds key 0 after key 1")
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 0, [.int(0)]), Self.column(key: 0, base: 2, [.int(2)])],
                          mentioning: "holds key 0 after key 0")
    }

    @Test func aColumnThatStartsOrEndsWithoutAValueIsRefused() throws {
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 0, [.int(0), .null])], mentioning: "start or end")
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 1, [.null, .int(2)])], mentioning: "start or end")
    }

    @Test func aColumnPastTheLastNodeIsRefused() throws {
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 2, [.int(2), .int(3)])], mentioning: "2 values from node 2 on, of 3 nodes")
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 3, [.int(3)])], mentioning: "node")
    }

    @Test func aColumnOfAnUnknownKeyOrWithAValueNoPropertyHoldsIsRefused() throws {
        try expectCorrupt(nodeColumns: [Self.column(key: 9, base: 0, [.int(0)])], mentioning: "property key")
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 0, [.node(0)])], mentioning: "only property values")
    }

    @Test func aColumnWhoseStringRunsPastItsEndIsRefused() throws {
        var column = Self.column(key: 1, base: 0, [.string("node 0")])
        column[column.count - 7] = 100  // the string's length: now past the section's end
        try expectCorrupt(nodeColumns: [Self.column(key: 0, base: 0, [.int(0)]), column], mentioning: "string bytes")
    }

    @Test func aHeaderThatMiscountsTheColumnsIsRefused() throws {
        let folder = try TemporaryFolder()
        try writeSnapshot(Self.smallGraph(), to: folder.path("g.trellis"))
        let bytes = try folder.bytes("g.trellis")
        var sections = try SnapshotBytes.sections(of: bytes)
        sections.removeAll { $0.kind == .relationshipProperties }
        var assembled = try SnapshotBytes.assemble(header: Array(bytes[0..<SnapshotFormat.headerSize]), sections: sections)
        // Header and trailer both claim one more section than there is.
        var header = try SnapshotHeader.decode(Array(assembled[0..<SnapshotFormat.headerSize]), path: "test")
        header.sectionCount += 1
        assembled.replaceSubrange(0..<SnapshotFormat.headerSize, with: header.encoded())
        var trailer = BinaryEncoder()
        trailer.writeBytes(SnapshotFormat.trailerMagic)
        trailer.writeUInt64(UInt64(assembled.count))
        trailer.writeUInt32(header.sectionCount)
        trailer.writeUInt32(CRC32C.checksum(trailer.bytes))
        assembled.replaceSubrange((assembled.count - SnapshotFormat.trailerSize)..., with: trailer.bytes)
        try folder.write(assembled, to: "g.trellis")
        let error = expectStorageError(StorageError.Code.corruptFile) { _ = try SnapshotReader(path: folder.path("g.trellis")).load() }
        #expect(error?.message.contains("holds 6 sections, but its header announces 7") == true, "\(error?.message ?? "")")
    }
}

/// Property columns of a version 2 snapshot are checked when it loads and decoded when first
/// used; property indexes of any snapshot are built when first read.
@Suite("Columns and indexes made on first use")
struct ColumnsDecodedOnFirstUseTests {
    static func loadedRandomGraph(seed: UInt64, in folder: TemporaryFolder) throws -> (expected: PropertyGraph, loaded: PropertyGraph) {
        var builder = RandomGraph(seed: seed)
        builder.run(statements: 60)
        try writeSnapshot(builder.graph, to: folder.path("g.trellis"))
        return (builder.graph, try SnapshotReader(path: folder.path("g.trellis")).load().graph)
    }

    @Test func aColumnIsDecodedByItsFirstReadAndNoOther() throws {
        let folder = try TemporaryFolder()
        let graph = SnapshotFormatTests.smallGraph()
        try writeSnapshot(graph, to: folder.path("g.trellis"))
        let (loaded, _) = try SnapshotReader(path: folder.path("g.trellis")).load()
        #expect(loaded.encodedColumnCount() == 3 && loaded.columnsLeftToDecode == 3)
        #expect(loaded.nodeProperty(2, loaded.keys.lookup("b")!) == .string("node 2"))
        #expect(loaded.encodedColumnCount() == 2 && loaded.columnsLeftToDecode == 2)
        #expect(loaded.nodeHasProperty(0, loaded.keys.lookup("a")!))
        #expect(!loaded.nodeHasProperty(1, loaded.keys.lookup("a")!))
        #expect(loaded.encodedColumnCount() == 1)
        #expect(loaded.relationshipProperty(1, loaded.keys.lookup("w")!) == .float(0.5))
        #expect(loaded.encodedColumnCount() == 0 && loaded.columnsLeftToDecode == 0)
        expectIdentical(graph, loaded)
    }

    @Test("changes to columns never read, and saving them unread", arguments: [UInt64(3), 4, 5])
    func changesAndSavingBeforeAnyRead(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let (expected, loaded) = try Self.loadedRandomGraph(seed: seed, in: folder)
        #expect(loaded.encodedColumnCount() > 0)
        // Saved again before anything read it, the graph gives the same bytes.
        try writeSnapshot(loaded, to: folder.path("again.trellis"))
        #expect(try folder.bytes("g.trellis") == folder.bytes("again.trellis"))
        // The same random changes made to the original and to the loaded graph leave them identical.
        let (_, fresh) = try Self.loadedRandomGraph(seed: seed, in: folder)
        var onExpected = RandomGraph(seed: seed &+ 1000, graph: expected)
        var onLoaded = RandomGraph(seed: seed &+ 1000, graph: fresh)
        onExpected.run(statements: 30)
        onLoaded.run(statements: 30)
        expectIdentical(expected, fresh)
    }

    @Test func manyThreadsReadingAtOnceSeeTheSameValues() throws {
        let folder = try TemporaryFolder()
        let (expected, loaded) = try Self.loadedRandomGraph(seed: 9, in: folder)
        let keys = Int32(0)..<Int32(loaded.keys.count)
        @Sendable func everything(_ graph: PropertyGraph) -> [String] {
            var seen: [String] = []
            for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) {
                for k in keys { seen.append("n\(n).\(k)=\(graph.nodeProperty(n, k).map { "\($0)" } ?? "-")") }
            }
            for r in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(r) {
                for k in keys { seen.append("r\(r).\(k)=\(graph.relationshipProperty(r, k).map { "\($0)" } ?? "-")") }
            }
            return seen
        }
        let want = everything(expected)
        #expect(loaded.encodedColumnCount() > 0)
        let results = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let seen = everything(loaded)
            results.withLock { $0.append(seen) }
        }
        #expect(loaded.encodedColumnCount() == 0 && loaded.columnsLeftToDecode == 0)
        #expect(results.withLock { $0.count } == 8)
        for seen in results.withLock({ $0 }) { #expect(seen == want) }
    }

    @Test("indexes built when first read, some before and some after changes", arguments: [UInt64(21), 22, 23, 24])
    func indexesBuiltWhenFirstRead(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        var expected = PropertyGraph(), loaded = PropertyGraph()
        // A seed whose graph keeps some index.
        var attempt = seed
        repeat {
            (expected, loaded) = try Self.loadedRandomGraph(seed: attempt, in: folder)
            attempt += 100
        } while expected.indexes.isEmpty
        #expect(loaded.unbuiltIndexCount() == loaded.indexes.count)
        var onExpected = RandomGraph(seed: seed &+ 1000, graph: expected)
        var onLoaded = RandomGraph(seed: seed &+ 1000, graph: loaded)
        var random = SeededGenerator(seed: seed)
        for _ in 0..<40 {
            onExpected.run(statements: 1)
            onLoaded.run(statements: 1)
            // Now and then one index is read (and so built) between changes.
            if Int.random(in: 0..<4, using: &random) == 0, let key = loaded.indexes.keys.randomElement(using: &random) {
                #expect(loaded.indexes[key]!.entries == expected.indexes[key]?.entries)
            }
        }
        expectIdentical(expected, loaded)
        #expect(loaded.unbuiltIndexCount() == 0)
    }

    @Test func manyThreadsReadingAnUnbuiltIndexAtOnceSeeTheSameEntries() throws {
        let folder = try TemporaryFolder()
        var expected = PropertyGraph(), loaded = PropertyGraph()
        var seed: UInt64 = 31
        repeat {
            (expected, loaded) = try Self.loadedRandomGraph(seed: seed, in: folder)
            seed += 100
        } while !expected.indexes.values.contains { !$0.entries.isEmpty }
        #expect(loaded.unbuiltIndexCount() == loaded.indexes.count)
        let want = expected.indexes.mapValues(\.entries)
        let indexes = loaded.indexes
        let seen = Mutex<[[IndexKey: [Value: [NodeID]]]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            var found: [IndexKey: [Value: [NodeID]]] = [:]
            for (key, entries) in want {
                var got: [Value: [NodeID]] = [:]
                for value in entries.keys { got[value] = indexes[key]!.lookup(value) }
                found[key] = got
            }
            seen.withLock { $0.append(found) }
        }
        #expect(loaded.unbuiltIndexCount() == 0)
        for found in seen.withLock({ $0 }) { #expect(found == want) }
    }

    @Test func anOpenedDatabaseDecodesItsColumnsInTheBackground() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        var builder: RandomGraph
        do {
            let store = try DatabaseStore(path: path)
            builder = RandomGraph(seed: 41, graph: store.graph)
            builder.run(statements: 40)
            for changes in builder.committed { try store.append(changes) }
            try store.checkpoint()
            store.close()
        }
        let store = try DatabaseStore(path: path, readOnly: true)
        defer { store.close() }
        // Nothing reads the graph here: only the background decoding can empty the count.
        let deadline = ContinuousClock.now + .seconds(20)
        while store.graph.columnsLeftToDecode > 0 && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(store.graph.columnsLeftToDecode == 0)
        #expect(store.graph.encodedColumnCount() == 0)
        expectIdentical(builder.graph, store.graph)
    }
}
