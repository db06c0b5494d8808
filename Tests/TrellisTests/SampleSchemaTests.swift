import Foundation
import Testing
import Trellis

/// The bundled sample is partnership data: it must follow the partnership schema.
@Suite("Sample follows the partnership schema")
struct SampleSchemaTests {
    @Test func sampleLoadsUnderThePartnershipSchema() throws {
        let db = Database()
        try db.apply(.partnership)
        let script = try String(contentsOf: SampleQueriesTests.sampleScript, encoding: .utf8)
        try db.execute(script)
        #expect(try db.execute("MATCH (s:School) RETURN count(*)").rows[0][0] != 0)
        // And the schema is really enforced on it.
        #expect(throws: TrellisError.self) {
            try db.execute("MATCH (s:School {name: 'Padnell Junior School'}) SET s.urn = 'not a number'")
        }
    }
}
