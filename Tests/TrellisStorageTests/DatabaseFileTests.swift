import Foundation
import Testing
@testable import Trellis
import TrellisGraph
@testable import TrellisStorage

/// `Database(path:)`: statements survive reopening exactly, checkpoints, permissions, and what
/// is (and is not) written when.
@Suite("Database files")
struct DatabaseFileTests {
    static func graph(_ database: Database) -> PropertyGraph { database.engine.graph }

    @Test func statementsSurviveReopeningWithTheSameIDs() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("partnerships.trellis")
        var ids: [QueryResult] = []
        let before: PropertyGraph
        do {
            let db = try Database(path: path)
            #expect(db.path == path && !db.isReadOnly && db.notices.isEmpty)
            try db.execute("CREATE (:School {name: 'Padnell Junior School', urn: 900101, fsm: 34.5, opened: date('1968-09-01')})")
            try db.execute("CREATE (:School {name: 'Harbour City Academy', urn: 900102})")
            try db.execute("MATCH (a {urn: 900101}) DETACH DELETE a")
            try db.execute("MATCH (s:School) CREATE (s)-[:MEMBER_OF {since: 2023}]->(:Partnership {name: 'Solent', at: datetime(), r: rand()})")
            try db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
            ids.append(try db.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN id(n), labels(n), properties(n), id(r) ORDER BY id(n)"))
            before = Self.graph(db)
        }
        let reopened = try Database(path: path)
        #expect(try reopened.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN id(n), labels(n), properties(n), id(r) ORDER BY id(n)").rows == ids[0].rows)
        expectIdentical(before, Self.graph(reopened))
        // Node 0 was deleted: its id is not given out again.
        #expect(try reopened.execute("CREATE (n) RETURN id(n)").rows == [[3]])
        #expect(try reopened.execute("EXPLAIN MATCH (s:School {urn: 900102}) RETURN s").plan?.contains("Index") == true)
    }

    @Test func rolledBackStatementsLeaveNoTraceAndGiveTheirIDsBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let db = try Database(path: path)
        try db.execute("CREATE (:School {urn: 1})")
        let journal = try folder.bytes("db.trellis.journal")
        // Fails after creating a node with a new label and key: rolled back, nothing journaled.
        #expect(throws: TrellisError.self) { try db.execute("CREATE (:Ghost {k: 1}) WITH 1 AS one RETURN 1 / 0") }
        #expect(try folder.bytes("db.trellis.journal") == journal)
        try db.execute("CREATE (:Real {urn: 2})")
        #expect(try db.execute("MATCH (n:Real) RETURN id(n)").rows == [[1]])
        let graph = Self.graph(db)
        let reopened = try Database(path: path, readOnly: true)
        expectIdentical(graph, Self.graph(reopened))
        // The label interned by the failed statement keeps its id in the file too.
        #expect(Self.graph(reopened).labels.names == graph.labels.names)
        #expect(graph.labels.names.contains("Ghost"))
    }

    @Test func readingAndChangingNothingWriteNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let db = try Database(path: path)
        try db.execute("CREATE (:School {urn: 1})")
        let journal = try folder.bytes("db.trellis.journal")
        let snapshot = try folder.bytes("db.trellis")
        try db.execute("MATCH (s) RETURN s")
        try db.execute("EXPLAIN MATCH (s) RETURN s")
        try db.execute("MATCH (s:Nobody) SET s.k = 1")
        try db.execute("MATCH (s:School) SET s.missing = null")
        try db.execute("MATCH (s:School) REMOVE s.nothing")
        #expect(try folder.bytes("db.trellis.journal") == journal)
        #expect(try folder.bytes("db.trellis") == snapshot)
        #expect(db.store?.journalRecordCount == 1)
    }

    @Test func valuesFromRandAndTheClockReplayExactly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let query = "MATCH (n) RETURN n.r, n.at, n.d, n.t ORDER BY n.r"
        let expected: [[Value]]
        do {
            let db = try Database(path: path)
            try db.execute("UNWIND range(1, 20) AS i CREATE ({r: rand(), at: datetime(), d: date(), t: localtime(), z: datetime({timezone: 'Europe/London'})})")
            expected = try db.execute(query).rows
        }
        let reopened = try Database(path: path)
        #expect(try reopened.execute(query).rows == expected)
        try reopened.checkpoint()
        #expect(try Database(path: path, readOnly: true).execute(query).rows == expected)
    }

    @Test func checkpointWritesASnapshotAndEmptiesTheJournal() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let db = try Database(path: path)
        for i in 1...20 { try db.execute("CREATE (:School {urn: $urn})", parameters: ["urn": .int(Int64(i))]) }
        #expect(try folder.bytes("db.trellis.journal").count > 20 * JournalRecord.headerSize)
        let result = try db.execute("CHECKPOINT")
        #expect(result.columns.isEmpty && result.statistics == UpdateStatistics())
        #expect(try folder.bytes("db.trellis.journal").count == JournalHeader.size)
        #expect(db.store?.generation == 1)
        #expect(db.store?.lastCommitSequence == 20)
        try db.execute("CREATE (:School {urn: 21})")
        try db.checkpoint()
        try db.execute("CREATE (:School {urn: 22})")
        #expect(db.store?.generation == 2)
        #expect(db.store?.lastCommitSequence == 22)
        let graph = Self.graph(db)
        let reader = try Database(path: path, readOnly: true)
        expectIdentical(graph, Self.graph(reader))
        #expect(reader.store?.lastCommitSequence == 22)
        // No temporary files are left behind.
        #expect(!folder.exists("db.trellis.snapshot-tmp") && !folder.exists("db.trellis.journal-tmp"))
    }

    @Test func checkpointInMemoryDoesNothing() throws {
        let db = Database()
        try db.execute("CREATE ()")
        try db.execute("CHECKPOINT")
        try db.checkpoint()
        #expect(db.path == nil)
        #expect(try db.execute("MATCH (n) RETURN count(n)").rows == [[1]])
    }

    @Test func theJournalIsCheckpointedAutomaticallyPastItsLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let db = try Database(path: path, journalLimit: 4096)
        for i in 1...200 {
            try db.execute("CREATE (:Review {n: $n, notes: 'evidence of impact on disadvantaged pupils'})", parameters: ["n": .int(Int64(i))])
        }
        let generation = try #require(db.store?.generation)
        #expect(generation >= 3)
        #expect(try folder.bytes("db.trellis.journal").count <= 4096 + 512)
        #expect(db.store?.lastAutomaticCheckpointFailure == nil)
        let graph = Self.graph(db)
        expectIdentical(graph, Self.graph(try Database(path: path, readOnly: true)))
        // A limit of 0 turns automatic checkpoints off.
        let unlimited = try Database(path: folder.path("other.trellis"), journalLimit: 0)
        for _ in 1...100 { try unlimited.execute("CREATE (:Review {notes: 'evidence of impact on disadvantaged pupils'})") }
        #expect(unlimited.store?.generation == 0)
    }

    @Test func filesAreOwnerOnly() throws {
        let folder = try TemporaryFolder()
        let db = try Database(path: folder.path("db.trellis"))
        try db.execute("CREATE (:School)")
        for name in ["db.trellis", "db.trellis.journal", "db.trellis.lock"] { #expect(try folder.permissions(name) == 0o600, "\(name)") }
        try db.checkpoint()
        for name in ["db.trellis", "db.trellis.journal", "db.trellis.lock"] { #expect(try folder.permissions(name) == 0o600, "\(name)") }
    }

    @Test func anInterruptedCheckpointIsFinishedOnOpening() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let graph: PropertyGraph
        do {
            let db = try Database(path: path)
            try db.execute("UNWIND range(1, 5) AS i CREATE (:School {urn: i})")
            try db.execute("MATCH (s:School {urn: 3}) DELETE s")
            let oldJournal = try folder.bytes("db.trellis.journal")
            try db.checkpoint()
            graph = Self.graph(db)
            db.store?.close()
            // As if the crash came after the new snapshot was renamed into place but before the
            // new journal was: the old journal (already contained in the snapshot) is still there,
            // and so are the temporary files.
            try folder.write(oldJournal, to: "db.trellis.journal")
            try folder.write(Array("partial".utf8), to: "db.trellis.snapshot-tmp")
            try folder.write(Array("partial".utf8), to: "db.trellis.journal-tmp")
        }
        let reader = try Database(path: path, readOnly: true)
        expectIdentical(graph, Self.graph(reader))
        let db = try Database(path: path)
        expectIdentical(graph, Self.graph(db))
        #expect(db.notices.count == 1 && db.notices[0].contains("finished a checkpoint that had been interrupted"))
        #expect(try folder.bytes("db.trellis.journal").count == JournalHeader.size)
        #expect(!folder.exists("db.trellis.snapshot-tmp") && !folder.exists("db.trellis.journal-tmp"))
    }

    @Test func aMissingJournalIsStartedAfresh() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE (:School)")
            try db.checkpoint()
        }
        try FileManager.default.removeItem(atPath: path + ".journal")
        let db = try Database(path: path)
        #expect(db.notices.count == 1 && db.notices[0].contains("journal was missing"))
        #expect(try db.execute("MATCH (s:School) RETURN count(s)").rows == [[1]])
        try db.execute("CREATE (:School)")
    }

    @Test func writersReadersAndCheckpointsAtOnce() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        let db = try Database(path: path, journalLimit: 8192)
        let failures = FailureCount()
        DispatchQueue.concurrentPerform(iterations: 6) { worker in
            for i in 0..<40 {
                do {
                    switch worker {
                    case 0, 1, 2:
                        try db.execute("CREATE (:Review {worker: $w, i: $i})", parameters: ["w": .int(Int64(worker)), "i": .int(Int64(i))])
                    case 3:
                        if i % 4 == 0 { try db.execute("CHECKPOINT") }
                    default:
                        _ = try db.execute("MATCH (r:Review) RETURN count(r)")
                    }
                } catch {
                    failures.add()
                }
            }
        }
        #expect(failures.value == 0)
        #expect(try db.execute("MATCH (r:Review) RETURN count(r)").rows == [[120]])
        let graph = Self.graph(db)
        expectIdentical(graph, Self.graph(try Database(path: path, readOnly: true)))
    }

    @Test func aCSVImportIsKeptInTheFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("csv"), withIntermediateDirectories: false)
        try folder.write(Array("urn:int,name\n900101,Padnell Junior School\n900102,Harbour City Academy\n".utf8), to: "csv/School.csv")
        let path = folder.path("db.trellis")
        let graph: PropertyGraph
        do {
            let db = try Database(path: path)
            try db.execute("CREATE (:Authority {code: 850})")
            _ = try db.importCSV(folder: folder.path("csv"))
            #expect(db.store?.generation == 1)
            graph = Self.graph(db)
        }
        let reopened = try Database(path: path, readOnly: true)
        expectIdentical(graph, Self.graph(reopened))
        #expect(try reopened.execute("MATCH (s:School) RETURN s.name ORDER BY s.urn").rows == [["Padnell Junior School"], ["Harbour City Academy"]])
        // Read-only, the import is refused and nothing changes.
        #expect(throws: TrellisError.self) { _ = try reopened.importCSV(folder: folder.path("csv")) }
        #expect(try reopened.execute("MATCH (s:School) RETURN count(s)").rows == [[2]])
    }

    @Test func aDatabaseInAMissingFolderIsAClearError() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing/db.trellis")
        let error = expectStorageError(StorageError.Code.fileSystem) { _ = try Database(path: path) }
        #expect(error?.kind == .ioError)
        #expect(error?.message.hasPrefix(path) == true)
        #expect(error?.message.contains("the folder \(folder.path("missing")) does not exist") == true, "\(error?.message ?? "")")
    }

    @Test func aTornJournalRecordIsReportedThroughTheDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.trellis")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE (:School {urn: 1})")
            try db.execute("CREATE (:School {urn: 2})")
        }
        let journal = try folder.bytes("db.trellis.journal")
        try folder.write(Array(journal.dropLast(5)), to: "db.trellis.journal")
        let db = try Database(path: path)
        #expect(db.notices.count == 1)
        #expect(db.notices.first?.hasPrefix(path + ".journal: record 2 at byte") == true)
        #expect(try db.execute("MATCH (s:School) RETURN s.urn").rows == [[1]])
        try db.execute("CREATE (:School {urn: 3})")
        #expect(try Database(path: path, readOnly: true).execute("MATCH (s:School) RETURN s.urn ORDER BY s.urn").rows == [[1], [3]])
    }
}

/// Counts failures from several threads.
final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
