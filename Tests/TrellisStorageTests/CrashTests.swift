import Foundation
import Testing
@testable import Trellis
import TrellisGraph
@testable import TrellisStorage

/// A writer killed with SIGKILL at random points (inside statements and their journal appends,
/// inside checkpoints, between them) loses no statement that had returned success, and shows no
/// statement that had not started; every statement is all there or not at all.
///
/// A SIGKILL seldom cuts a write to a file short (only a large one, between pages); a power cut
/// can at any byte. So when the statement in flight at the kill reached the journal, the test
/// sometimes cuts its record short at a random byte, as a power cut during the append would,
/// before reopening.
@Suite("Crash safety")
struct CrashTests {
    /// What the checks after one kill found.
    struct Check {
        var lastApplied: Int64
        var lost: Int
        var tornTails: Int
    }

    /// How many kills the test aims for, and the time it allows itself.
    static let targetKills = 60
    static let timeBudget: TimeInterval = 50

    @Test(.enabled(if: ChildProcess.program != nil || programsAreRequired, "the trellis-crashwriter program has not been built"))
    func killedWritersLoseNoCommittedStatement() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("crash.trellis")
        do {
            let db = try Database(path: path)
            try db.execute("CREATE (:Counter {last: 0})")
            try db.execute("CREATE INDEX FOR (e:Entry) ON (e.n)")
        }
        var random = SeededGenerator(seed: 0x5EED_2024)
        /// Node id of each entry whose write returned success, by number.
        var confirmed: [Int64: Int64] = [:]
        var next: Int64 = 1
        var kills = 0, lost = 0, tornTails = 0
        var killsInStatements = 0, killsInCheckpoints = 0, killsBetween = 0, inFlightJournaled = 0, cutShort = 0
        let started = Date()
        while kills < Self.targetKills && Date().timeIntervalSince(started) < Self.timeBudget {
            let child = try ChildProcess(["write", path, String(next), "1000000", String(random.next()), String(48 * 1024)])
            guard child.waitFor("ready") else {
                child.kill()
                Issue.record("the writer did not start: \(child.errorOutput)")
                return
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0.002...0.12, using: &random))
            child.kill()
            guard child.wasKilled else {
                Issue.record("the writer stopped by itself (status \(child.terminationStatus)): \(child.errorOutput)")
                return
            }
            kills += 1
            var lastBegun = next - 1
            for line in child.output {
                let words = line.split(separator: " ")
                if words.first == "begin", words.count == 2, let n = Int64(words[1]) { lastBegun = n }
                if words.first == "committed", words.count == 3, let n = Int64(words[1]), let id = Int64(words[2]) { confirmed[n] = id }
            }
            switch child.output.last?.split(separator: " ").first {
            case "begin": killsInStatements += 1
            case "checkpoint-begin": killsInCheckpoints += 1
            default: killsBetween += 1
            }
            if try Self.inFlightStatementReachedTheJournal(path, confirmed: confirmed, lastBegun: lastBegun) {
                inFlightJournaled += 1
                if Bool.random(using: &random), try Self.cutLastRecordShort(path, using: &random) { cutShort += 1 }
            }
            let check = try Self.verify(path, confirmed: confirmed, lastBegun: lastBegun)
            lost += check.lost
            tornTails += check.tornTails
            next = check.lastApplied + 1
        }
        let summary = "crash test: \(kills) kills (\(killsInStatements) inside statements, \(killsInCheckpoints) inside checkpoints, "
            + "\(killsBetween) between), \(confirmed.count) statements confirmed, \(lost) lost commits; "
            + "\(inFlightJournaled) kills came after the statement in flight reached the journal, \(cutShort) of whose records were then "
            + "cut short, and \(tornTails) torn journal tails were repaired on reopening"
        print(summary)
        #expect(kills >= 50, "\(summary)")
        #expect(lost == 0, "\(summary)")
        #expect(killsInStatements > 0 && killsInCheckpoints > 0, "\(summary)")
        // Every record the test cut short is a torn tail to repair. A kill can tear one too: Linux
        // stops a large write() to a file between pages when a fatal signal arrives, so a record
        // of tens of kilobytes can be left part-written. Either way the tail is repaired and no
        // confirmed statement is lost (checked above).
        #expect(tornTails >= cutShort && tornTails <= cutShort + kills, "\(summary)")

        // What the crashes left opens to the same graph from the journal and from a fresh snapshot.
        let replayed = try Database(path: path)
        let graph = replayed.engine.graph
        try replayed.checkpoint()
        replayed.store?.close()
        expectIdentical(graph, try Database(path: path, readOnly: true).engine.graph)
    }

    /// Whether the write begun last, whose success was not reported, is nevertheless in the database.
    static func inFlightStatementReachedTheJournal(_ path: String, confirmed: [Int64: Int64], lastBegun: Int64) throws -> Bool {
        guard confirmed[lastBegun] == nil else { return false }
        let rows = try Database(path: path, readOnly: true).execute("MATCH (c:Counter) RETURN c.last").rows
        return rows == [[.int(lastBegun)]]
    }

    /// Cuts the journal's last record short at a random byte; false when the journal has no record
    /// (a checkpoint took the statement into the snapshot) or is not the snapshot's current journal.
    static func cutLastRecordShort(_ path: String, using random: inout SeededGenerator) throws -> Bool {
        var start = JournalHeader.size, end = JournalHeader.size
        let scan = try Journal.scan(path: path + ".journal", writable: false) { _, payload in
            start = end
            end += JournalRecord.headerSize + payload.count
        }
        // A checkpoint interrupted between its two renames leaves a journal already in the snapshot: leave it.
        guard scan.recordCount > 0, scan.tornTail == nil,
              try SnapshotReader.readHeader(path: path).generation == scan.header.generation else { return false }
        let file = try DurableFile.openForWriting(path + ".journal")
        try file.truncate(to: start + Int.random(in: 1..<(end - start), using: &random))
        try file.sync()
        return true
    }

    /// Reopens the database after a kill and checks it against what the writer reported.
    static func verify(_ path: String, confirmed: [Int64: Int64], lastBegun: Int64,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Check {
        let db = try Database(path: path)
        let tornTails = db.notices.filter { $0.contains("removed it") }.count
        let counter = try db.execute("MATCH (c:Counter) RETURN c.last").rows
        guard counter.count == 1, case .int(let last)? = counter.first?.first else {
            Issue.record("the counter is gone: \(counter)", sourceLocation: sourceLocation)
            return Check(lastApplied: 0, lost: confirmed.count, tornTails: tornTails)
        }
        var present: [Int64: Int64] = [:]
        for row in try db.execute("MATCH (e:Entry) RETURN e.n, id(e)").rows {
            guard case .int(let n) = row[0], case .int(let id) = row[1] else { continue }
            #expect(present[n] == nil, "entry \(n) exists twice", sourceLocation: sourceLocation)
            present[n] = id
        }
        // Nothing that had not started: the counter and the entries stop at the last write begun.
        #expect(last <= lastBegun, "write \(last) is there but only \(lastBegun) had begun", sourceLocation: sourceLocation)
        #expect(present.keys.allSatisfy { $0 <= last }, "an entry beyond the counter \(last)", sourceLocation: sourceLocation)
        // Nothing lost: every confirmed write is there, with its id, unless a later write (also there) deleted it.
        var lost = 0
        for (n, id) in confirmed where n > last { lost += 1; _ = id }
        if last >= 1 {
            for n in 1...last {
                let deleted = n % 5 == 2 && n + 3 <= last
                if deleted {
                    #expect(present[n] == nil, "entry \(n) should have been deleted by write \(n + 3)", sourceLocation: sourceLocation)
                } else if let id = present[n] {
                    if let expected = confirmed[n] {
                        #expect(id == expected, "entry \(n) has id \(id), not \(expected)", sourceLocation: sourceLocation)
                    }
                } else {
                    Issue.record("entry \(n) is missing though the counter is at \(last)", sourceLocation: sourceLocation)
                    if confirmed[n] != nil { lost += 1 }
                }
            }
        }
        // Each entry hangs off the counter by exactly one relationship, and the index agrees with a scan.
        let linked = try db.execute("MATCH (:Counter)-[r:LOGGED]->(e:Entry) WHERE r.n = e.n RETURN count(r)").rows
        #expect(linked == [[.int(Int64(present.count))]], sourceLocation: sourceLocation)
        if let (n, id) = present.first {
            #expect(try db.execute("MATCH (e:Entry {n: $n}) RETURN id(e)", parameters: ["n": .int(n)]).rows == [[.int(id)]],
                    sourceLocation: sourceLocation)
        }
        return Check(lastApplied: last, lost: lost, tornTails: tornTails)
    }
}
