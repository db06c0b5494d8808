import Foundation
import Testing
import Trellis

@Suite("Schemas and copies of database files")
struct DatabaseFileSchemaTests {
    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func thePartnershipSchemaIsKeptInTheFileAndEnforcedAfterReopening() throws {
        let path = try temporaryFolder().appendingPathComponent("p.trellis").path
        do {
            let db = try Database(path: path)
            try db.apply(.partnership)
            try db.execute("CREATE (:School {urn: 1, name: 'A'})")
        }
        let reopened = try Database(path: path)
        #expect(reopened.schema == .partnership)
        #expect { try reopened.execute("CREATE (:School {urn: 1, name: 'Copy'})") } throws: {
            ($0 as? TrellisError)?.code == "UniqueProperty"
        }
        #expect(try reopened.execute("MATCH (s:School) RETURN s.name").rows == [["A"]])
    }

    @Test func otherSchemasCannotBeKeptInAFile() throws {
        let path = try temporaryFolder().appendingPathComponent("q.trellis").path
        let db = try Database(path: path)
        let custom = GraphSchema(name: "custom", nodes: [.init("Thing", [.init("id", .integer, unique: true)])], relationships: [])
        #expect(throws: TrellisError.self) { try db.apply(custom) }
        #expect(db.schema == nil)
    }

    @Test func saveCopyWritesANewFileAndNeverReplacesOne() throws {
        let folder = try temporaryFolder()
        let db = Database()
        try db.apply(.partnership)
        try db.execute("CREATE (:Area {name: 'phonics'}), (:Area {name: 'maths'})")
        let copy = folder.appendingPathComponent("copy.trellis").path
        try db.saveCopy(to: copy)
        let reopened = try Database(path: copy)
        #expect(reopened.snapshot() == db.snapshot())
        #expect(reopened.schema == .partnership)
        // A second save to the same name fails and leaves the file alone.
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        try db.execute("CREATE (:Area {name: 'science'})")
        #expect(throws: TrellisError.self) { try db.saveCopy(to: copy) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test(.enabled(if: ExecutableTests.executable != nil || programsAreRequired, "the trellis program has not been built"))
    func newCreatesAPartnershipDatabase() throws {
        let path = try temporaryFolder().appendingPathComponent("new.trellis").path
        let created = try ExecutableTests.run(["new", "--partnership", path])
        #expect(created.status == 0)
        #expect(created.output == "Created \(path) with the partnership schema.\n")
        let again = try ExecutableTests.run(["new", path])
        #expect(again.status != 0)
        #expect(again.error.contains("a file is already there"))
        let bad = try ExecutableTests.run([path, "-c", "CREATE (:School {name: 'no urn'})"])
        #expect(bad.status != 0)
        #expect(bad.error.contains("RequiredProperty"))
    }
}
