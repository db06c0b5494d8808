import Foundation
import Synchronization
import Testing
import Trellis
@testable import TrellisServe
import TrellisSyntax

/// Bounds on the size of what comes in: a statement's text, a serve request line, a serve
/// response line; and the memory a long list of constants takes to parse.
@Suite("Hardening: bounded input")
struct InputBoundsTests {
    @Test func aStatementLongerThanTheBoundIsRefusedBeforeItIsParsed() throws {
        let db = Database()
        #expect(db.limits.maxStatementBytes == StatementLimits.defaultMaxStatementBytes)
        db.limits.maxStatementBytes = 100
        let long = "CREATE (:U {items: [" + (0..<100).map(String.init).joined(separator: ",") + "]})"
        let error = try expectFailure(db, long, .limitExceeded, "StatementTooLong")
        #expect(error.message == "the statement is longer than the limit of 100 bytes")
        #expect(try db.execute("MATCH (u:U) RETURN count(u)").rows == [[.int(0)]])
    }

    @Test func aLongScriptOfShortStatementsRunsAStatementAtATime() throws {
        let db = Database()
        db.limits.maxStatementBytes = 40
        let script = (0..<20).map { "CREATE (:N {i: \($0)})" }.joined(separator: ";\n") + ";\nRETURN 1 +"
        let error = try failure(db, script)
        #expect(error.kind == .syntaxError && error.range?.start.line == 21 && error.range?.start.column == 11, "\(error)")
        // The syntax error is found before any statement runs.
        #expect(try db.execute("MATCH (n:N) RETURN count(n)").rows == [[.int(0)]])
        try db.execute((0..<20).map { "CREATE (:N {i: \($0)})" }.joined(separator: ";\n"))
        #expect(try db.execute("MATCH (n:N) RETURN count(n)").rows == [[.int(20)]])
        let runtime = try failure(db, "RETURN 1;\nRETURN 1 / 0;\n" + String(repeating: " ", count: 50))
        #expect(runtime.range?.start.line == 2, "\(runtime)")
        let tooLong = try failure(db, "RETURN 1;\nRETURN [" + String(repeating: "1,", count: 30) + "1]")
        #expect(tooLong.code == "StatementTooLong" && tooLong.range?.start.line == 2, "\(tooLong)")
    }

    @Test func aStatementStreamRefusesBadBytesAndOverlongStatements() throws {
        var stream = StatementStream(maximumStatementBytes: 30)
        #expect(try stream.append(Array("RETURN 1; RETURN\n".utf8)).map(\.text) == ["RETURN 1"])
        #expect(try stream.append(Array("  2;\n".utf8)).map(\.text) == ["RETURN\n  2"])
        do {
            _ = try stream.append(Array("RETURN 'caf".utf8) + [0xE9, 0x27, 0x0A])
            Issue.record("a line that is not UTF-8 was taken")
        } catch let error as TrellisError {
            #expect(error.code == "InvalidUTF8")
            #expect(error.range?.start == SourceLocation(line: 3, column: 12, offset: 33))
        }
        var long = StatementStream(maximumStatementBytes: 30)
        _ = try long.append(Array("RETURN 1;\nRETURN [1,\n".utf8))
        do {
            _ = try long.append(Array(String(repeating: "1,", count: 20).utf8))
            Issue.record("an over-long statement was taken")
        } catch let error as TrellisError {
            #expect(error.code == "StatementTooLong")
            #expect(error.range?.start.line == 2)
        }
    }

    @Test func anOverlongLineIsSkippedAPieceAtATimeAndReadingGoesOn() throws {
        let pipe = Pipe()
        let long = String(repeating: "x", count: 10_000)
        pipe.fileHandleForWriting.write(Data("short\n\(long)\nafter\n\(long)".utf8))
        try pipe.fileHandleForWriting.close()
        let lines = FileDescriptorLines(descriptor: pipe.fileHandleForReading.fileDescriptor, maximumLineLength: 100, chunkSize: 64)
        #expect(lines.next() == .line(Array("short".utf8)))
        #expect(lines.next() == .tooLong(byteCount: 10_000))
        #expect(lines.next() == .line(Array("after".utf8)))
        #expect(lines.next() == .tooLong(byteCount: 10_000))
        #expect(lines.next() == nil)
    }

    @Test func serveAnswersAnOverlongRequestAndATooLargeResponseWithErrors() throws {
        let db = Database()
        let server = JSONLinesServer(database: db, maximumResponseBytes: 1_000)
        let lines = Mutex<[FileDescriptorLines.Line]>([
            .tooLong(byteCount: 5_000),
            .line(Array(#"{"id": 1, "query": "UNWIND range(1, 1000) AS n CREATE (:N) RETURN n"}"#.utf8)),
            .line(Array(#"{"id": 2, "query": "MATCH (n:N) RETURN count(n) AS n"}"#.utf8)),
        ])
        var responses: [String] = []
        server.run(reading: { lines.withLock { $0.isEmpty ? nil : $0.removeFirst() } }, maximumRequestBytes: 4_096) {
            responses.append($0)
        }
        try #require(responses.count == 3)
        #expect(responses[0] == #"{"id":null,"ok":false,"error":{"kind":"ProtocolError","code":"RequestTooLong","message":"the request line is 5000 bytes long, longer than the limit of 4096 bytes; it was skipped"}}"#)
        #expect(responses[1].hasPrefix(#"{"id":1,"ok":false,"error":{"kind":"LimitExceeded","code":"ResponseTooLarge","#), "\(responses[1])")
        #expect(responses[1].utf8.count < 1_000)
        #expect(responses[2].contains(#""rows":[[1000]]"#), "\(responses[2])")
    }

    @Test func serveKeepsTheServersStatementBoundWhateverLimitsARequestSets() throws {
        let db = Database()
        db.limits.maxStatementBytes = 20
        let server = JSONLinesServer(database: db)
        let response = server.answer(ServeRequest(line: Array(#"{"query": "RETURN 'a rather long statement'", "limits": {"timeout": 5}}"#.utf8)))
        #expect(response.contains(#""code":"StatementTooLong""#), "\(response)")
    }

    @Test func aListOfConstantsIsFoldedIntoOneLiteral() throws {
        let folded = try Parser.parseExpression("[1, -2, 'a', [2.5, null], true]")
        #expect(folded.kind == .literal(.list([.int(1), .int(-2), .string("a"), .list([.float(2.5), .null]), .bool(true)])))
        let mixed = try Parser.parseExpression("[1, [2], x]")
        guard case .list(let elements) = mixed.kind else { Issue.record("expected a list: \(mixed.kind)"); return }
        #expect(elements.count == 3)
        #expect(elements[1].kind == .literal(.list([.int(2)])))
        #expect(elements[2].range.start.column == 10)
        #expect(try Database().execute("WITH 3 AS x RETURN [1, [2], x] AS l").rows == [[.list([.int(1), .list([.int(2)]), .int(3)])]])
    }

    @Test func aTokenTakesFortyEightBytes() {
        #expect(MemoryLayout<Token>.stride <= 48)
    }
}
