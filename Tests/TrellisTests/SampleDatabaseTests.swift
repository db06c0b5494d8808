import Foundation
import Testing
import Trellis

/// The bundled sample database file must be what its script builds (`make sample-db`).
@Suite("Bundled sample database")
struct SampleDatabaseTests {
    @Test func theBundledFileHoldsWhatTheScriptBuilds() throws {
        let file = SampleQueriesTests.repositoryRoot.appendingPathComponent("Samples/partnerships.trellis").path
        let bundled = try Database(path: file, readOnly: true)
        #expect(bundled.notices.isEmpty)
        #expect(bundled.schema == .partnership)
        let fresh = Database()
        try fresh.apply(.partnership)
        try fresh.execute(try String(contentsOf: SampleQueriesTests.sampleScript, encoding: .utf8))
        #expect(bundled.snapshot() == fresh.snapshot(), "Samples/partnerships.trellis is out of date: run `make sample-db`")
    }
}
