import Foundation
import Testing
import Trellis

/// Searches whose cost grows with the shape of the data: a path as long as the graph, and a
/// search that runs for ever without producing a row. Neither may exhaust the stack, and both
/// stop when told to.
@Suite("Long searches")
struct LongSearchTests {
    /// A chain of `length` nodes `(:C {i: 1})-[:NEXT]->(:C {i: 2})-> ...`.
    static func chain(_ length: Int) throws -> Database {
        let db = Database()
        try db.execute("CREATE INDEX FOR (c:C) ON (c.i)")
        try db.execute("UNWIND range(1, $n) AS i CREATE (:C {i: i})", parameters: ["n": .int(Int64(length))])
        try db.execute("MATCH (a:C) MATCH (b:C {i: a.i + 1}) CREATE (a)-[:NEXT]->(b)")
        return db
    }

    /// Five nodes, each with a relationship to every other: the trails (paths that use no
    /// relationship twice) from one node are too many to enumerate in any test's time.
    static func clique() throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(0, 4) AS i CREATE (:K {i: i})")
        try db.execute("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:R]->(b)")
        return db
    }

    /// At least 200 relationships: none of the trails qualifies (there are 20 relationships), so
    /// the search produces no row at all while it runs.
    static let searchWithoutRows = "MATCH (a:K {i: 0})-[*200..]->(b) RETURN count(b)"

    /// The depth-first search keeps its own stack: on a thread with a 512 KiB stack, a path of
    /// 20,000 relationships is followed to its end, in each direction and with the path bound.
    @Test func aPathAsLongAsTheGraphIsFollowedOnASmallStack() throws {
        let db = try Self.chain(20_000)
        let forward = try onSmallStack { try db.execute("MATCH (a:C {i: 1})-[*]->(b) RETURN count(b), max(b.i)") }
        #expect(forward.rows == [[.int(19_999), .int(20_000)]])
        let either = try onSmallStack { try db.execute("MATCH (a:C {i: 1})-[r*]-(b) RETURN count(*), max(size(r))") }
        #expect(either.rows == [[.int(19_999), .int(19_999)]])
        let toEnd = try onSmallStack { try db.execute("MATCH (a:C {i: 20000})<-[*]-(b:C {i: 1}) RETURN count(*)") }
        #expect(toEnd.rows == [[.int(1)]])
    }

    /// The search's order is unchanged: depth first, shorter paths before the longer ones that extend them.
    @Test func pathsComeDepthFirst() throws {
        let db = Database()
        try db.execute("CREATE (a:S {n: 'a'})-[:T]->(b:S {n: 'b'})-[:T]->(c:S {n: 'c'}), (a)-[:T]->(d:S {n: 'd'})")
        let rows = try db.execute("MATCH (:S {n: 'a'})-[*]->(x) RETURN x.n").rows
        #expect(rows == [["b"], ["c"], ["d"]])
    }

    /// A path longer than the limit the host set fails with `PathTooLong`, at any depth.
    @Test func thePathLengthLimitHoldsOnALongChain() throws {
        let db = try Self.chain(3_000)
        db.limits = StatementLimits(maxPathLength: 2_500)
        let error = try failure(db, "MATCH (a:C {i: 1})-[*]->(b) RETURN count(b)")
        #expect(error.code == "PathTooLong")
    }

    /// A timeout stops a search that produces no rows (it used to be checked only between rows).
    @Test func aTimeoutStopsASearchThatProducesNoRows() throws {
        let db = try Self.clique()
        db.limits = StatementLimits(timeout: 0.1)
        let started = Date()
        let error = try failure(db, Self.searchWithoutRows)
        #expect(error.kind == .limitExceeded && error.code == "Timeout")
        // The limit is 0.1 s; a shared machine may be slow to schedule the thread, hence the margin.
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// Once a long statement has ended and its database is let go, the database file can be
    /// opened for writing again at once: nothing that watched the statement keeps the database
    /// (and its writer's lock) alive.
    @Test func aDatabaseLetGoAfterALongStatementCanBeOpenedAgainAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("long.trellis").path
        try Database(path: path).execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})")
        for round in 1...10 {
            do {
                // A statement of many steps (90,000 rows), long enough to be watched.
                let db = try Database(path: path)
                #expect(try db.execute("MATCH (a:N), (b:N) RETURN count(*)").rows == [[.int(90_000)]])
            }
            #expect(throws: Never.self, "round \(round)") { _ = try Database(path: path) }
        }
    }

    /// `interrupt()` stops the same search soon after it is called.
    @Test func anInterruptStopsASearchThatProducesNoRows() async throws {
        let db = try Self.clique()
        let task = Task.detached { try await db.execute(Self.searchWithoutRows) }
        switch await InterruptTests.interruptingUntilItEnds(db, task) {
        case .success: Issue.record("the search finished instead of being interrupted")
        case .failure(let error): #expect((error as? TrellisError)?.kind == .cancelled)
        }
    }
}
