import Foundation
import Testing

/// `trellis import`, `trellis dump` and `trellis export`, run as programs.
@Suite("import, dump and export commands")
struct BulkCommandTests {
    static let sample = DumpRoundTripTests.sampleScript.path
    static let enabled = ExecutableTests.executable != nil || programsAreRequired

    static func temporaryPath() -> String { NSTemporaryDirectory() + "trellis-cli-\(UUID().uuidString)" }

    /// What `query` returns on the sample graph, as CSV without its header.
    static func sampleAnswer(_ query: String) throws -> String {
        let result = try ExecutableTests.run(["--init", sample, "--format", "csv", "-c", query])
        return String(result.output.split(separator: "\n").dropFirst().joined(separator: "\n"))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func importReportsBadRowsAndSummarises() throws {
        let folder = try CSVImportTests.Folder(["School.csv": "urn:int,name\n1,One\n2,Two\nx,Bad\n", "Area.csv": "name\nphonics\n"])
        defer { folder.remove() }
        let result = try ExecutableTests.run(["import", folder.path])
        #expect(result.status == 0)
        #expect(result.error == "\(folder.path)/School.csv:4: 'x' is not an int (column urn:int)\n")
        #expect(result.output.hasPrefix("Imported 3 nodes and 0 relationships from 2 files in "))
        #expect(result.output.contains("  School  2 nodes\n"))
        #expect(result.output.hasSuffix("Skipped 1 bad row.\n"))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func strictImportFails() throws {
        let folder = try CSVImportTests.Folder(["School.csv": "urn:int,name\n1,One\nx,Bad\n"])
        defer { folder.remove() }
        let result = try ExecutableTests.run(["import", "--strict", folder.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("School.csv:3: 'x' is not an int"))
        #expect(result.error.contains("error: nothing was imported: 1 problem found"))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func importIntoADatabaseFileKeepsTheGraph() throws {
        let folder = try CSVImportTests.Folder(["School.csv": "urn:int,name\n1,One\n2,Two\n"])
        defer { folder.remove() }
        let database = Self.temporaryPath() + ".trellis"
        defer { for suffix in ["", ".journal", ".lock"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let imported = try ExecutableTests.run(["import", "--db", database, folder.path])
        #expect(imported.status == 0, "\(imported.error)")
        let read = try ExecutableTests.run(["run", "--db", database, "--read-only", "--format", "csv", "-c", "MATCH (s:School) RETURN s.name ORDER BY s.urn"])
        #expect(read.output == "s.name\nOne\nTwo\n", "\(read.error)")
        let dumped = try ExecutableTests.run(["dump", "--db", database])
        #expect(dumped.status == 0 && dumped.output.contains("Two"), "\(dumped.error)")
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func dumpAsCSVThenImport() throws {
        let folder = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dump = try ExecutableTests.run(["dump", "--init", Self.sample, "--format", "csv", "--output", folder])
        #expect(dump.status == 0)
        #expect(dump.error.isEmpty)
        let imported = try ExecutableTests.run(["import", "--strict", folder])
        #expect(imported.status == 0)
        let nodes = try Self.sampleAnswer("MATCH (n) RETURN count(*)"), relationships = try Self.sampleAnswer("MATCH ()-[r]->() RETURN count(*)")
        #expect(imported.output.hasPrefix("Imported \(nodes) nodes and \(relationships) relationships from "))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func dumpAsAScriptReloads() throws {
        let file = Self.temporaryPath() + ".cypher"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let dump = try ExecutableTests.run(["dump", "--init", Self.sample, "-o", file])
        #expect(dump.status == 0)
        let count = try ExecutableTests.run(["--init", file, "--format", "csv", "-c", "MATCH (n) RETURN count(*) AS n"])
        #expect(count.output == "n\n" + (try Self.sampleAnswer("MATCH (n) RETURN count(*)")) + "\n")
        let toStandardOutput = try ExecutableTests.run(["dump", "--init", Self.sample])
        #expect(toStandardOutput.output == (try String(contentsOfFile: file, encoding: .utf8)))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func csvDumpNeedsAFolder() throws {
        let result = try ExecutableTests.run(["dump", "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.error.contains("A csv dump needs --output FOLDER."))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func exportDrawsAQueryAsDOT() throws {
        let result = try ExecutableTests.run(["export", "--dot", "--init", Self.sample, "-c",
                                              "MATCH (s:School)-[r:IN_AUTHORITY]->(a) RETURN s, r, a LIMIT 1"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("digraph trellis {"))
        #expect(result.output.contains("label=\"IN_AUTHORITY\""))
        let withoutFormat = try ExecutableTests.run(["export", "-c", "RETURN 1"])
        #expect(withoutFormat.status != 0)
        #expect(withoutFormat.error.contains("--dot"))
        let badQuery = try ExecutableTests.run(["export", "--dot", "-c", "MATCH (n RETURN n"])
        #expect(badQuery.status == 1)
        #expect(badQuery.error.hasPrefix("<command>:1:"))
    }

    @Test(.enabled(if: enabled, "the trellis program has not been built"))
    func helpNamesTheNewCommands() throws {
        let result = try ExecutableTests.run(["--help"])
        for line in ["trellis import [--db DB] [--strict] FOLDER", "trellis dump [--format cypher|csv]", "trellis export --dot"] {
            #expect(result.output.contains(line))
        }
    }
}
