import Foundation
import Testing
@testable import Trellis
import TrellisGraph
@testable import TrellisStorage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files beside a database (lock, journal, temporaries) are never written through a symbolic
/// link or a second name, every name of a database leads to the same files and the same single
/// writer, and a journal is thrown away only when the snapshot provably holds all of it.
@Suite("File safety")
struct FileSafetyTests {
    /// A database at `db.trellis` with one statement in its journal, closed.
    static func makeDatabase(in folder: TemporaryFolder) throws -> String {
        let path = folder.path("db.trellis")
        let db = try Database(path: path)
        try db.execute("CREATE (:School {urn: 1})")
        db.store?.close()
        return path
    }

    static func symlink(_ target: String, at path: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    static func schools(_ db: Database) throws -> [[Value]] {
        try db.execute("MATCH (s:School) RETURN s.urn ORDER BY s.urn").rows
    }

    // MARK: - The lock file

    @Test func aLockFileLinkedToAnotherFileLeavesThatFileAlone() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let victim = Array("a file that is not Trellis's\n".utf8)
        try folder.write(victim, to: "victim.txt")
        try FileManager.default.removeItem(atPath: path + ".lock")
        try Self.symlink(folder.path("victim.txt"), at: path + ".lock")
        let error = expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(error?.message.contains("symbolic link") == true, "\(error?.message ?? "")")
        #expect(try folder.bytes("victim.txt") == victim)
        // Read-only needs no lock, and reads the database as it is.
        #expect(try Self.schools(try Database(path: path, readOnly: true)) == [[1]])
    }

    @Test func aLockFileLinkedToTheSnapshotLeavesTheSnapshotAlone() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try Database(path: path).checkpoint()
        let snapshot = try folder.bytes("db.trellis")
        try FileManager.default.removeItem(atPath: path + ".lock")
        try Self.symlink("db.trellis", at: path + ".lock")
        expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(try folder.bytes("db.trellis") == snapshot)
        // A hard link to the snapshot as lock file is refused too.
        try FileManager.default.removeItem(atPath: path + ".lock")
        try FileManager.default.linkItem(atPath: path, toPath: path + ".lock")
        let error = expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(error?.message.contains("2 names") == true, "\(error?.message ?? "")")
        #expect(try folder.bytes("db.trellis") == snapshot)
        try FileManager.default.removeItem(atPath: path + ".lock")
        #expect(try Self.schools(try Database(path: path)) == [[1]])
    }

    @Test func aLockFileThatIsAFolderOrAFIFOIsRefusedAtOnce() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try FileManager.default.removeItem(atPath: path + ".lock")
        try FileManager.default.createDirectory(atPath: path + ".lock", withIntermediateDirectories: false)
        #expect(throws: TrellisError.self) { _ = try Database(path: path) }
        try FileManager.default.removeItem(atPath: path + ".lock")
        #expect(mkfifo(path + ".lock", 0o600) == 0)
        let error = expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(error?.message.contains("not a regular file") == true, "\(error?.message ?? "")")
    }

    @Test func aLockFileHoldingSomethingElseIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let notes = Array("meeting notes, not a process id\n".utf8)
        try folder.write(notes, to: "db.trellis.lock")
        expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(try folder.bytes("db.trellis.lock") == notes)
        // A lock file left by a writer long gone (a process id, or nothing) is simply taken.
        try folder.write(Array("99999999\n".utf8), to: "db.trellis.lock")
        _ = try Database(path: path)
        try folder.write([], to: "db.trellis.lock")
        _ = try Database(path: path)
    }

    // MARK: - The journal and temporary files

    @Test func aJournalThatIsALinkIsNeverFollowed() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        // Even a link to a journal that would fit: appending would change another file.
        try FileManager.default.moveItem(atPath: path + ".journal", toPath: folder.path("moved.journal"))
        try Self.symlink(folder.path("moved.journal"), at: path + ".journal")
        let journal = try folder.bytes("moved.journal")
        for readOnly in [false, true] {
            expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path, readOnly: readOnly) }
        }
        #expect(try folder.bytes("moved.journal") == journal)
    }

    @Test func aJournalWithASecondNameIsNotWritten() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try FileManager.default.linkItem(atPath: path + ".journal", toPath: folder.path("backup.journal"))
        let journal = try folder.bytes("backup.journal")
        let error = expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: path) }
        #expect(error?.message.contains("hard links") == true, "\(error?.message ?? "")")
        #expect(try Self.schools(try Database(path: path, readOnly: true)) == [[1]])
        #expect(try folder.bytes("backup.journal") == journal)
    }

    @Test func temporaryFilesThatAreLinksAreReplacedNotWrittenThrough() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let victim = Array("precious\n".utf8)
        try folder.write(victim, to: "victim.txt")
        // Left before opening (opening removes them) ...
        try Self.symlink(folder.path("victim.txt"), at: path + ".snapshot-tmp")
        try Self.symlink(folder.path("victim.txt"), at: path + ".journal-tmp")
        let db = try Database(path: path)
        // ... and put there while the database is open, before a checkpoint.
        try Self.symlink(folder.path("victim.txt"), at: path + ".snapshot-tmp")
        try Self.symlink(folder.path("victim.txt"), at: path + ".journal-tmp")
        try db.execute("CREATE (:School {urn: 2})")
        try db.checkpoint()
        #expect(try folder.bytes("victim.txt") == victim)
        #expect(!folder.exists("db.trellis.snapshot-tmp") && !folder.exists("db.trellis.journal-tmp"))
        db.store?.close()
        #expect(try Self.schools(try Database(path: path)) == [[1], [2]])
        // A saved copy does not write through them either.
        try Self.symlink(folder.path("victim.txt"), at: folder.path("copy.trellis.snapshot-tmp"))
        try Self.symlink(folder.path("victim.txt"), at: folder.path("copy.trellis.journal-tmp"))
        try db.saveCopy(to: folder.path("copy.trellis"))
        #expect(try folder.bytes("victim.txt") == victim)
        #expect(try Self.schools(try Database(path: folder.path("copy.trellis"), readOnly: true)) == [[1], [2]])
    }

    // MARK: - One database, one writer, whatever it is called

    @Test func aSymbolicLinkToADatabaseGetsNoSecondWriter() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try Self.symlink("db.trellis", at: folder.path("alias.trellis"))
        let writer = try Database(path: path)
        let error = expectStorageError(StorageError.Code.databaseLocked) { _ = try Database(path: folder.path("alias.trellis")) }
        #expect(error?.message.contains("already open for writing") == true, "\(error?.message ?? "")")
        #expect(!folder.exists("alias.trellis.journal") && !folder.exists("alias.trellis.lock"))
        // Read-only through the link sees what the writer committed: the same journal.
        try writer.execute("CREATE (:School {urn: 2})")
        #expect(try Self.schools(try Database(path: folder.path("alias.trellis"), readOnly: true)) == [[1], [2]])
        writer.store?.close()
        // The other way round, and through a link to a link in another folder.
        try FileManager.default.createDirectory(atPath: folder.path("elsewhere"), withIntermediateDirectories: false)
        try Self.symlink("../alias.trellis", at: folder.path("elsewhere/second.trellis"))
        let viaLink = try Database(path: folder.path("elsewhere/second.trellis"))
        #expect(viaLink.path == folder.path("elsewhere/second.trellis"))
        expectStorageError(StorageError.Code.databaseLocked) { _ = try Database(path: path) }
        try viaLink.execute("CREATE (:School {urn: 3})")
        try viaLink.checkpoint()
        viaLink.store?.close()
        // Every file is the real database's; the links are still links.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("alias.trellis")) == "db.trellis")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("elsewhere")) == ["second.trellis"])
        #expect(!folder.exists("alias.trellis.journal"))
        #expect(try Self.schools(try Database(path: path)) == [[1], [2], [3]])
    }

    @Test func otherSpellingsOfThePathShareTheLock() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: false)
        let writer = try Database(path: path)
        // (Relative spellings are tried by Tests/Hostile/cases/files.sh: a test may not change the folder it runs in.)
        for spelling in [folder.path("sub") + "/../db.trellis", folder.url.path + "/./db.trellis", folder.url.path + "//db.trellis"] {
            expectStorageError(StorageError.Code.databaseLocked) { _ = try Database(path: spelling) }
        }
        withExtendedLifetime(writer) {}
    }

    @Test func aHardLinkedDatabaseIsNotOpenedForWriting() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        try FileManager.default.linkItem(atPath: path, toPath: folder.path("second.trellis"))
        let snapshot = try folder.bytes("db.trellis")
        for name in ["db.trellis", "second.trellis"] {
            let error = expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: folder.path(name)) }
            #expect(error?.message.contains("2 names (hard links)") == true, "\(error?.message ?? "")")
        }
        #expect(!folder.exists("second.trellis.journal"))
        #expect(try folder.bytes("db.trellis") == snapshot)
        #expect(try Self.schools(try Database(path: path, readOnly: true)) == [[1]])
        try FileManager.default.removeItem(atPath: folder.path("second.trellis"))
        #expect(try Self.schools(try Database(path: path)) == [[1]])
    }

    @Test func aLinkToNothingIsNotFollowedToCreateADatabase() throws {
        let folder = try TemporaryFolder()
        try Self.symlink(folder.path("target.trellis"), at: folder.path("alias.trellis"))
        expectStorageError(StorageError.Code.unsafeFile) { _ = try Database(path: folder.path("alias.trellis")) }
        expectStorageError(StorageError.Code.databaseNotFound) { _ = try Database(path: folder.path("alias.trellis"), readOnly: true) }
        #expect(!folder.exists("target.trellis") && !folder.exists("target.trellis.lock"))
        // A saved copy is not written through one either, nor over a database through a link.
        let db = Database()
        expectStorageError(StorageError.Code.unsafeFile) { try db.saveCopy(to: folder.path("alias.trellis")) }
        #expect(!folder.exists("target.trellis"))
        let path = try Self.makeDatabase(in: folder)
        try Self.symlink(path, at: folder.path("other.trellis"))
        let snapshot = try folder.bytes("db.trellis")
        expectStorageError("FileExists") { try db.saveCopy(to: folder.path("other.trellis")) }
        #expect(try folder.bytes("db.trellis") == snapshot)
    }

    // MARK: - Journals of other copies

    /// A database X and a copy Y of it (snapshot and journal); Y then gets `writes` statements
    /// and X `ownWrites`, and X is checkpointed.
    static func copies(in folder: TemporaryFolder, writes: Int, ownWrites: Int = 0) throws -> (x: String, y: String) {
        let x = try Self.makeDatabase(in: folder)
        let y = folder.path("y.trellis")
        try folder.write(try folder.bytes("db.trellis"), to: "y.trellis")
        try folder.write(try folder.bytes("db.trellis.journal"), to: "y.trellis.journal")
        let copy = try Database(path: y)
        for i in 0..<writes { try copy.execute("CREATE (:School {urn: \(100 + i)})") }
        copy.store?.close()
        let original = try Database(path: x)
        for i in 0..<ownWrites { try original.execute("CREATE (:School {urn: \(200 + i)})") }
        try original.checkpoint()
        original.store?.close()
        return (x, y)
    }

    @Test func aJournalFromAnotherCopyIsNotThrownAway() throws {
        let folder = try TemporaryFolder()
        let (x, _) = try Self.copies(in: folder, writes: 5)
        try folder.write(try folder.bytes("y.trellis.journal"), to: "db.trellis.journal")
        let journal = try folder.bytes("db.trellis.journal")
        for readOnly in [false, true] {
            let error = expectStorageError(StorageError.Code.journalMismatch) { _ = try Database(path: x, readOnly: readOnly) }
            #expect(error?.message.contains("may hold statements the snapshot lacks") == true, "\(error?.message ?? "")")
            #expect(error?.message.contains("interrupted") == false)
        }
        #expect(try folder.bytes("db.trellis.journal") == journal)
    }

    @Test func aJournalOlderThanTheSnapshotBeforeIsNotThrownAway() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let old = try folder.bytes("db.trellis.journal")
        let db = try Database(path: path)
        try db.checkpoint()
        try db.checkpoint()
        db.store?.close()
        try folder.write(old, to: "db.trellis.journal")
        for readOnly in [false, true] {
            let error = expectStorageError(StorageError.Code.journalMismatch) { _ = try Database(path: path, readOnly: readOnly) }
            #expect(error?.message.contains("not the journal of the snapshot before") == true, "\(error?.message ?? "")")
        }
        #expect(try folder.bytes("db.trellis.journal") == old)
    }

    @Test func anInterruptedCheckpointsJournalIsCheckedBeforeItIsReplaced() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let db = try Database(path: path)
        try db.execute("CREATE (:School {urn: 2})")
        let old = try folder.bytes("db.trellis.journal")
        try db.checkpoint()
        db.store?.close()
        // The old journal, whole: the checkpoint is finished, read-only says so too.
        try folder.write(old, to: "db.trellis.journal")
        let reader = try Database(path: path, readOnly: true)
        #expect(try Self.schools(reader) == [[1], [2]])
        #expect(reader.notices.count == 1 && reader.notices[0].contains("from before the last checkpoint"), "\(reader.notices)")
        // With a torn last record it is not provably the checkpoint's journal.
        try folder.write(Array(old.dropLast(3)), to: "db.trellis.journal")
        for readOnly in [false, true] {
            expectStorageError(StorageError.Code.journalMismatch) { _ = try Database(path: path, readOnly: readOnly) }
        }
        #expect(try folder.bytes("db.trellis.journal") == Array(old.dropLast(3)))
        try folder.write(old, to: "db.trellis.journal")
        let writer = try Database(path: path)
        #expect(writer.notices.count == 1 && writer.notices[0].contains("2 statements (1 to 2) are all in the snapshot"), "\(writer.notices)")
        #expect(try Self.schools(writer) == [[1], [2]])
    }

    @Test func aMissingOrUnreadableJournalIsReportedReadOnlyToo() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let db = try Database(path: path)
        try db.checkpoint()
        try db.execute("CREATE (:School {urn: 2})")
        db.store?.close()
        let journal = try folder.bytes("db.trellis.journal")
        try FileManager.default.removeItem(atPath: path + ".journal")
        let reader = try Database(path: path, readOnly: true)
        #expect(reader.notices.count == 1 && reader.notices[0].contains("the journal is missing"), "\(reader.notices)")
        #expect(!folder.exists("db.trellis.journal"))
        // A folder where the journal should be is an error, as when writing.
        try FileManager.default.createDirectory(atPath: path + ".journal", withIntermediateDirectories: false)
        for readOnly in [false, true] {
            expectStorageError(StorageError.Code.notADatabase) { _ = try Database(path: path, readOnly: readOnly) }
        }
        try FileManager.default.removeItem(atPath: path + ".journal")
        try folder.write(journal, to: "db.trellis.journal")
        if getuid() != 0 {
            #expect(chmod(path + ".journal", 0) == 0)
            expectStorageError(StorageError.Code.fileSystem) { _ = try Database(path: path, readOnly: true) }
            #expect(chmod(path + ".journal", 0o600) == 0)
        }
        #expect(try Self.schools(try Database(path: path, readOnly: true)) == [[1], [2]])
    }

    // MARK: - Damage in the last record

    /// A database whose journal holds `count` statements, and where each record starts.
    static func journaled(_ count: Int, in folder: TemporaryFolder) throws -> (path: String, starts: [Int]) {
        let path = folder.path("db.trellis")
        let db = try Database(path: path)
        for i in 0..<count { try db.execute("CREATE (:School {urn: \(i), name: 'School \(i)'})") }
        db.store?.close()
        let bytes = try folder.bytes("db.trellis.journal")
        var starts: [Int] = []
        var offset = JournalHeader.size
        while offset < bytes.count {
            starts.append(offset)
            offset += JournalRecord.headerSize + JournalRecord.parseHeader(bytes[offset..<(offset + 24)])!.payloadLength
        }
        return (path, starts)
    }

    @Test func aBitFlipInTheLastCompleteRecordIsDamageNotATornWrite() throws {
        let folder = try TemporaryFolder()
        let (path, starts) = try Self.journaled(3, in: folder)
        let journal = try folder.bytes("db.trellis.journal")
        let last = starts[2]
        // Every byte of the last record: its header (the length too) and its payload.
        for position in last..<journal.count {
            var damaged = journal
            damaged[position] ^= 0x08
            try folder.write(damaged, to: "db.trellis.journal")
            for readOnly in [false, true] {
                let error = expectStorageError(StorageError.Code.corruptFile) { _ = try DatabaseStore(path: path, readOnly: readOnly) }
                #expect(error?.message.contains("not a write cut short by a crash") == true, "byte \(position): \(error?.message ?? "")")
            }
            #expect(try folder.bytes("db.trellis.journal") == damaged, "byte \(position)")
        }
    }

    @Test func zerosAfterTheLastRecordAreATornTail() throws {
        let folder = try TemporaryFolder()
        let (path, starts) = try Self.journaled(2, in: folder)
        let journal = try folder.bytes("db.trellis.journal")
        // A record whose header is there but whose payload a file system left as zeros, and a
        // header partly written followed by zeros: both are writes cut short.
        var zeroed = journal
        for i in (starts[1] + JournalRecord.headerSize)..<zeroed.count { zeroed[i] = 0 }
        var partHeader = Array(journal[0..<(starts[1] + 10)])
        partHeader += Array(repeating: 0, count: 100)
        for bytes in [zeroed, partHeader] {
            try folder.write(bytes, to: "db.trellis.journal")
            let writer = try DatabaseStore(path: path)
            #expect(writer.journalRecordCount == 1, "\(writer.notices)")
            writer.close()
            #expect(try folder.bytes("db.trellis.journal") == Array(journal[0..<starts[1]]))
        }
    }

    // MARK: - Snapshot and journal headers

    /// `bytes` with the header checksum (the 4 bytes at 52) made right for bytes 0..<52.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let checksum = CRC32C.checksum(bytes[0..<52])
        for i in 0..<4 { bytes[52 + i] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt32(i))) }
        return bytes
    }

    @Test func damageInTheHeaderIsNotMistakenForANewerFormat() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let snapshot = try folder.bytes("db.trellis")
        for (offset, value) in [(8, UInt8(3)), (8, UInt8(0)), (12, UInt8(2)), (12, UInt8(4))] {
            var damaged = snapshot
            damaged[offset] = value
            try folder.write(damaged, to: "db.trellis")
            let error = expectStorageError(StorageError.Code.checksumMismatch) { _ = try DatabaseStore(path: path, readOnly: true) }
            #expect(error?.message.contains("checksum mismatch in the header") == true, "\(error?.message ?? "")")
        }
        // With a right checksum, an unknown flag is named as a flag, not as a version.
        var flagged = snapshot
        flagged[12] = 2
        try folder.write(Self.resealed(flagged), to: "db.trellis")
        let error = expectStorageError(StorageError.Code.unsupportedFormatVersion) { _ = try DatabaseStore(path: path, readOnly: true) }
        #expect(error?.message.contains("flag bits 0x00000002") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("format version 2") == false)
        // The same for the journal header.
        try folder.write(snapshot, to: "db.trellis")
        let journal = try folder.bytes("db.trellis.journal")
        var damaged = journal
        damaged[8] = 7
        try folder.write(damaged, to: "db.trellis.journal")
        expectStorageError(StorageError.Code.checksumMismatch) { _ = try DatabaseStore(path: path, readOnly: true) }
        damaged = journal
        damaged[12] = 1
        try folder.write(Self.resealed(damaged), to: "db.trellis.journal")
        let journalError = expectStorageError(StorageError.Code.unsupportedFormatVersion) { _ = try DatabaseStore(path: path, readOnly: true) }
        #expect(journalError?.message.contains("flag bits 0x00000001") == true, "\(journalError?.message ?? "")")
    }

    // MARK: - Output files

    @Test func outputNeverReplacesADatabaseOrItsJournal() throws {
        let folder = try TemporaryFolder()
        let path = try Self.makeDatabase(in: folder)
        let snapshot = try folder.bytes("db.trellis")
        let journal = try folder.bytes("db.trellis.journal")
        try Self.symlink(path + ".journal", at: folder.path("picture.dot"))
        let db = try Database(path: path)
        for target in [path, path + ".journal", folder.path("picture.dot")] {
            #expect(throws: TextFileWriter.WriteError.self) { _ = try TextFileWriter(path: target) }
        }
        #expect(try folder.bytes("db.trellis") == snapshot)
        #expect(try folder.bytes("db.trellis.journal") == journal)
        // Any other file is emptied and written, as before.
        try folder.write(Array(String(repeating: "old text\n", count: 100).utf8), to: "notes.txt")
        let writer = try TextFileWriter(path: folder.path("notes.txt"))
        try writer.write("new\n")
        try writer.close()
        #expect(try folder.bytes("notes.txt") == Array("new\n".utf8))
        withExtendedLifetime(db) {}
    }
}
