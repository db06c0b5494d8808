import TrellisCore
import TrellisGraph

/// A graph kept on disk: a snapshot of the whole graph, plus a journal of every statement
/// committed since that snapshot. See `Docs/storage.md` for the formats and the crash-safety
/// argument.
///
/// - Opening loads the snapshot and replays the journal, so the graph is exactly as the last
///   committed statement left it (ids included). A record torn by a crash is dropped and
///   reported in ``notices``; every record before it is kept.
/// - ``append(_:)`` journals one statement's changes and flushes them to disk before returning.
/// - ``checkpoint()`` writes a new snapshot and starts a new, empty journal, each step by
///   writing a temporary file and renaming it into place, so a crash at any point leaves a
///   database that opens to the same graph.
/// - Opened for writing, the store holds the writer's lock (``DatabaseFiles/lock``) until it is
///   closed: a second writer gets a `DatabaseLocked` error, whatever name (a symbolic link, a
///   path spelled another way) it opens the database by. Read-only stores take no lock.
/// - The files beside the database are never written through a symbolic link or a second name
///   (see ``DurableFile`` and ``FileLock``).
///
/// Calls are serialised internally, but the graph is not guarded here: the caller must not
/// change the graph during ``checkpoint()``, and must call ``append(_:)`` for statements in the
/// order they commit.
public final class DatabaseStore: @unchecked Sendable {
    /// The journal length past which ``checkpointIfJournalIsFull()`` writes a snapshot: 64 MiB.
    public static let defaultJournalLimit = 64 << 20

    /// Where the database's files are.
    public let files: DatabaseFiles
    /// Whether the store was opened read-only: it then refuses appends and checkpoints.
    public let isReadOnly: Bool
    /// The graph, as loaded (and as changed since by the caller).
    public let graph: PropertyGraph
    /// The journal length past which ``checkpointIfJournalIsFull()`` writes a snapshot; 0 or less never does.
    public let journalLimit: Int
    /// What opening found and repaired or ignored, one sentence each (e.g. a torn last journal record).
    public let notices: [String]

    private let serial = SerialLock()
    private var writerLock: FileLock?
    private var journal: Journal?
    private var snapshotHeader: SnapshotHeader
    /// Set when a write failed half-way: further writes are refused, with this reason.
    private var unavailable: String?
    /// The journal length at which the next automatic checkpoint is tried (pushed back after a failure).
    private var nextAutomaticCheckpoint: Int
    private var automaticCheckpointFailure: TrellisError?
    /// The last statement found on opening (what a read-only store reports).
    private let openedSequence: UInt64

    /// The path of the database file (the snapshot), as it was given. When it is a symbolic link,
    /// ``files`` are those of the file it links to.
    public let path: String

    /// Opens the database at `path`; opened for writing, a missing database is created (with an
    /// empty graph). Files are created owner-only (0600).
    /// - Throws: ``TrellisError`` of kind `StorageError` naming the file and what is wrong with it
    ///   (see ``StorageError/Code``), or `IOError` when the operating system refuses.
    public init(path: String, readOnly: Bool = false, journalLimit: Int = DatabaseStore.defaultJournalLimit) throws {
        let files = try DatabaseFiles.resolving(path, forWriting: !readOnly)
        let opened = readOnly ? try DatabaseStore.openForReading(files) : try DatabaseStore.openForWriting(files)
        self.path = path
        self.files = files
        self.isReadOnly = readOnly
        self.graph = opened.graph
        self.journalLimit = journalLimit
        self.notices = opened.notices
        self.writerLock = opened.lock
        self.journal = opened.journal
        self.snapshotHeader = opened.header
        self.openedSequence = opened.lastSequence
        self.nextAutomaticCheckpoint = journalLimit
        // Property values not decoded on opening are decoded now, beside the first statements.
        graph.decodeColumnsInBackground()
    }

    // MARK: - Facts

    /// The journal's length in bytes (0 when read-only).
    public var journalLength: Int { serial.withLock { journal?.length ?? 0 } }

    /// How many statements the journal holds.
    public var journalRecordCount: Int { serial.withLock { journal?.recordCount ?? 0 } }

    /// The sequence number of the last committed statement.
    public var lastCommitSequence: UInt64 { serial.withLock { journal?.lastSequence ?? openedSequence } }

    /// How many checkpoints the database has been through.
    public var generation: UInt64 { serial.withLock { snapshotHeader.generation } }

    /// Why the last automatic checkpoint failed, if it did (the journal then keeps growing; nothing is lost).
    public var lastAutomaticCheckpointFailure: TrellisError? { serial.withLock { automaticCheckpointFailure } }

    // MARK: - Writing

    /// Journals the changes of one committed statement and flushes them to disk. Nothing is written
    /// for an empty list. On failure nothing is journaled, and the caller must roll the statement back.
    public func append(_ changes: [ChangeRecord]) throws {
        guard !changes.isEmpty else { return }
        try serial.withLock {
            let journal = try writableJournal()
            var encoder = BinaryEncoder()
            encoder.writeChanges(changes)
            guard encoder.bytes.count <= Int(UInt32.max) else {
                throw StorageError.error(journal.path, StorageError.Code.corruptFile,
                                         "the statement changes too much to journal in one record (\(encoder.bytes.count) bytes, at most 4 GiB); split it")
            }
            do {
                try journal.append(encoder.bytes)
            } catch let failure as JournalWriteFailure {
                unavailable = "a journal write failed and could not be undone (\(failure.underlying))"
                throw failure.underlying
            }
        }
    }

    /// Writes a snapshot of the graph and starts a new, empty journal.
    ///
    /// The snapshot goes to a temporary file, which is flushed, renamed over the database file,
    /// and the folder flushed; then the new journal is put in place the same way. A crash before
    /// the first rename leaves the old snapshot and journal; a crash between the renames leaves the
    /// new snapshot and an old journal that opening checks to be contained in it (generation one
    /// less, intact, ending at the snapshot's last statement), and replaces.
    public func checkpoint() throws {
        try serial.withLock { try checkpointLocked() }
    }

    /// Whether the journal has grown past ``journalLimit`` (and past where a failed automatic
    /// checkpoint postponed the next one), so that ``checkpointIfJournalIsFull()`` would checkpoint.
    public var isJournalFull: Bool {
        serial.withLock { journalIsFull }
    }

    private var journalIsFull: Bool {
        guard journalLimit > 0, !isReadOnly, unavailable == nil, let journal else { return false }
        return journal.length > max(nextAutomaticCheckpoint, journalLimit)
    }

    /// Checkpoints when the journal has grown past ``journalLimit``. A failure does not throw
    /// (the statements are safe in the journal): it is kept in ``lastAutomaticCheckpointFailure``
    /// and the next attempt waits until the journal has grown by another half of the limit.
    /// - Returns: Whether a checkpoint was written.
    @discardableResult
    public func checkpointIfJournalIsFull() -> Bool {
        serial.withLock {
            guard journalIsFull, let journal else { return false }
            do {
                try checkpointLocked()
                automaticCheckpointFailure = nil
                nextAutomaticCheckpoint = journalLimit
                return true
            } catch {
                automaticCheckpointFailure = error as? TrellisError
                    ?? TrellisError(.ioError, StorageError.Code.fileSystem, "\(path): automatic checkpoint failed: \(error)")
                nextAutomaticCheckpoint = journal.length + max(journalLimit / 2, 1)
                return false
            }
        }
    }

    /// Releases the writer's lock and closes the journal; the store refuses writes afterwards.
    public func close() {
        serial.withLock {
            journal?.close()
            journal = nil
            writerLock?.release()
            writerLock = nil
            if unavailable == nil { unavailable = "the database was closed" }
        }
    }

    private func writableJournal() throws -> Journal {
        if isReadOnly { throw StorageError.readOnly(path) }
        if let unavailable {
            throw StorageError.error(path, StorageError.Code.journalUnavailable,
                                     "writes are refused because \(unavailable); reopen the database")
        }
        guard let journal else { throw StorageError.error(path, StorageError.Code.journalUnavailable, "the journal is not open") }
        return journal
    }

    private func checkpointLocked() throws {
        let oldJournal = try writableJournal()
        let next = SnapshotHeader(databaseID: snapshotHeader.databaseID, generation: snapshotHeader.generation + 1,
                                  lastSequence: oldJournal.lastSequence)
        do {
            try DatabaseStore.writeSnapshot(graph, header: next, files: files)
        } catch let failure as PlacementFailure {
            // The new snapshot is in place, but perhaps not durably: the old journal may or may
            // not be superseded, so appending to it could lose statements. Stop writing.
            unavailable = "a checkpoint failed after replacing the snapshot (\(failure.underlying))"
            throw failure.underlying
        }
        snapshotHeader = next
        do {
            let fresh = try Journal.create(path: files.journal, temporaryPath: files.temporaryJournal,
                                           header: JournalHeader(databaseID: next.databaseID, generation: next.generation,
                                                                 baseSequence: next.lastSequence))
            oldJournal.close()
            journal = fresh
            // The snapshot holds every symbol interned so far: later records need not define them.
            graph.markSymbolsRecorded()
        } catch {
            oldJournal.close()
            journal = nil
            unavailable = "a checkpoint failed while starting the new journal (\(error))"
            throw error
        }
    }

    // MARK: - Opening

    private struct Opened {
        var graph: PropertyGraph
        var header: SnapshotHeader
        var journal: Journal?
        var lock: FileLock?
        var notices: [String]
        var lastSequence: UInt64
    }

    private static func openForWriting(_ files: DatabaseFiles) throws -> Opened {
        // Check an existing file before creating anything beside it: naming the wrong file must
        // not leave a lock file behind.
        switch try DurableFile.kind(of: files.snapshot) {
        case .other: throw StorageError.notADatabase(files.snapshot, "it is not a regular file")
        case .symbolicLink: throw StorageError.unsafe(files.snapshot, "it became a symbolic link while it was being opened")
        case .regularFile: _ = try SnapshotReader.readHeader(path: files.snapshot)
        case .missing: try checkNoOrphanJournal(files)
        }
        // The lock comes before anything is written, and before what is read for good.
        let lock = try FileLock(path: files.lock, database: files.snapshot)
        try DurableFile.remove(files.temporarySnapshot)
        try DurableFile.remove(files.temporaryJournal)
        if try DurableFile.kind(of: files.snapshot) == .missing {
            try checkNoOrphanJournal(files)
            try createDatabase(PropertyGraph(), files: files)
        }
        // A second name (a hard link) would get a lock and a journal of its own: a second writer.
        let names = try DurableFile.linkCount(of: files.snapshot)
        if names > 1 {
            throw StorageError.unsafe(files.snapshot, "the database file has \(names) names (hard links); each name would get a journal and a writer of its own, and a checkpoint replaces the file under one name only, so it is not opened for writing (remove the other names; copy the files for a second database)")
        }
        let (graph, header) = try SnapshotReader(path: files.snapshot).load()
        var notices: [String] = []
        let journal: Journal
        let fresh = JournalHeader(databaseID: header.databaseID, generation: header.generation, baseSequence: header.lastSequence)
        switch try DurableFile.kind(of: files.journal) {
        case .other:
            throw StorageError.notADatabase(files.journal, "the journal is not a regular file")
        case .symbolicLink:
            throw StorageError.unsafe(files.journal, "the journal is a symbolic link, which Trellis does not follow for the files of a database")
        case .missing:
            journal = try Journal.create(path: files.journal, temporaryPath: files.temporaryJournal, header: fresh)
            if header.generation > 0 || header.lastSequence > 0 {
                notices.append("\(files.journal): the journal was missing; started a new one after the snapshot (statement \(header.lastSequence))")
            }
        case .regularFile:
            let existing = try Journal.readHeader(path: files.journal)
            try checkJournal(existing, belongsTo: header, files: files)
            if existing.generation < header.generation {
                let contained = try checkContained(existing, in: header, files: files)
                journal = try Journal.create(path: files.journal, temporaryPath: files.temporaryJournal, header: fresh)
                notices.append("\(files.journal): finished a checkpoint that had been interrupted: the old journal's \(contained) are all in the snapshot; started a new journal")
            } else {
                let scan = try Journal.scan(path: files.journal, writable: true) { sequence, payload in
                    try replay(payload, sequence: sequence, into: graph, journal: files.journal)
                }
                if let torn = scan.tornTail {
                    notices.append("\(files.journal): \(torn), as a write cut short by a crash leaves it; removed it and kept the \(scan.recordCount) records before it")
                }
                journal = scan.journal!
            }
        }
        graph.markSymbolsRecorded()
        return Opened(graph: graph, header: header, journal: journal, lock: lock, notices: notices, lastSequence: journal.lastSequence)
    }

    private static func openForReading(_ files: DatabaseFiles) throws -> Opened {
        switch try DurableFile.kind(of: files.snapshot) {
        case .missing: throw StorageError.notFound(files.snapshot)
        case .other: throw StorageError.notADatabase(files.snapshot, "it is not a regular file")
        case .regularFile, .symbolicLink: break
        }
        // A writer may checkpoint while we read: then the journal we find can be newer than the
        // snapshot we loaded, and we read both again.
        for _ in 0..<8 {
            let (graph, header) = try SnapshotReader(path: files.snapshot).load()
            switch try DurableFile.kind(of: files.journal) {
            case .missing:
                // What a writer would report; a checkpoint never leaves the journal missing, even for a moment.
                var notices: [String] = []
                if header.generation > 0 || header.lastSequence > 0 {
                    notices.append("\(files.journal): the journal is missing; showing the snapshot alone, up to statement \(header.lastSequence) (opening the database for writing starts a new journal)")
                }
                graph.markSymbolsRecorded()
                return Opened(graph: graph, header: header, journal: nil, lock: nil, notices: notices, lastSequence: header.lastSequence)
            case .other:
                throw StorageError.notADatabase(files.journal, "the journal is not a regular file")
            case .symbolicLink:
                throw StorageError.unsafe(files.journal, "the journal is a symbolic link, which Trellis does not follow for the files of a database")
            case .regularFile:
                break
            }
            let existing = try Journal.readHeader(path: files.journal)
            try checkJournal(existing, belongsTo: header, files: files, allowNewer: true)
            if existing.generation > header.generation { continue }
            if existing.generation < header.generation {
                let contained: String
                do {
                    contained = try checkContained(existing, in: header, files: files)
                } catch {
                    // A writer finishing the checkpoint may have replaced the journal meanwhile: read again.
                    if try Journal.readHeader(path: files.journal) != existing { continue }
                    throw error
                }
                graph.markSymbolsRecorded()
                let notice = "\(files.journal): the journal is from before the last checkpoint, which was interrupted; its \(contained) are all in the snapshot (opening the database for writing finishes the checkpoint)"
                return Opened(graph: graph, header: header, journal: nil, lock: nil, notices: [notice], lastSequence: header.lastSequence)
            }
            let scan = try Journal.scan(path: files.journal, writable: false) { sequence, payload in
                try replay(payload, sequence: sequence, into: graph, journal: files.journal)
            }
            if scan.header.generation != header.generation { continue }
            var notices: [String] = []
            if let torn = scan.tornTail {
                notices.append("\(files.journal): ignored the end of the journal: \(torn) (a write in progress, or cut short by a crash)")
            }
            graph.markSymbolsRecorded()
            return Opened(graph: graph, header: header, journal: nil, lock: nil, notices: notices, lastSequence: scan.lastSequence)
        }
        throw StorageError.error(files.journal, StorageError.Code.journalMismatch,
                                 "the journal stays newer than the snapshot beside it; the snapshot may have been replaced by an older copy")
    }

    private static func checkNoOrphanJournal(_ files: DatabaseFiles) throws {
        if try DurableFile.kind(of: files.journal) != .missing {
            throw StorageError.error(files.snapshot, StorageError.Code.journalMismatch,
                                     "the database file is missing but its journal \(files.journal) exists; restore the database file, or move the journal away to start afresh")
        }
    }

    /// Checks that a journal older than the snapshot holds nothing the snapshot lacks, as the old
    /// journal of a checkpoint interrupted between its two renames does: it follows the snapshot
    /// before (generation one less), all its records are intact, and its last statement is the
    /// snapshot's last. Anything else — a journal from another copy of the database, from further
    /// back, or damaged — may hold statements the snapshot lacks, and is a `JournalMismatch`.
    /// - Returns: What the journal holds, for the notice ("3 statements (12 to 14)").
    private static func checkContained(_ journal: JournalHeader, in snapshot: SnapshotHeader, files: DatabaseFiles) throws -> String {
        let mismatch = { (detail: String) in
            StorageError.error(files.journal, StorageError.Code.journalMismatch,
                               "the journal (generation \(journal.generation)) is older than the snapshot \(files.snapshot) (generation \(snapshot.generation)), but \(detail), so it may hold statements the snapshot lacks; it was left untouched (it may come from another copy of the database)")
        }
        guard journal.generation + 1 == snapshot.generation else {
            throw mismatch("it is not the journal of the snapshot before (generation \(snapshot.generation - 1))")
        }
        let scan = try Journal.scan(path: files.journal, writable: false) { _, _ in }
        guard scan.header == journal else { throw mismatch("it changed while it was being read") }
        if let torn = scan.tornTail {
            throw mismatch("its end is not intact (\(torn))")
        }
        guard scan.lastSequence == snapshot.lastSequence else {
            throw mismatch("its statements end at \(scan.lastSequence) where the snapshot's end at \(snapshot.lastSequence)")
        }
        let count = scan.recordCount
        return count == 0 ? "statements (none)" : "\(count) statement\(count == 1 ? "" : "s") (\(journal.baseSequence + 1) to \(scan.lastSequence))"
    }

    private static func checkJournal(_ journal: JournalHeader, belongsTo snapshot: SnapshotHeader, files: DatabaseFiles,
                                     allowNewer: Bool = false) throws {
        guard journal.databaseID == snapshot.databaseID else {
            throw StorageError.error(files.journal, StorageError.Code.journalMismatch,
                                     "the journal belongs to a different database than \(files.snapshot)")
        }
        if journal.generation == snapshot.generation, journal.baseSequence != snapshot.lastSequence {
            throw StorageError.error(files.journal, StorageError.Code.journalMismatch,
                                     "the journal starts after statement \(journal.baseSequence) but the snapshot ends at statement \(snapshot.lastSequence)")
        }
        if journal.generation < snapshot.generation, journal.baseSequence > snapshot.lastSequence {
            throw StorageError.error(files.journal, StorageError.Code.journalMismatch,
                                     "an older journal starts after the snapshot's last statement")
        }
        if journal.generation > snapshot.generation, !allowNewer {
            throw StorageError.error(files.journal, StorageError.Code.journalMismatch,
                                     "the journal (generation \(journal.generation)) is newer than the snapshot \(files.snapshot) (generation \(snapshot.generation)); the snapshot may have been replaced by an older copy")
        }
    }

    /// Decodes one journal record and applies its changes to `graph`.
    private static func replay(_ payload: [UInt8], sequence: UInt64, into graph: PropertyGraph, journal: String) throws {
        let changes: [ChangeRecord]
        do {
            let decoder = BinaryDecoder(bytes: payload)
            changes = try decoder.readChanges()
            if !decoder.isAtEnd { throw DecodingFailure("has \(decoder.remaining) bytes left over") }
        } catch let failure as DecodingFailure {
            throw StorageError.corrupt(journal, "statement \(sequence) in the journal does not decode: its record \(failure.message)")
        }
        for change in changes {
            do {
                try graph.apply(change)
            } catch {
                throw StorageError.corrupt(journal, "statement \(sequence) in the journal does not fit the snapshot: \(error.message)")
            }
        }
    }

    /// Writes `graph` as a new database file at `path`, with an empty journal beside it.
    /// Fails, writing nothing, when a file is already there: a copy never replaces a database.
    /// It holds the new database's writer's lock while it writes, so that nothing else creates or
    /// opens it meanwhile.
    public static func createCopy(of graph: PropertyGraph, at path: String) throws {
        let files = try DatabaseFiles.resolving(path, forWriting: true)
        let taken = { StorageError.error(path, "FileExists", "a file is already there; choose a new name (a saved copy never replaces a file)") }
        guard try DurableFile.kind(of: files.snapshot) == .missing else { throw taken() }
        try checkNoOrphanJournal(files)
        let lock = try FileLock(path: files.lock, database: files.snapshot)
        defer { lock.release() }
        guard try DurableFile.kind(of: files.snapshot) == .missing else { throw taken() }
        try checkNoOrphanJournal(files)
        try DurableFile.remove(files.temporarySnapshot)
        try DurableFile.remove(files.temporaryJournal)
        try createDatabase(graph, files: files)
    }

    /// Creates a new database holding `graph` where nothing is yet: the snapshot (placed without
    /// replacing anything), then an empty journal. The caller holds the lock.
    private static func createDatabase(_ graph: PropertyGraph, files: DatabaseFiles) throws {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        do {
            try writeSnapshot(graph, header: SnapshotHeader(databaseID: id, generation: 0, lastSequence: 0), files: files,
                              replacing: false)
        } catch let failure as PlacementFailure {
            throw failure.underlying
        }
        let journal = try Journal.create(path: files.journal, temporaryPath: files.temporaryJournal,
                                         header: JournalHeader(databaseID: id, generation: 0, baseSequence: 0))
        journal.close()
    }

    /// A step after the rename of a new snapshot failed.
    private struct PlacementFailure: Error {
        var underlying: any Error
    }

    /// Writes `graph` to the temporary snapshot, flushes it, renames it over the database file and
    /// flushes the folder. Fails with ``PlacementFailure`` when only the last step failed.
    /// With `replacing` false the snapshot goes where no file is (a new database) and never over one.
    private static func writeSnapshot(_ graph: PropertyGraph, header: SnapshotHeader, files: DatabaseFiles,
                                      replacing: Bool = true) throws {
        var header = header
        header.flags = graph.schema == .partnership ? SnapshotFormat.partnershipSchemaFlag : 0
        // A file left there is removed (not followed, if it is a link) and the temporary file made
        // afresh, so that writing it never reaches another file.
        try DurableFile.remove(files.temporarySnapshot)
        let file = try DurableFile.createNew(files.temporarySnapshot)
        do {
            try SnapshotWriter(file: file).write(graph, header: header)
            try file.sync()
            file.close()
            if replacing {
                try DurableFile.rename(files.temporarySnapshot, over: files.snapshot)
            } else {
                try DurableFile.placeNew(files.temporarySnapshot, at: files.snapshot)
            }
        } catch {
            file.close()
            try? DurableFile.remove(files.temporarySnapshot)
            throw error
        }
        do {
            try DurableFile.syncFolder(of: files.snapshot)
        } catch {
            throw PlacementFailure(underlying: error)
        }
    }
}
