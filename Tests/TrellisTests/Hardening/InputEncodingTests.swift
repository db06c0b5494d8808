import Foundation
import Testing
import Trellis

/// Bytes that are not UTF-8 are refused wherever text enters the `trellis` program (standard
/// input, `-c`, a script file, `--init`), with their byte offset and line and column, exit
/// status 1 and nothing stored; never silently replaced by U+FFFD.
@Suite("Hardening: invalid UTF-8 at the command's inputs",
       .enabled(if: ExecutableTests.executable != nil, "the trellis program has not been built"))
struct InputEncodingTests {
    /// `CREATE (:U {name: 'caf` then 0xE9 (Latin-1 é): the bad byte is at offset 22, column 23.
    static let statement: [UInt8] = Array("CREATE (:U {name: 'caf".utf8) + [0xE9] + Array("'});\n".utf8)

    /// Runs `trellis` with `arguments` through /bin/sh (so that an argument may hold any bytes,
    /// written as printf escapes in `script`), `input` on standard input.
    static func run(shell script: String, input: [UInt8] = [], in folder: URL) throws
        -> (status: Int32, output: String, error: String) {
        let program = try #require(ExecutableTests.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, program.path]
        process.currentDirectoryURL = folder
        let stdin = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = error
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self))
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// How many :U nodes the database file in `folder` holds.
    static func storedCount(in folder: URL) throws -> String {
        let result = try run(shell: #""$0" u.trellis --format csv -c 'MATCH (u:U) RETURN count(u) AS n'"#, in: folder)
        return result.output
    }

    @Test func standardInputIsRefusedWithItsPosition() throws {
        let folder = try Self.folder()
        let result = try Self.run(shell: #""$0" u.trellis"#, input: Self.statement, in: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("<stdin>:1:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 22"),
                "\(result.error)")
        #expect(result.error.contains("[SyntaxError.InvalidUTF8]"))
        #expect(try Self.storedCount(in: folder) == "n\n0\n")
    }

    @Test func standardInputAfterGoodLinesGivesThePositionInTheWholeInput() throws {
        let folder = try Self.folder()
        let input = Array("CREATE (:U);\n// a comment\n".utf8) + Self.statement
        let result = try Self.run(shell: #""$0" u.trellis"#, input: input, in: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("<stdin>:3:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 48"),
                "\(result.error)")
        // The statement before the bad line ran and stays committed; the bad one did not run.
        #expect(try Self.storedCount(in: folder) == "n\n1\n")
    }

    @Test func aCommandArgumentIsRefused() throws {
        let folder = try Self.folder()
        let result = try Self.run(shell: #""$0" u.trellis -c "$(printf "CREATE (:U {name: 'caf\351'})")""#, in: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("<command>:1:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 22"),
                "\(result.error)")
        #expect(try Self.storedCount(in: folder) == "n\n0\n")
        let run = try Self.run(shell: #""$0" run --db u.trellis -c "$(printf "CREATE (:U {name: 'caf\351'})")""#, in: folder)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("<command>:1:23: error: the text is not valid UTF-8"), "\(run.error)")
        #expect(try Self.storedCount(in: folder) == "n\n0\n")
    }

    @Test func aScriptFileAndAnInitFileAreRefusedWithThePosition() throws {
        let folder = try Self.folder()
        try Data(Array("RETURN 1;\n".utf8) + Self.statement).write(to: folder.appendingPathComponent("bad.cypher"))
        let run = try Self.run(shell: #""$0" run --db u.trellis bad.cypher"#, in: folder)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("bad.cypher:2:23: error: the text is not valid UTF-8: byte 0xE9 at byte offset 32"),
                "\(run.error)")
        #expect(run.output.isEmpty, "nothing of a file that is not UTF-8 runs")
        let initial = try Self.run(shell: #""$0" u.trellis --init bad.cypher -c 'RETURN 1'"#, in: folder)
        #expect(initial.status == 1)
        #expect(initial.error.hasPrefix("bad.cypher:2:23: error: the text is not valid UTF-8"), "\(initial.error)")
        #expect(try Self.storedCount(in: folder) == "n\n0\n")
    }

    @Test func loadCSVRefusesAFileThatIsNotUTF8NamingTheLine() throws {
        let folder = try Self.folder()
        try Data(Array("name\nbob\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: folder.appendingPathComponent("people.csv"))
        let db = Database()
        db.allowFileAccess(under: folder.path)
        do {
            try db.execute("LOAD CSV WITH HEADERS FROM 'people.csv' AS row CREATE (:P {name: row.name})")
            Issue.record("a CSV file that is not UTF-8 was loaded")
        } catch let error as TrellisError {
            #expect(error.code == "InvalidUTF8", "\(error)")
            #expect(error.message.contains("people.csv:3:4"), "\(error)")
            #expect(error.message.contains("byte offset 12"), "\(error)")
        }
        #expect(try db.execute("MATCH (p:P) RETURN count(p)").rows == [[.int(0)]])
    }
}
