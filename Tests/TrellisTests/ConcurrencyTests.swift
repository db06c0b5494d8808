import Foundation
import Testing
import Trellis

/// Readers run beside each other and never see a half-applied write.
@Suite("Concurrent readers and a writer")
struct ConcurrencyTests {
    @Test func readersSeeWholeStatementsWhileAWriterCommits() async throws {
        let db = Database()
        try await db.execute("CREATE INDEX FOR (s:School) ON (s.urn)")
        // Each write statement creates a school and its result together: readers must always
        // count as many results as schools.
        let writes = 200
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for i in 0..<writes {
                    try await db.execute("CREATE (s:School {urn: $urn})-[:HAS_RESULT]->(:Result {value: $urn})",
                                   parameters: ["urn": .int(Int64(i))])
                }
            }
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<100 {
                        let r = try await db.execute("MATCH (s:School) OPTIONAL MATCH (s)-[:HAS_RESULT]->(r) RETURN count(s) AS schools, count(r) AS results")
                        #expect(r.rows[0][0] == r.rows[0][1])
                    }
                }
            }
            try await group.waitForAll()
        }
        let final = try await db.execute("MATCH (s:School) RETURN count(*)")
        #expect(final.rows == [[.int(Int64(writes))]])
    }
}
