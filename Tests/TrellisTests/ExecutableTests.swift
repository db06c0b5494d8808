import Foundation
import Testing

/// Runs the built `trellis` program.
@Suite("trellis executable")
struct ExecutableTests {
    /// The `trellis` program built next to the test bundle, if any.
    static let executable: URL? = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("trellis")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let program: URL = try #require(executable)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self))
    }

    @Test(.enabled(if: executable != nil || programsAreRequired, "the trellis program has not been built"))
    func helpDescribesBothCommands() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: trellis [DB] [-c QUERY] [--format F] [--init FILE]"))
        #expect(result.output.contains("trellis run [--db DB]"))
        #expect(result.output.contains("--format <F>"))
    }

    @Test(.enabled(if: executable != nil || programsAreRequired, "the trellis program has not been built"))
    func runHelp() throws {
        let result = try Self.run(["run", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: trellis run"))
        #expect(result.output.contains("--continue-on-error"))
    }

    @Test(.enabled(if: executable != nil || programsAreRequired, "the trellis program has not been built"))
    func usageErrorsExitNonZero() throws {
        let result = try Self.run(["run"])
        #expect(result.status != 0)
        #expect(result.error.contains("Give one or more script files, or -c QUERY."))
    }

    @Test(.enabled(if: executable != nil || programsAreRequired, "the trellis program has not been built"))
    func databaseFilesKeepTheGraphBetweenRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("school.trellis").path
        let created = try Self.run([path, "-c", "CREATE (:School {name: 'Padnell Junior School'})"])
        #expect(created.status == 0, "\(created.error)")
        let read = try Self.run(["run", "--db", path, "--read-only", "--format", "csv", "-c", "MATCH (s:School) RETURN s.name"])
        #expect(read.status == 0, "\(read.error)")
        #expect(read.output == "s.name\nPadnell Junior School\n")
        let refused = try Self.run(["run", "--db", path, "--read-only", "-c", "CREATE (:School)"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("the database is open read-only"))
    }

    @Test(.enabled(if: executable != nil || programsAreRequired, "the trellis program has not been built"))
    func badDatabaseFilesAreRefusedClearly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.cypher").path
        try "MATCH (n) RETURN n;\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = try Self.run([path, "-c", "RETURN 1"])
        #expect(result.status == 1)
        #expect(result.error.contains("notes.cypher: error: not a Trellis database"))
        #expect(result.error.contains("trellis run"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "MATCH (n) RETURN n;\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }
}
