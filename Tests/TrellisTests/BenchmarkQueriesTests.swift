import Foundation
import Testing
import Trellis

/// The benchmark queries of `Benchmarks/queries/` run in Trellis on a small graph of their own,
/// and each write's undo puts the graph back. (`make bench-small` runs the whole kit beside the
/// peer engines and compares their results; this keeps the queries honest in `swift test` alone.)
@Suite("Benchmark queries")
struct BenchmarkQueriesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/queries")

    /// The queries Trellis runs: NAME.cypher, without the undo scripts and the peers' variants.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".cypher") && $0.split(separator: ".").count == 2 }
            .map { String($0.dropLast(".cypher".count)) }.sorted()
    }()

    static let parameters: [String: Value] = [
        "urn": 1, "pid": "P1", "year": 2024, "measure": "reading", "asOf": "2025-06-30", "text": "Church",
        "newPid": "PNEW", "newUrns": [2, 3], "lo": 1, "hi": 3, "doomedPid": "P1",
        "authority": "E1", "area": "phonics", "prefix": "Ash", "pageSkip": 0,
        "doomedMembers": [["urn": 1, "since": "2020-01-01", "until": nil, "role": "lead"],
                          ["urn": 2, "since": "2020-02-01", "until": nil, "role": "member"]],
    ]

    static func graph() throws -> Database {
        let database = Database()
        try database.execute("""
            CREATE (r:Region {name: 'North'}), (a:Authority {code: 'E1', name: 'Ashford', country: 'England'}),
                   (b:Authority {code: 'E2', name: 'Beckham', country: 'England'}),
                   (a)-[:IN_REGION]->(r), (b)-[:IN_REGION]->(r),
                   (s1:School {urn: 1, name: 'Ashford Church School', phase: 'primary', pupils: 200, fsm: 20.0, lat: 51.0, lon: -1.0, postcode: 'AB1 2CD', rating: 'requires improvement'}),
                   (s2:School {urn: 2, name: 'Beck Primary School', phase: 'primary', pupils: 300, fsm: 30.0, lat: 51.5, lon: -1.2, postcode: 'AB3 4EF', rating: 'good'}),
                   (s3:School {urn: 3, name: 'Moor Academy', phase: 'secondary', pupils: 900, fsm: 10.0, lat: 52.0, lon: -1.1, postcode: 'CD5 6GH', rating: 'outstanding'}),
                   (s4:School {urn: 4, name: 'Foxley School', phase: 'special', pupils: 80, fsm: 40.0, lat: 52.1, lon: -1.3, postcode: 'CD7 8IJ', rating: 'inadequate'}),
                   (s1)-[:IN_AUTHORITY]->(a), (s2)-[:IN_AUTHORITY]->(a), (s3)-[:IN_AUTHORITY]->(b), (s4)-[:IN_AUTHORITY]->(b),
                   (p:Partnership {id: 'P1', name: 'Ashford Cluster', kind: 'improvement-partnership', formed: date('2020-01-01')}),
                   (q:Partnership {id: 'P2', name: 'Beck Cluster', kind: 'cluster', formed: date('2021-01-01')}),
                   (s1)-[:MEMBER_OF {since: date('2020-01-01'), role: 'lead'}]->(p),
                   (s2)-[:MEMBER_OF {since: date('2020-02-01'), role: 'member'}]->(p),
                   (s2)-[:MEMBER_OF {since: date('2021-01-01'), role: 'lead'}]->(q),
                   (s3)-[:MEMBER_OF {since: date('2021-01-01'), role: 'member'}]->(q),
                   (phonics:Area {name: 'phonics'}), (s1)-[:NEEDS {priority: 1}]->(phonics),
                   (s3)-[:STRENGTH {level: 3, evidence: 'data'}]->(phonics),
                   (h:Person {id: 'H1', name: 'Sam Smith', role: 'teacher'})-[:WORKS_AT {role: 'teacher'}]->(s3),
                   (h)-[:CHAMPIONS]->(phonics),
                   (rv:Review {id: 'R1', date: date('2024-10-01'), round: 1, status: 'planned'}),
                   (rv)-[:OF]->(s1), (rv)-[:BY]->(s2), (rv)-[:ON]->(phonics),
                   (s1)-[:HAS_RESULT]->(:Result {id: '1-2024-reading-d', year: 2024, measure: 'reading', pupilGroup: 'disadvantaged', value: 60.0}),
                   (s1)-[:HAS_RESULT]->(:Result {id: '1-2024-maths-d', year: 2024, measure: 'maths', pupilGroup: 'disadvantaged', value: 30.0}),
                   (s2)-[:HAS_RESULT]->(:Result {id: '2-2024-reading-a', year: 2024, measure: 'reading', pupilGroup: 'all', value: 35.0}),
                   (s2)-[:STRENGTH {level: 2, evidence: 'visit'}]->(phonics),
                   (h2:Person {id: 'H2', name: 'Ali Khan', role: 'deputy head'})-[:WORKS_AT {role: 'deputy head'}]->(s2),
                   (h2)-[:CHAMPIONS]->(phonics),
                   (p)-[:IN_PROGRAMME]->(:Programme {name: 'Gap'}),
                   (p)-[:HAS_GOAL]->(:Goal {id: 'G1', heading: 'Maths', text: 'Close the gap', status: 'met'}),
                   (s2)-[:NEEDS {priority: 3}]->(:Area {name: 'maths'})
            """)
        return database
    }

    static func text(_ name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("there are at least thirty read queries and three writes")
    func counts() {
        #expect(Self.names.filter { $0.hasPrefix("q") }.count >= 30)
        #expect(Self.names.filter { $0.hasPrefix("w") }.count == 3)
    }

    @Test("each query runs, and a write's undo restores the graph", arguments: names)
    func runs(name: String) throws {
        let database = try Self.graph()
        let before = try database.execute("MATCH (s:School)-[m:MEMBER_OF]->(p) RETURN count(*), sum(s.pupils)").rows
        let result = try database.execute(try #require(try Self.text(name + ".cypher")), parameters: Self.parameters)
        #expect(!result.rows.isEmpty, "\(name) returns no rows on the test graph")
        if let undo = try Self.text(name + ".undo.cypher") {
            try database.execute(undo, parameters: Self.parameters)
            let after = try database.execute("MATCH (s:School)-[m:MEMBER_OF]->(p) RETURN count(*), sum(s.pupils)").rows
            #expect(after == before)
        }
    }
}
