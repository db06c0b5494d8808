import Testing
import Trellis

@Suite("distance()")
struct DistanceTests {
    @Test func londonToParisIsAbout344Kilometres() throws {
        let v = try Database().execute("RETURN distance({lat: 51.5074, lon: -0.1278}, {latitude: 48.8566, longitude: 2.3522}) AS km").rows[0][0]
        guard case .float(let km) = v else { Issue.record("expected a float, got \(v)"); return }
        #expect(abs(km - 343.5) < 1.0)
    }

    @Test func nodesWithCoordinatesAndMissingOnes() throws {
        let db = Database()
        try db.execute("CREATE (:School {name: 'A', lat: 50.0, lon: -1.0}), (:School {name: 'B', lat: 50.0, lon: -1.0}), (:School {name: 'C'})")
        let rows = try db.execute("MATCH (a:School {name: 'A'}), (b:School) RETURN b.name, distance(a, b) ORDER BY b.name").rows
        #expect(rows == [["A", 0.0], ["B", 0.0], ["C", .null]])
    }

    @Test func coordinatesNamedByKeysAddedDuringTheStatementAreFound() throws {
        let db = Database()
        try db.execute("CREATE (:A {lat: 50.0, lon: -1.0}), (:B)")
        let row = try db.execute(
            "MATCH (a:A), (b:B) WITH a, b, distance(a, b) AS before SET b += $c RETURN before, distance(a, b) AS after",
            parameters: ["c": .map(["latitude": .float(50.0), "longitude": .float(-1.0)])]).rows[0]
        #expect(row == [.null, .float(0.0)])
    }

    @Test func wrongArgumentsAreErrors() {
        #expect(throws: TrellisError.self) { try Database().execute("RETURN distance(1, 2)") }
        #expect(throws: TrellisError.self) { try Database().execute("RETURN distance({lat: 1, lon: 2})") }
    }
}
