import Foundation
import Testing
import Trellis

/// Dumps reload into the same graph: the script of statements, and the CSV folder through import.
@Suite("Dump round trips")
struct DumpRoundTripTests {
    /// A graph with a value of every type, several labels per node, odd names, a node without a
    /// label, relationships with properties, and a property whose type differs between nodes.
    static let everything = """
        CREATE INDEX FOR (s:School) ON (s.urn);
        CREATE (a:School:Primary {urn: 1, name: 'It\\'s "quoted"\\nnew line, comma; semi ☃ 𝄞 \\\\ back', blank: '',
          padded: '  spaced  ', fsm: 0.1, tiny: 1.0E-300, big: 1.7976931348623157E308, subnormal: 4.9E-324, neg: -0.0,
          nan: toFloat('NaN'), inf: toFloat('Infinity'), ninf: toFloat('-Infinity'), flag: true, off: false,
          min: -9223372036854775808, max: 9223372036854775807, opened: date('2001-09-01'), ancient: date('-0044-03-15'),
          future: date('+12345-01-01'), zoned: datetime('2024-07-01T09:30:15.123456789+01:00[Europe/London]'),
          offset: datetime('2024-03-01T09:30-05:30'), utc: datetime('2024-03-01T09:30Z'),
          local: localdatetime('2024-03-01T09:30:00.5'), t: time('12:31:14.645+01:00'), lt: localtime('23:59:59.999999999'),
          d1: duration('P1Y2M3DT4H5M6.7S'), d2: duration('PT-0.5S'), d3: duration('P-1M5DT-25H'),
          ints: [1, -2, 3], floats: [0.1, 1.0E-300, -0.0], strings: ['a;b', 'c\\\\d', '', 'e'], trailing: ['x', ''],
          one: [''], none: [], dates: [date('2020-01-01'), date('2021-02-03')], bools: [true, false],
          `odd key`: 1, end: 2, `a:b`: 'colon', score: 7})
        CREATE (b:`Has Space`:`semi;colon`:`Dot.Label` {name: 'weird labels', score: 3})
        CREATE (c:School {urn: 2, name: 'second', score: 'high'})
        CREATE (d:Area {name: 'phonics', score: 2.5})
        CREATE (e {note: 'no label'})
        CREATE (f:Primary:School {urn: 3, name: 'labels the other way'})
        CREATE (a)-[:STRENGTH {level: 2, since: date('2020-01-01'), w: 0.30000000000000004, tags: ['x;y', '']}]->(d)
        CREATE (c)-[:NEEDS {priority: 1}]->(d)
        CREATE (e)-[:`REL.TYPE` {at: datetime('2024-01-01T00:00Z')}]->(a)
        CREATE (b)-[:LINK]->(e)
        CREATE (a)-[:LINK]->(a)
        CREATE (f)-[:NEEDS]->(d)
        """

    static let sampleScript = ReadmeExamplesTests.repositoryRoot.appendingPathComponent("Samples/partnerships.cypher")

    static func database(_ script: String) throws -> Database {
        let db = Database()
        try db.execute(script)
        return db
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "trellis-dump-\(UUID().uuidString)"
        return path
    }

    @Test func theComparisonTellsValuesOfDifferentTypesApart() throws {
        let int = try Self.database("CREATE (:T {x: 1})"), float = try Self.database("CREATE (:T {x: 1.0})")
        #expect(GraphCanonicalForm(int.snapshot()) != GraphCanonicalForm(float.snapshot()))
        let zero = try Self.database("CREATE (:T {x: 0.0})"), negativeZero = try Self.database("CREATE (:T {x: -0.0})")
        #expect(GraphCanonicalForm(zero.snapshot()) != GraphCanonicalForm(negativeZero.snapshot()))
        let ab = try Self.database("CREATE (:A:B)"), ba = try Self.database("CREATE (:B:A)")
        #expect(GraphCanonicalForm(ab.snapshot()) != GraphCanonicalForm(ba.snapshot()))
    }

    @Test func theScriptReloadsExactlyWithTheSameIds() throws {
        let original = try Self.database(Self.everything)
        let script = original.dumpCypher()
        let reloaded = try Self.database(script)
        #expect(GraphCanonicalForm(reloaded.snapshot()) == GraphCanonicalForm(original.snapshot()))
        #expect(reloaded.snapshot() == original.snapshot())
        // Dumping the reloaded graph gives the same script: the temporary label and key left nothing behind.
        #expect(reloaded.dumpCypher() == script)
    }

    @Test func theScriptKeepsIndexesAndRemovesItsTemporaryOnes() throws {
        let original = try Self.database(Self.everything)
        let reloaded = try Self.database(original.dumpCypher())
        let indexes = try reloaded.execute("CALL trellis.schema() YIELD kind, name WHERE kind = 'index' RETURN name")
        #expect(indexes.rows == [[":School(urn)"]])
        let temporary = try reloaded.execute("MATCH (n) WHERE any(l IN labels(n) WHERE l STARTS WITH '_Dump') OR n._dumpId IS NOT NULL RETURN count(*)")
        #expect(temporary.rows == [[0]])
    }

    @Test func aGraphWithDeletedEntitiesReloadsUpToIds() throws {
        let original = try Self.database(Self.everything + "; MATCH (c:School {urn: 2}) DETACH DELETE c; MATCH ()-[r:LINK]->() DELETE r")
        let reloaded = try Self.database(original.dumpCypher())
        #expect(GraphCanonicalForm(reloaded.snapshot()) == GraphCanonicalForm(original.snapshot()))
        #expect(reloaded.snapshot().nodes.count == 5)
    }

    @Test func theSampleGraphReloadsFromTheScript() throws {
        let original = try Self.database(String(contentsOf: Self.sampleScript, encoding: .utf8))
        let reloaded = try Self.database(original.dumpCypher())
        #expect(reloaded.snapshot() == original.snapshot())
        #expect(GraphCanonicalForm(reloaded.snapshot()) == GraphCanonicalForm(original.snapshot()))
    }

    @Test func csvFilesImportIntoTheSameGraph() throws {
        let original = try Self.database(Self.everything)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try original.dumpCSV(toFolder: folder)
        #expect(files.contains("School.csv"))
        #expect(files.contains("().csv"))
        #expect(files.contains("REL%2ETYPE.csv"))

        let imported = Database()
        let report = try imported.importCSV(folder: folder, options: ImportOptions(strict: true))
        #expect(report.problems.isEmpty)
        #expect(report.nodeCount == 6)
        #expect(report.relationshipCount == 6)
        #expect(GraphCanonicalForm(imported.snapshot()) == GraphCanonicalForm(original.snapshot()))
    }

    @Test func theSampleGraphRoundTripsThroughCSV() throws {
        let original = try Self.database(String(contentsOf: Self.sampleScript, encoding: .utf8))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try original.dumpCSV(toFolder: folder)
        // Schools are keyed by their URN, which is indexed, named like a key and an integer.
        let header = try String(contentsOfFile: folder + "/School.csv", encoding: .utf8).split(separator: "\n").first
        #expect(header?.hasPrefix("urn:int,") == true)

        let imported = Database()
        _ = try imported.importCSV(folder: folder, options: ImportOptions(strict: true))
        #expect(GraphCanonicalForm(imported.snapshot()) == GraphCanonicalForm(original.snapshot()))

        // And the imported graph dumps to the same files.
        let again = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: again) }
        try imported.dumpCSV(toFolder: again)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            #expect(try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                    == String(contentsOfFile: again + "/" + file, encoding: .utf8), "\(file)")
        }
    }

    @Test func labelsWithoutAUniqueKeyUseTheIdColumn() throws {
        let original = try Self.database("CREATE (:Result {year: 2023, value: 1.5}), (:Result {year: 2023, value: 2.5})")
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try original.dumpCSV(toFolder: folder)
        let text = try String(contentsOfFile: folder + "/Result.csv", encoding: .utf8)
        #expect(text.hasPrefix("_id:int,year:int,value:float\n") || text.hasPrefix("_id:int,value:float,year:int\n"))
        let imported = Database()
        _ = try imported.importCSV(folder: folder)
        #expect(GraphCanonicalForm(imported.snapshot()) == GraphCanonicalForm(original.snapshot()))
        #expect(try imported.execute("MATCH (r:Result) WHERE r._id IS NOT NULL RETURN count(*)").rows == [[0]])
    }

    @Test func aPropertyWithValuesOfSeveralTypesGetsAColumnPerType() throws {
        let original = try Self.database(Self.everything)
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try original.dumpCSV(toFolder: folder)
        let header = try String(contentsOfFile: folder + "/School.csv", encoding: .utf8).split(separator: "\n").first ?? ""
        let columns = header.split(separator: ",").map(String.init)
        #expect(columns.contains("score"))
        #expect(columns.contains("score:int"))
    }

    @Test func csvRefusesAFolderThatIsNotEmpty() throws {
        let folder = Self.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/old.csv", contents: Data("x\n1\n".utf8))
        let original = try Self.database("CREATE (:Thing {x: 1})")
        #expect(throws: (any Error).self) { try original.dumpCSV(toFolder: folder) }
    }
}
