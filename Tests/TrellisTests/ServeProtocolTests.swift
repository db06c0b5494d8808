import Foundation
import Synchronization
import Testing
import Trellis
@testable import TrellisServe

/// The request and response lines of `trellis serve --stdio`, driven without a process.
@Suite("trellis serve protocol")
struct ServeProtocolTests {
    /// Request lines handed out one at a time, each after its delay.
    final class LineSource: Sendable {
        private let lines: Mutex<[(delay: Double, bytes: [UInt8])]>

        init(_ lines: [(delay: Double, bytes: [UInt8])]) {
            self.lines = Mutex(lines)
        }

        convenience init(_ lines: [String]) {
            self.init(lines.map { (0, Array($0.utf8)) })
        }

        func next() -> [UInt8]? {
            guard let line = lines.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { return nil }
            if line.delay > 0 { Thread.sleep(forTimeInterval: line.delay) }
            return line.bytes
        }
    }

    static let zeroStatistics = #"{"nodesCreated":0,"nodesDeleted":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"propertiesSet":0,"indexesAdded":0,"indexesRemoved":0}"#

    func serve(_ source: LineSource, database: Database = Database()) -> [String] {
        var responses: [String] = []
        JSONLinesServer(database: database).run(readingLinesWith: { source.next() }) { responses.append($0) }
        return responses
    }

    func serve(_ lines: [String], database: Database = Database()) -> [String] {
        serve(LineSource(lines), database: database)
    }

    /// A response line read back, to look at single members.
    func members(_ response: String) throws -> [String: Value] {
        guard case .map(let members) = try JSONValueDecoder().decode(response) else {
            throw ServeTestError("not an object: \(response)")
        }
        return members
    }

    func error(_ response: String) throws -> [String: Value] {
        let all = try members(response)
        #expect(all["ok"] == .bool(false))
        guard case .map(let error)? = all["error"] else { throw ServeTestError("no error in \(response)") }
        return error
    }

    @Test func answersEachRequestWithItsIdColumnsAndRows() {
        let responses = serve([
            #"{"id": 1, "query": "RETURN 1 AS one, 'two' AS two, [3.0, null] AS three"}"#,
            #"{"id": "second", "query": "UNWIND [2, 1] AS n RETURN n ORDER BY n"}"#,
            #"{"id": {"b": [1], "a": null}, "query": "RETURN 0 AS zero LIMIT 0"}"#,
            #"{"query": "RETURN 1 AS n"}"#,
        ])
        #expect(responses == [
            #"{"id":1,"ok":true,"columns":["one","two","three"],"rows":[[1,"two",[3.0,null]]],"statistics":"# + Self.zeroStatistics + "}",
            #"{"id":"second","ok":true,"columns":["n"],"rows":[[1],[2]],"statistics":"# + Self.zeroStatistics + "}",
            #"{"id":{"a":null,"b":[1]},"ok":true,"columns":["zero"],"rows":[],"statistics":"# + Self.zeroStatistics + "}",
            #"{"id":null,"ok":true,"columns":["n"],"rows":[[1]],"statistics":"# + Self.zeroStatistics + "}",
        ])
    }

    @Test func parametersKeepIntegersAndFloatsApart() throws {
        let responses = serve([
            #"{"id": 1, "query": "RETURN $i + 1 AS i, $f + 1 AS f, valueType($i) AS ti, valueType($f) AS tf, $m.list[1] AS item, $s AS s, $n IS NULL AS n", "#
                + #""parameters": {"i": 1, "f": 1.0, "m": {"list": [true, "\u00e9\ud83c\udf33"]}, "s": "Oak", "n": null}}"#,
        ])
        #expect(responses == [
            #"{"id":1,"ok":true,"columns":["i","f","ti","tf","item","s","n"],"rows":[[2,2.0,"INTEGER NOT NULL","FLOAT NOT NULL","é🌳","Oak",true]],"statistics":"#
                + Self.zeroStatistics + "}",
        ])
    }

    @Test func nodesRelationshipsPathsAndDatesAreWrittenAsJSONOutputWritesThem() throws {
        let responses = serve([
            #"{"id": 1, "query": "CREATE p = (:School {name: 'Oak', opened: date('2024-09-01')})-[:MEMBER_OF {role: 'lead'}]->(:Partnership {id: 'P1'}) RETURN p"}"#,
            #"{"id": 2, "query": "MATCH (s:School)-[r]->(t) RETURN s, r, s.opened AS opened"}"#,
        ])
        let created = try members(responses[0])
        #expect(created["rows"] == .list([.list([.list([
            .map(["_id": 0, "_labels": ["School"], "name": "Oak", "opened": "2024-09-01"]),
            .map(["_id": 0, "_type": "MEMBER_OF", "_start": 0, "_end": 1, "role": "lead"]),
            .map(["_id": 1, "_labels": ["Partnership"], "id": "P1"]),
        ])])]))
        #expect(created["statistics"] == .map([
            "nodesCreated": 2, "nodesDeleted": 0, "relationshipsCreated": 1, "relationshipsDeleted": 0,
            "labelsAdded": 2, "labelsRemoved": 0, "propertiesSet": 4, "indexesAdded": 0, "indexesRemoved": 0,
        ]))
        #expect(responses[1].contains(#""rows":[[{"_id":0,"_labels":["School"],"name":"Oak","opened":"2024-09-01"},{"_id":0,"_type":"MEMBER_OF","_start":0,"_end":1,"role":"lead"},"2024-09-01"]]"#))
    }

    @Test func errorsCarryKindCodeMessageAndPosition() throws {
        let responses = serve([
            #"{"id": 1, "query": "MATCH (s)\nRETURN x"}"#,
            #"{"id": 2, "query": "RETURN 1 +"}"#,
            #"{"id": 3, "query": "RETURN $missing AS m"}"#,
            #"{"id": 4, "query": "RETURN 9223372036854775807 + 1 AS n"}"#,
            #"{"id": 5, "query": "RETURN 'still' AS here"}"#,
        ])
        #expect(responses.count == 5)
        #expect(responses[0] == #"{"id":1,"ok":false,"error":{"kind":"SyntaxError","code":"UndefinedVariable","message":"variable 'x' is not defined","line":2,"column":8}}"#)
        let syntax = try error(responses[1])
        #expect(syntax["kind"] == "SyntaxError")
        #expect(syntax["line"] == 1)
        let missing = try error(responses[2])
        #expect(missing["kind"] == "ParameterMissing")
        #expect(missing["column"] == 8)
        let overflow = try error(responses[3])
        #expect(overflow["kind"] == "ArithmeticError")
        #expect(try members(responses[4])["rows"] == [["still"]])
    }

    @Test func malformedLinesAreAnsweredAndTheServerGoesOn() throws {
        let source = LineSource([
            "not json", "[1, 2]", #"{"id": 1}"#, #"{"id": 2, "query": 7}"#,
            #"{"id": 3, "query": "RETURN 1", "parameters": [1]}"#, #"{"id": 4, "query": "RETURN 1", "params": {}}"#,
            #"{"id": 5, "command": "stop"}"#, #"{"id": 6, "command": "interrupt", "query": "RETURN 1"}"#,
            #"{"id": 7, "query": "RETURN 1", "limits": {"timeout": -1}}"#,
            #"{"id": 8, "query": "RETURN 1", "limits": {"rows": 1}}"#,
            #"{"id": 9, "query": "RETURN $p", "parameters": {"p": 18446744073709551616}}"#,
            #"{"id": 10, "query": "RETURN 1 AS n",}"#,
        ].map { (0, Array($0.utf8)) } + [
            (0, Array(#"{"id": 11, "query": "RETURN '"#.utf8) + [0xC3, 0x28] + Array(#"'"}"#.utf8)),
            (0, Array(#"{"id": 12, "query": "RETURN 'fine' AS after"}"#.utf8)),
        ])
        let responses = serve(source)
        let expected: [(id: Value, code: String, message: String)] = [
            (.null, "InvalidJSON", "invalid JSON at column 1: expected a value, found 'n'"),
            (.null, "NotAnObject", "a request is a JSON object, not an array"),
            (1, "MissingQuery", "a request needs \"query\" (a string) or \"command\""),
            (2, "InvalidField", "\"query\" must be a string, not a number"),
            (3, "InvalidField", "\"parameters\" must be an object, not an array"),
            (4, "UnknownField", "unknown member \"params\"; a request may hold \"id\", \"query\", \"parameters\", \"limits\""),
            (5, "UnknownCommand", "unknown command \"stop\"; the only command is \"interrupt\""),
            (6, "InvalidField", "a request holds \"query\" or \"command\", not both"),
            (7, "InvalidField", "\"timeout\" must be a positive number of seconds, not -1"),
            (8, "InvalidField", "unknown limit \"rows\"; \"limits\" may hold \"timeout\", \"maxResultRows\", \"maxIntermediateRows\", \"maxPathLength\""),
            (.null, "InvalidJSON", "invalid JSON at column 53: the integer 18446744073709551616 does not fit in 64 bits"),
            (.null, "InvalidJSON", "invalid JSON at column 37: expected a string key, found '}'"),
            (.null, "InvalidJSON", "invalid JSON at column 30: invalid UTF-8"),
        ]
        #expect(responses.count == expected.count + 1)
        for (response, expectation) in zip(responses, expected) {
            #expect(try members(response)["id"] == expectation.id, "\(response)")
            let error = try error(response)
            #expect(error == ["kind": "ProtocolError", "code": .string(expectation.code), "message": .string(expectation.message)],
                    "\(response)")
        }
        #expect(try members(responses.last ?? "")["rows"] == [["fine"]])
    }

    @Test func linesOfWhitespaceAreIgnored() {
        let responses = serve(["", "   ", "\t\r", #"{"id": 1, "query": "RETURN 1 AS n"}"#, "\r"])
        #expect(responses.count == 1)
        #expect(responses.first?.hasPrefix(#"{"id":1,"ok":true"#) == true)
    }

    @Test func severalStatementsGiveTheLastResultAndAllTheirStatistics() throws {
        let database = Database()
        let responses = serve([
            #"{"id": 1, "query": "CREATE (:A); CREATE (:B {x: 1}); MATCH (n) RETURN count(n) AS n"}"#,
            #"{"id": 2, "query": "CREATE (:C); RETURN y"}"#,
            #"{"id": 3, "query": ""}"#,
        ], database: database)
        let first = try members(responses[0])
        #expect(first["rows"] == [[2]])
        guard case .map(let statistics)? = first["statistics"] else { throw ServeTestError("no statistics") }
        #expect(statistics["nodesCreated"] == 2)
        #expect(statistics["propertiesSet"] == 1)
        // The first statement committed before the second failed; the position is in the whole text.
        #expect(try error(responses[1])["column"] == 21)
        #expect(try database.execute("MATCH (c:C) RETURN count(c)").rows == [[1]])
        #expect(responses[2] == #"{"id":3,"ok":true,"columns":[],"rows":[],"statistics":"# + Self.zeroStatistics + "}")
    }

    @Test func explainAddsThePlan() throws {
        let response = try members(serve([#"{"query": "EXPLAIN MATCH (s:School) RETURN s"}"#])[0])
        guard case .string(let plan)? = response["plan"] else { throw ServeTestError("no plan") }
        #expect(plan.contains("Scan"))
        #expect(response["rows"] == [])
    }

    @Test func limitsBoundOneRequestOnly() throws {
        let responses = serve([
            #"{"id": 1, "query": "UNWIND range(1, 10) AS i RETURN i", "limits": {"maxResultRows": 3}}"#,
            #"{"id": 2, "query": "UNWIND range(1, 10) AS i RETURN i"}"#,
            #"{"id": 3, "query": "MATCH p = ()-[*]->() RETURN p", "limits": {"maxPathLength": 2, "timeout": 5}}"#,
        ])
        let limited = try error(responses[0])
        #expect(limited["kind"] == "LimitExceeded")
        #expect(limited["code"] == "TooManyRows")
        guard case .list(let rows)? = try members(responses[1])["rows"] else { throw ServeTestError("no rows") }
        #expect(rows.count == 10)
        #expect(try members(responses[2])["ok"] == true)
    }

    @Test func writesReachTheDatabaseFileAndOutliveTheServer() throws {
        let path = NSTemporaryDirectory() + "trellis-serve-\(UUID().uuidString).trellis"
        defer {
            for suffix in ["", ".journal", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        do {
            let database = try Database(path: path)
            let responses = serve([
                #"{"id": 1, "query": "CREATE (:School {name: $name, urn: $urn})", "parameters": {"name": "Oak", "urn": 100}}"#,
            ], database: database)
            #expect(try members(responses[0])["ok"] == true)
        }
        // Read-only: the statement's worker thread may not have let go of the writer quite yet.
        let reopened = try Database(path: path, readOnly: true)
        let responses = serve([#"{"id": 2, "query": "MATCH (s:School) RETURN s.name AS name, s.urn AS urn"}"#], database: reopened)
        #expect(try members(responses[0])["rows"] == [["Oak", 100]])
    }

    @Test func aReadOnlyDatabaseRefusesWrites() throws {
        let path = NSTemporaryDirectory() + "trellis-serve-\(UUID().uuidString).trellis"
        defer {
            for suffix in ["", ".journal", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        do { _ = try Database(path: path) }
        let responses = serve([#"{"id": 1, "query": "CREATE (:School)"}"#], database: try Database(path: path, readOnly: true))
        let refusal = try error(responses[0])
        #expect(refusal["kind"] == "StorageError")
        #expect(refusal["code"] == "ReadOnlyDatabase")
    }

    /// A statement that would run for minutes: a cross product of 300³ rows, each creating a node.
    static let longQuery = #"{"id": "long", "query": "MATCH (a:N), (b:N), (c:N) CREATE (:M {s: a.i + b.i + c.i})"}"#

    func databaseWithNodes() throws -> Database {
        let database = Database()
        try database.execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})")
        return database
    }

    @Test func anInterruptCancelsTheRunningQuery() throws {
        let database = try databaseWithNodes()
        let before = database.snapshot()
        let started = ContinuousClock.now
        let responses = serve(LineSource([
            (0, Array(Self.longQuery.utf8)),
            (1, Array(#"{"id": "stop", "command": "interrupt"}"#.utf8)),
            (0, Array(#"{"id": "after", "query": "MATCH (n:N) RETURN count(n) AS n"}"#.utf8)),
        ]), database: database)
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(responses.count == 3)
        #expect(responses[0] == #"{"id":"long","ok":false,"error":{"kind":"Cancelled","code":"Cancelled","message":"the statement was cancelled","line":1,"column":1}}"#)
        #expect(responses[1] == #"{"id":"stop","ok":true}"#)
        #expect(try members(responses[2])["rows"] == [[300]])
        #expect(database.snapshot() == before)
    }

    @Test func anInterruptWithNothingRunningCancelsNothingAfterIt() throws {
        let responses = serve([
            #"{"id": 1, "command": "interrupt"}"#,
            #"{"id": 2, "query": "RETURN 'ran' AS state"}"#,
        ])
        #expect(responses.first == #"{"id":1,"ok":true}"#)
        #expect(try members(responses[1])["rows"] == [["ran"]])
    }

    @Test func anInterruptAlsoCancelsTheQueriesWaitingBehindTheRunningOne() throws {
        let database = try databaseWithNodes()
        let responses = serve(LineSource([
            (0, Array(Self.longQuery.utf8)),
            (0, Array(#"{"id": "waiting", "query": "CREATE (:Waiting)"}"#.utf8)),
            (1, Array(#"{"id": "stop", "command": "interrupt"}"#.utf8)),
            (0, Array(#"{"id": "after", "query": "MATCH (n) WHERE n:M OR n:Waiting RETURN count(n) AS n"}"#.utf8)),
        ]), database: database)
        #expect(responses.count == 4)
        #expect(try error(responses[0])["kind"] == "Cancelled")
        #expect(try error(responses[1]) == [
            "kind": "Cancelled", "code": "Cancelled", "message": "the request was interrupted before it started",
        ])
        #expect(responses[2] == #"{"id":"stop","ok":true}"#)
        #expect(try members(responses[3])["rows"] == [[0]])
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
