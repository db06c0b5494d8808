import Foundation
import Testing
import Trellis
@testable import TrellisStorage

/// Only one writer at a time, in any process; readers alongside.
@Suite("Single writer")
struct LockTests {
    @Test func aSecondWriterInTheSameProcessIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let writer = try Database(path: path)
        try writer.execute("CREATE (:School {name: 'Padnell Junior School'})")
        let error = expectStorageError(StorageError.Code.databaseLocked) { _ = try Database(path: path) }
        #expect(error?.kind == .storageError)
        #expect(error?.message.contains(path) == true)
        #expect(error?.message.contains("already open for writing in this process") == true)
        // Readers may open it alongside, and see what the writer committed.
        let reader = try Database(path: path, readOnly: true)
        #expect(try reader.execute("MATCH (s:School) RETURN s.name").rows == [["Padnell Junior School"]])
        #expect(reader.isReadOnly)
        withExtendedLifetime(writer) {}
    }

    @Test func theLockIsReleasedWhenTheWriterGoes() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        do {
            let writer = try Database(path: path)
            try writer.execute("CREATE (:School)")
        }
        let next = try Database(path: path)
        #expect(try next.execute("MATCH (s:School) RETURN count(s)").rows == [[1]])
    }

    @Test(.enabled(if: ChildProcess.program != nil || programsAreRequired, "the trellis-crashwriter program has not been built"))
    func aWriterInAnotherProcessIsNamedByItsProcessID() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let child = try ChildProcess(["hold", path])
        #expect(child.waitFor("ready"), "\(child.errorOutput)")
        let error = expectStorageError(StorageError.Code.databaseLocked) { _ = try Database(path: path) }
        #expect(error?.message == "\(path): the database is in use by another process (pid \(child.processIdentifier)); only one writer at a time is allowed (open it read-only to read alongside)")
        // A read-only open is allowed alongside.
        #expect(try Database(path: path, readOnly: true).execute("MATCH (n) RETURN count(n)").rows == [[0]])
        child.closeInput()
        child.finish()
        #expect(child.terminationStatus == 0)
        _ = try Database(path: path)
    }

    @Test(.enabled(if: ChildProcess.program != nil || programsAreRequired, "the trellis-crashwriter program has not been built"))
    func aKilledWriterLeavesNoStaleLock() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let child = try ChildProcess(["hold", path])
        #expect(child.waitFor("ready"), "\(child.errorOutput)")
        child.kill()
        #expect(child.wasKilled)
        let database = try Database(path: path)
        try database.execute("CREATE ()")
    }

    @Test func aReadOnlyDatabaseRefusesChanges() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        try Database(path: path).execute("CREATE (:School {urn: 1})")
        let reader = try Database(path: path, readOnly: true)
        let journal = try folder.bytes("db.trellis.journal")
        for statement in ["CREATE (:School)", "MATCH (s:School) SET s.urn = 2", "MATCH (s) DETACH DELETE s",
                          "CREATE INDEX FOR (s:School) ON (s.urn)", "CHECKPOINT"] {
            let error = expectStorageError(StorageError.Code.readOnlyDatabase) { try reader.execute(statement) }
            #expect(error?.message.contains("read-only") == true)
        }
        expectStorageError(StorageError.Code.readOnlyDatabase) { try reader.checkpoint() }
        // Nothing changed, in memory or on disk; statements that change nothing still run.
        #expect(try reader.execute("MATCH (s:School) RETURN s.urn").rows == [[1]])
        #expect(try reader.execute("MATCH (s:Nobody) SET s.urn = 3").statistics == UpdateStatistics())
        #expect(try folder.bytes("db.trellis.journal") == journal)
        #expect(!folder.exists("db.trellis.snapshot-tmp"))
    }

    @Test func aMissingDatabaseIsNotCreatedReadOnly() throws {
        let folder = try TemporaryFolder()
        let error = expectStorageError(StorageError.Code.databaseNotFound) {
            _ = try Database(path: folder.path("missing.trellis"), readOnly: true)
        }
        #expect(error?.message.hasPrefix(folder.path("missing.trellis")) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
