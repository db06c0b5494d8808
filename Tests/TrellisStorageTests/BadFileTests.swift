import Foundation
import Testing
import TrellisCore
import TrellisGraph
@testable import TrellisStorage

/// Damaged, foreign and future files get clear errors naming the file and what is wrong,
/// never a crash, and are never written to.
@Suite("Bad files")
struct BadFileTests {
    /// A database with a few of everything, checkpointed so that every snapshot section has content,
    /// plus a journal of `journaled` statements after the checkpoint.
    static func makeDatabase(in folder: TemporaryFolder, journaled: Int = 3) throws -> String {
        let path = folder.path("db.trellis")
        let store = try DatabaseStore(path: path)
        var builder = RandomGraph(seed: 42, graph: store.graph)
        builder.run(statements: 30)
        for changes in builder.committed { try store.append(changes) }
        store.graph.beginStatement(recordingChanges: true)
        store.graph.createIndex(IndexKey(label: store.graph.internLabel("School"), key: store.graph.internKey("urn")))
        try store.append(store.graph.pendingChanges())
        store.graph.commitStatement()
        try store.checkpoint()
        for i in 0..<journaled {
            store.graph.beginStatement(recordingChanges: true)
            var properties = PropertyList()
            properties.set(store.graph.internKey("urn"), .int(Int64(900_100 + i)))
            store.graph.createNode(labels: [store.graph.internLabel("School")], properties: properties)
            try store.append(store.graph.pendingChanges())
            store.graph.commitStatement()
        }
        store.close()
        return path
    }

    /// Where the first section of each kind in a snapshot lies: its header's offset and its
    /// payload's offset and length.
    static func sections(of bytes: [UInt8]) throws -> [SnapshotFormat.Section: (header: Int, payload: Int, length: Int)] {
        var result: [SnapshotFormat.Section: (header: Int, payload: Int, length: Int)] = [:]
        for section in try SnapshotBytes.sections(of: bytes) where result[section.kind] == nil {
            result[section.kind] = (section.header, section.payload, section.length)
        }
        return result
    }

    /// Opens `path` for writing and read-only, expecting `code` both times, and checks that no file changed.
    static func expectRefused(_ path: String, _ code: String, mentioning phrases: [String], in folder: TemporaryFolder,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let names = ["db.trellis", "db.trellis.journal"].filter { folder.exists($0) }
        let before = try names.map { try folder.bytes($0) }
        for readOnly in [false, true] {
            let error = expectStorageError(code, sourceLocation: sourceLocation) {
                _ = try DatabaseStore(path: path, readOnly: readOnly)
            }
            for phrase in phrases {
                #expect(error?.message.contains(phrase) == true, "\(error?.message ?? "no error") lacks '\(phrase)'",
                        sourceLocation: sourceLocation)
            }
        }
        #expect(try names.map { try folder.bytes($0) } == before, "a damaged file was written to", sourceLocation: sourceLocation)
    }

    // MARK: - Snapshots

    @Test func aFileThatIsNotASnapshot() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        try folder.write(Array("MATCH (s:School) RETURN s;\n".utf8), to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.notADatabase, mentioning: [path, "not a Trellis database", "TRELLIS signature"], in: folder)
        // Nothing was created beside it.
        #expect(!folder.exists("db.trellis.lock"))
        #expect(!folder.exists("db.trellis.journal"))
    }

    @Test func anEmptyFile() throws {
        let folder = try TemporaryFolder()
        try folder.write([], to: "db.trellis")
        try Self.expectRefused(folder.path("db.trellis"), StorageError.Code.notADatabase, mentioning: ["empty"], in: folder)
    }

    @Test func aFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("db.trellis"), withIntermediateDirectories: false)
        expectStorageError(StorageError.Code.notADatabase) { _ = try DatabaseStore(path: folder.path("db.trellis")) }
    }

    @Test func aNewerFormatVersion() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis")
        bytes[8] = UInt8(SnapshotFormat.version + 1)
        try folder.write(FileSafetyTests.resealed(bytes), to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.unsupportedFormatVersion,
                               mentioning: [path, "format version \(SnapshotFormat.version + 1)", "newer"], in: folder)
    }

    @Test("a damaged section is a checksum mismatch naming the section", arguments: SnapshotFormat.Section.allCases)
    func aDamagedSection(kind: SnapshotFormat.Section) throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis")
        let section = try #require(try Self.sections(of: bytes)[kind])
        #expect(section.length > 0)
        for position in [section.payload, section.payload + section.length / 2, section.payload + section.length - 1] {
            var damaged = bytes
            damaged[position] ^= 0x5A
            try folder.write(damaged, to: "db.trellis")
            try Self.expectRefused(path, StorageError.Code.checksumMismatch,
                                   mentioning: [path, "checksum mismatch in section '\(kind.name)'", "left untouched"], in: folder)
        }
        // A damaged checksum is a mismatch too.
        bytes[section.payload + section.length] ^= 0x01
        try folder.write(bytes, to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.checksumMismatch, mentioning: ["section '\(kind.name)'"], in: folder)
    }

    @Test func aDamagedHeader() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis")
        bytes[20] ^= 0xFF  // inside the database id
        try folder.write(bytes, to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.checksumMismatch, mentioning: ["checksum mismatch in the header"], in: folder)
    }

    @Test func aDamagedSectionLength() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis")
        let nodes = try #require(try Self.sections(of: bytes)[.nodes])
        bytes[nodes.header + 8 + 6] = 0x40  // a length far beyond the file
        try folder.write(bytes, to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.corruptFile, mentioning: ["section 'nodes'", "runs past the end"], in: folder)
    }

    @Test func aSnapshotCutShort() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let bytes = try folder.bytes("db.trellis")
        for length in [bytes.count - 1, bytes.count - 24, bytes.count / 2, 60, 56, 30, 8, 3] {
            try folder.write(Array(bytes[0..<length]), to: "db.trellis")
            let code = length < 8 ? StorageError.Code.notADatabase : StorageError.Code.truncatedFile
            try Self.expectRefused(path, code, mentioning: [path], in: folder)
        }
    }

    @Test func garbageAfterTheSnapshot() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try folder.write(try folder.bytes("db.trellis") + Array(repeating: 0, count: 100), to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.truncatedFile, mentioning: ["end marker"], in: folder)
    }

    @Test func randomDamageNeverCrashes() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 0)
        let original = try folder.bytes("db.trellis")
        var random = SeededGenerator(seed: 77)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if bytes == original { continue }
            try folder.write(bytes, to: "db.trellis")
            do {
                _ = try DatabaseStore(path: path, readOnly: true)
                Issue.record("damaged snapshot opened")
            } catch let error as TrellisError {
                #expect(error.kind == .storageError)
                #expect(error.message.hasPrefix(path))
            }
        }
    }

    // MARK: - Journals

    @Test func aJournalThatIsNotAJournal() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try folder.write(Array("not a journal at all, just some text".utf8), to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.notADatabase, mentioning: [path + ".journal", "TRELJNL"], in: folder)
    }

    @Test func aJournalOfANewerFormatVersion() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis.journal")
        bytes[8] = 9
        try folder.write(FileSafetyTests.resealed(bytes), to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.unsupportedFormatVersion, mentioning: [path + ".journal", "format version 9"], in: folder)
    }

    @Test func aJournalWithADamagedHeader() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        var bytes = try folder.bytes("db.trellis.journal")
        bytes[33] ^= 0x10  // inside the generation
        try folder.write(bytes, to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.checksumMismatch, mentioning: ["checksum mismatch in the journal header"], in: folder)
    }

    @Test func aJournalOfAnotherDatabase() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let other = try DatabaseStore(path: folder.path("other.trellis"))
        other.close()
        try folder.write(try folder.bytes("other.trellis.journal"), to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.journalMismatch, mentioning: ["belongs to a different database"], in: folder)
    }

    @Test func aJournalWithoutItsSnapshot() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try FileManager.default.removeItem(atPath: path)
        let journal = try folder.bytes("db.trellis.journal")
        expectStorageError(StorageError.Code.journalMismatch) { _ = try DatabaseStore(path: path) }
        expectStorageError(StorageError.Code.databaseNotFound) { _ = try DatabaseStore(path: path, readOnly: true) }
        #expect(!folder.exists("db.trellis"))
        #expect(try folder.bytes("db.trellis.journal") == journal)
    }

    @Test func aSnapshotOlderThanItsJournal() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 0)
        let olderSnapshot = try folder.bytes("db.trellis")
        let store = try DatabaseStore(path: path)
        try store.checkpoint()
        store.close()
        try folder.write(olderSnapshot, to: "db.trellis")
        try Self.expectRefused(path, StorageError.Code.journalMismatch, mentioning: ["newer than the snapshot"], in: folder)
    }

    @Test func damageInsideTheJournalIsNotMistakenForATornTail() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 5)
        var bytes = try folder.bytes("db.trellis.journal")
        // The second record's payload.
        let first = JournalRecord.parseHeader(bytes[JournalHeader.size..<(JournalHeader.size + 24)])!
        let second = JournalHeader.size + 24 + first.payloadLength
        bytes[second + 24 + 3] ^= 0x21
        try folder.write(bytes, to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.corruptFile,
                               mentioning: [path + ".journal", "checksum mismatch in record 2", "not a write cut short by a crash"], in: folder)
        // So is a damaged record header in the middle.
        bytes = try folder.bytes("db.trellis.journal")
        bytes[second + 24 + 3] ^= 0x21
        bytes[second + 5] ^= 0x01
        try folder.write(bytes, to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.corruptFile, mentioning: ["the header of record 2", "not a write cut short by a crash"], in: folder)
    }

    @Test func aTornLastRecordIsRemovedAndEverythingBeforeItKept() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 4)
        let journal = try folder.bytes("db.trellis.journal")
        let complete = try DatabaseStore(path: path, readOnly: true).graph
        // Where the last record starts.
        var offset = JournalHeader.size
        var starts: [Int] = []
        while offset < journal.count {
            starts.append(offset)
            offset += 24 + JournalRecord.parseHeader(journal[offset..<(offset + 24)])!.payloadLength
        }
        let lastStart = try #require(starts.last)
        #expect(starts.count == 4)
        for length in (lastStart + 1)..<journal.count {
            try folder.write(Array(journal[0..<length]), to: "db.trellis.journal")
            // Read-only: the tail is ignored, the file left as it is.
            let reader = try DatabaseStore(path: path, readOnly: true)
            #expect(reader.graph.liveNodeCount == complete.liveNodeCount - 1)
            #expect(reader.notices.count == 1 && reader.notices[0].contains("ignored the end of the journal"))
            #expect(try folder.bytes("db.trellis.journal").count == length)
            // Writing: the tail is cut off and reported; the three records before it stay.
            let writer = try DatabaseStore(path: path)
            #expect(writer.graph.liveNodeCount == complete.liveNodeCount - 1)
            #expect(writer.journalRecordCount == 3)
            #expect(writer.notices.count == 1 && writer.notices[0].contains("kept the 3 records before it"), "\(writer.notices)")
            writer.close()
            #expect(try folder.bytes("db.trellis.journal") == Array(journal[0..<lastStart]))
        }
    }

    @Test func aLastRecordWithAChecksumMismatchIsDamageButZerosAfterItAreATornTail() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 2)
        let journal = try folder.bytes("db.trellis.journal")
        // A complete record with a wrong checksum was not cut short by a crash: it is damage.
        var damaged = journal
        damaged[damaged.count - 2] ^= 0x44
        try folder.write(damaged, to: "db.trellis.journal")
        try Self.expectRefused(path, StorageError.Code.corruptFile,
                               mentioning: ["checksum mismatch in record 2", "the record is complete", "not a write cut short by a crash"], in: folder)
        // Zeros after the last record (as a file system may leave after a crash) are dropped.
        try folder.write(journal + Array(repeating: 0, count: 4096), to: "db.trellis.journal")
        let again = try DatabaseStore(path: path)
        #expect(again.journalRecordCount == 2)
        #expect(again.notices.count == 1)
        again.close()
        #expect(try folder.bytes("db.trellis.journal") == journal)
    }

    @Test func aJournalRecordThatDoesNotFitIsAnErrorNotATruncation() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder, journaled: 1)
        // A valid record (right checksums) whose change names a node that does not exist.
        var encoder = BinaryEncoder()
        encoder.writeChanges([.deleteNode(1_000_000)])
        let header = try Journal.readHeader(path: path + ".journal")
        let scan = try Journal.scan(path: path + ".journal", writable: false) { _, _ in }
        let record = JournalRecord.frame(sequence: scan.lastSequence + 1, payload: encoder.bytes)
        try folder.write(try folder.bytes("db.trellis.journal") + record, to: "db.trellis.journal")
        #expect(header.generation == 1)
        try Self.expectRefused(path, StorageError.Code.corruptFile, mentioning: ["does not fit the snapshot", "node 1000000 does not exist"], in: folder)
    }
}
