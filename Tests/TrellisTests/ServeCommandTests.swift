import Foundation
import Testing

/// `trellis serve --stdio` run as a program, spoken to through pipes one request at a time, as a
/// client in another language would.
@Suite("trellis serve command", .enabled(if: ExecutableTests.executable != nil || programsAreRequired, "the trellis program has not been built"),
       .timeLimit(.minutes(2)))
struct ServeCommandTests {
    /// A running `trellis serve --stdio`.
    final class Server {
        let process = Process()
        private let input = Pipe(), output = Pipe(), errors = Pipe()
        private var pending = Data()

        init(_ arguments: [String], in directory: URL? = nil) throws {
            guard let program = ExecutableTests.executable else { throw ServeTestError("trellis has not been built") }
            process.executableURL = program
            process.arguments = ["serve", "--stdio"] + arguments
            process.currentDirectoryURL = directory
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
        }

        func send(_ line: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// The next response line, waiting for it; nil when the server closed its output first.
        func response() -> String? {
            while true {
                if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    return line
                }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return nil }
                pending.append(chunk)
            }
        }

        /// Sends `line` and waits for its response.
        func ask(_ line: String) -> String? {
            send(line)
            return response()
        }

        /// Ends the input and waits for the server to exit: its status, what else it printed, and its standard error.
        func finish() -> (status: Int32, rest: String, errors: String) {
            try? input.fileHandleForWriting.close()
            let rest = pending + output.fileHandleForReading.readDataToEndOfFile()
            let errorText = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: rest, as: UTF8.self), String(decoding: errorText, as: UTF8.self))
        }
    }

    static let zeroStatistics = ServeProtocolTests.zeroStatistics

    @Test func answersRequestsOneByOneAndKeepsWritesInTheDatabaseFile() throws {
        let path = NSTemporaryDirectory() + "trellis-serve-\(UUID().uuidString).trellis"
        defer {
            for suffix in ["", ".journal", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let server = try Server([path])
        #expect(server.ask(#"{"id": 1, "query": "CREATE (s:School {name: $name, urn: $urn, fsm: $fsm}) RETURN s.urn AS urn, s.fsm AS fsm", "parameters": {"name": "Oak", "urn": 116110, "fsm": 34.0}}"#)
            == #"{"id":1,"ok":true,"columns":["urn","fsm"],"rows":[[116110,34.0]],"statistics":{"nodesCreated":1,"nodesDeleted":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"propertiesSet":3,"indexesAdded":0,"indexesRemoved":0}}"#)
        #expect(server.ask(#"{"id": 2, "query": "RETURN x"}"#)
            == #"{"id":2,"ok":false,"error":{"kind":"SyntaxError","code":"UndefinedVariable","message":"variable 'x' is not defined","line":1,"column":8}}"#)
        server.send("")
        #expect(server.ask("{oops")
            == #"{"id":null,"ok":false,"error":{"kind":"ProtocolError","code":"InvalidJSON","message":"invalid JSON at column 2: expected a string key, found 'o'"}}"#)
        #expect(server.ask(#"{"id": 3, "query": "MATCH (s:School) RETURN s.name AS name"}"#)
            == #"{"id":3,"ok":true,"columns":["name"],"rows":[["Oak"]],"statistics":"# + Self.zeroStatistics + "}")
        let first = server.finish()
        #expect(first.status == 0)
        #expect(first.rest == "")
        #expect(first.errors == "")

        let reader = try Server([path, "--read-only"])
        #expect(reader.ask(#"{"id": 4, "query": "MATCH (s:School) RETURN s.name AS name, s.urn AS urn"}"#)
            == #"{"id":4,"ok":true,"columns":["name","urn"],"rows":[["Oak",116110]],"statistics":"# + Self.zeroStatistics + "}")
        #expect(reader.ask(#"{"id": 5, "query": "CREATE (:School)"}"#)?.contains(#""code":"ReadOnlyDatabase""#) == true)
        #expect(reader.finish().status == 0)
    }

    @Test func anInterruptLineCancelsTheRunningQuery() throws {
        let server = try Server([])
        #expect(server.ask(#"{"query": "UNWIND range(1, 300) AS i CREATE (:N {i: i})"}"#)?.contains(#""ok":true"#) == true)
        server.send(#"{"id": "long", "query": "MATCH (a:N), (b:N), (c:N) CREATE (:M {s: a.i + b.i + c.i})"}"#)
        // Long enough for the query to have started on a busy machine.
        Thread.sleep(forTimeInterval: 1)
        server.send(#"{"id": "stop", "command": "interrupt"}"#)
        #expect(server.response() == #"{"id":"long","ok":false,"error":{"kind":"Cancelled","code":"Cancelled","message":"the statement was cancelled","line":1,"column":1}}"#)
        #expect(server.response() == #"{"id":"stop","ok":true}"#)
        #expect(server.ask(#"{"id": "count", "query": "MATCH (n) RETURN count(n) AS n"}"#)
            == #"{"id":"count","ok":true,"columns":["n"],"rows":[[300]],"statistics":"# + Self.zeroStatistics + "}")
        #expect(server.finish().status == 0)
    }

    @Test func theEndOfInputEndsTheServerAfterTheLastAnswer() throws {
        let server = try Server([])
        server.send(#"{"id": 1, "query": "RETURN 1 AS n"}"#)
        server.send(#"{"id": 2, "query": "RETURN 2 AS n"}"#)
        let end = server.finish()
        #expect(end.status == 0)
        #expect(end.rest.split(separator: "\n").map { $0.prefix(18) } == [#"{"id":1,"ok":true,"#, #"{"id":2,"ok":true,"#])
    }

    @Test func needsStdioAndDescribesTheProtocol() throws {
        let bare = try ExecutableTests.run(["serve"])
        #expect(bare.status != 0)
        #expect(bare.error.contains("Give --stdio"))
        let help = try ExecutableTests.run(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: trellis serve --stdio [DB] [--read-only]"))
        for word in ["\"parameters\"", "\"interrupt\"", "ProtocolError", "InvalidJSON", "UnknownField", "statistics"] {
            #expect(help.output.contains(word), "\(word)")
        }
        let root = try ExecutableTests.run(["--help"])
        #expect(root.output.contains("trellis serve --stdio [DB] [--read-only]"))
    }

    /// README's session: after the command line, request and response lines alternate.
    @Test func theReadmeSessionAnswersAsShown() throws {
        let readme = try String(contentsOf: ReadmeExamplesTests.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("$ trellis serve --stdio ") })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        let arguments = ReadmeExamplesTests.words(String(lines[start].dropFirst(2)))
        #expect(arguments.prefix(3) == ["trellis", "serve", "--stdio"])
        let exchange = Array(lines[(start + 1)..<end])
        #expect(exchange.count >= 4)
        #expect(exchange.count % 2 == 0)
        let server = try Server(Array(arguments.dropFirst(3)), in: ReadmeExamplesTests.repositoryRoot)
        for index in stride(from: 0, to: exchange.count - 1, by: 2) {
            #expect(server.ask(exchange[index]) == exchange[index + 1])
        }
        #expect(server.finish().status == 0)
    }

    /// The opening exchange of Docs/serve-protocol.md, against an in-memory database.
    @Test func theProtocolDocumentsOpeningExchangeAnswersAsShown() throws {
        let text = try String(contentsOf: ReadmeExamplesTests.repositoryRoot.appendingPathComponent("Docs/serve-protocol.md"),
                              encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("→ ") })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        let exchange = Array(lines[start..<end])
        #expect(exchange.count == 4)
        let server = try Server([])
        for index in stride(from: 0, to: exchange.count - 1, by: 2) {
            #expect(exchange[index + 1].hasPrefix("← "))
            #expect(server.ask(String(exchange[index].dropFirst(2))) == String(exchange[index + 1].dropFirst(2)))
        }
        #expect(server.finish().status == 0)
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: python != nil, "python3 is not installed"))
    func thePythonSampleClientRuns() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [ReadmeExamplesTests.repositoryRoot.appendingPathComponent("Samples/serve_client.py").path,
                             "--trellis", try #require(ExecutableTests.executable).path]
        process.environment = ["PYTHONDONTWRITEBYTECODE": "1"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let reported = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(reported)")
        #expect(printed == """
            Schools of partnership P01 with more than 15% free school meals:
              St Albans Primary School: 36.2%
              Purbrook Junior School: 21.7%
              Padnell Junior School: 18.4%
            A mistake is reported, not fatal: SyntaxError.UndefinedVariable at 1:38: variable 'r' is not defined
            Created 2 schools in memory.
            1 arrives as INTEGER NOT NULL, 1.0 as FLOAT NOT NULL.
            Limits bound a request: LimitExceeded

            """)
    }

    @Test func warningsGoToStandardErrorAndOnlyResponsesToStandardOutput() throws {
        let path = NSTemporaryDirectory() + "trellis-serve-\(UUID().uuidString).trellis"
        defer {
            for suffix in ["", ".journal", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let writer = try Server([path])
        #expect(writer.ask(#"{"query": "CREATE (:School)"}"#)?.contains(#""ok":true"#) == true)
        #expect(writer.finish().status == 0)
        // A journal record cut short, as a crash mid-write leaves it: opening repairs it and warns.
        let journal = try #require(FileHandle(forWritingAtPath: path + ".journal"))
        journal.seekToEndOfFile()
        journal.write(Data([0x10, 0x00, 0x00, 0x00, 0x01]))
        try journal.close()
        let server = try Server([path])
        server.send(#"{"id": 1, "query": "MATCH (s:School) RETURN count(s) AS schools"}"#)
        let end = server.finish()
        #expect(end.status == 0)
        #expect(end.rest == #"{"id":1,"ok":true,"columns":["schools"],"rows":[[1]],"statistics":"# + Self.zeroStatistics + "}\n")
        #expect(end.errors.hasPrefix("warning: \(path).journal: "))
    }

    @Test func aDatabaseThatCannotBeOpenedEndsTheServerWithAnError() throws {
        let path = NSTemporaryDirectory() + "trellis-serve-missing-\(UUID().uuidString).trellis"
        let server = try Server([path, "--read-only"])
        let end = server.finish()
        #expect(end.status == 1)
        #expect(end.rest == "")
        #expect(end.errors.contains(path))
    }
}
