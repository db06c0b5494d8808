import Foundation
import Testing
import Trellis

@Suite("Cursors: rows read while the statement runs")
struct RowCursorTests {
    func numbers(_ n: Int) throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(1, \(n)) AS i CREATE (:N {i: i})")
        return db
    }

    @Test func readsEveryRowInOrderThenNil() throws {
        let db = try numbers(1000)
        let cursor = try db.cursor("MATCH (n:N) WHERE n.i % $k = 0 RETURN n.i AS i ORDER BY i", parameters: ["k": 3])
        #expect(cursor.columns == ["i"])
        var seen: [Int] = []
        while let row = try cursor.next() { seen.append(try row["i", as: Int.self]) }
        #expect(seen == Array(stride(from: 3, through: 1000, by: 3)))
        #expect(try cursor.next() == nil)
    }

    @Test func holdsOnlyAFewRowsAheadOfTheReader() throws {
        let db = try numbers(10)
        // 10^6 rows: produced only as fast as they are read; stopping early stops the statement.
        let cursor = try db.cursor("MATCH (a:N), (b:N), (c:N), (d:N), (e:N), (f:N) RETURN a.i + b.i AS s")
        var count = 0
        while count < 500, try cursor.next() != nil { count += 1 }
        cursor.close()
        #expect(count == 500)
        #expect(throws: TrellisError.self) { try cursor.next() }
        // The read lock is released: a write goes ahead.
        try db.execute("CREATE (:N {i: 11})")
        #expect(try db.execute("MATCH (n:N) RETURN count(*)").rows == [[11]])
    }

    @Test func droppingACursorReleasesTheDatabase() throws {
        let db = try numbers(20)
        do {
            let cursor = try db.cursor("MATCH (a:N), (b:N), (c:N), (d:N) RETURN a.i")
            _ = try cursor.next()
        }
        try db.execute("CREATE (:N {i: 21})")
        #expect(try db.execute("MATCH (n:N) RETURN count(*)").rows == [[21]])
    }

    @Test func errorsInTheTextComeFromCursorAndRuntimeErrorsAtTheirRow() throws {
        let db = try numbers(5)
        let syntax = try #require(throws: TrellisError.self) { try db.cursor("MATCH (n:N RETURN n") }
        #expect(syntax.kind == .syntaxError)
        let cursor = try db.cursor("UNWIND [1, 2, 3, 4] AS i RETURN 10 / (3 - i) AS q")
        #expect(try cursor.next()?["q", as: Int.self] == 5)
        #expect(try cursor.next()?["q", as: Int.self] == 10)
        let error = try #require(throws: TrellisError.self) { _ = try cursor.next() }
        #expect(error.kind == .arithmeticError)
    }

    @Test func aWritingStatementCommitsBeforeItsRowsAreRead() throws {
        let db = Database()
        let cursor = try db.cursor("UNWIND range(1, 3) AS i CREATE (n:N {i: i}) RETURN n.i AS i")
        #expect(try db.execute("MATCH (n:N) RETURN count(*)").rows == [[3]])
        #expect(try cursor.all().map { try $0["i", as: Int.self] } == [1, 2, 3])
        #expect(cursor.statistics.nodesCreated == 3)
    }

    @Test func rowsCarryTheirNodes() throws {
        let db = try numbers(3)
        let cursor = try db.cursor("MATCH (n:N) RETURN n ORDER BY n.i")
        let nodes = try cursor.all().map { try $0["n", as: NodeSnapshot.self] }
        #expect(nodes.map { $0.properties["i"] } == [1, 2, 3])
    }

    @Test func iteratesInAsyncCode() async throws {
        let db = try numbers(100)
        var total = 0
        for try await row in try await db.cursor("MATCH (n:N) RETURN n.i AS i") {
            total += try row["i", as: Int.self]
        }
        #expect(total == 5050)
    }

    @Test func cancellingTheTaskStopsTheStatement() async throws {
        let db = try numbers(30)
        let task = Task {
            var count = 0
            for try await _ in try await db.cursor("MATCH (a:N), (b:N), (c:N), (d:N), (e:N) RETURN a.i") {
                count += 1
                if count == 10 { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return count
        }
        let outcome = await task.result
        #expect(throws: TrellisError.self) { try outcome.get() }
        try await db.execute("CREATE (:N {i: 31})")
        #expect(try await db.execute("MATCH (n:N) RETURN count(*)").rows == [[31]])
    }

    @Test func aWriterWaitsForAnOpenCursorWhichSeesOneStateOfTheGraph() async throws {
        let db = try numbers(1000)
        let cursor = try await db.cursor("MATCH (n:N) RETURN n.i AS i")
        let writer = Task { try await db.execute("UNWIND range(1, 100) AS i CREATE (:N {i: 1000 + i})") }
        try await Task.sleep(for: .milliseconds(100))
        #expect(try cursor.all().count == 1000)
        _ = try await writer.value
        #expect(try await db.execute("MATCH (n:N) RETURN count(*)").rows == [[1100]])
    }

    @Test func limitsApplyToCursorsToo() throws {
        let db = try numbers(100)
        db.limits = StatementLimits(maxResultRows: 10)
        let cursor = try db.cursor("MATCH (n:N) RETURN n.i")
        for _ in 0..<10 { #expect(try cursor.next() != nil) }
        let error = try #require(throws: TrellisError.self) { _ = try cursor.next() }
        #expect(error.kind == .limitExceeded)
    }
}
