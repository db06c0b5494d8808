import Testing
import Trellis

@Suite("Decoding rows into Decodable types")
struct RowDecodingTests {
    struct SchoolRow: Decodable, Equatable {
        var name: String
        var urn: Int
        var fsm: Double?
        var tags: [String]
    }

    struct School: Decodable, Equatable {
        var name: String
        var urn: Int
    }

    struct Membership: Decodable {
        var school: School
        var partnership: [String: String]
        var since: Int
        var opened: DateValue
    }

    let db: Database

    init() throws {
        db = Database()
        try db.execute("""
            CREATE (:School {name: 'Padnell Junior School', urn: 116110, fsm: 21.5, opened: date('1970-09-01')})-[:MEMBER_OF {since: 2018}]->(:Partnership {name: 'Hampshire five'}),
                   (:School {name: 'Crookhorn College', urn: 116454})
            """)
    }

    @Test func decodesEachRowByColumnName() throws {
        let rows = try db.execute("MATCH (s:School) RETURN s.name AS name, s.urn AS urn, s.fsm AS fsm, ['a', s.name] AS tags ORDER BY urn")
            .decode(SchoolRow.self)
        #expect(rows == [
            SchoolRow(name: "Padnell Junior School", urn: 116110, fsm: 21.5, tags: ["a", "Padnell Junior School"]),
            SchoolRow(name: "Crookhorn College", urn: 116454, fsm: nil, tags: ["a", "Crookhorn College"]),
        ])
    }

    @Test func nodesDecodeFromTheirPropertiesAndMapsFromTheirEntries() throws {
        let row = try #require(try db.execute("""
            MATCH (s:School)-[m:MEMBER_OF]->(p) RETURN s AS school, p {.name} AS partnership, m.since AS since, s.opened AS opened
            """).first)
        let membership = try row.decode(Membership.self)
        #expect(membership.school == School(name: "Padnell Junior School", urn: 116110))
        #expect(membership.partnership == ["name": "Hampshire five"])
        #expect(membership.since == 2018)
        #expect(membership.opened == DateValue(year: 1970, month: 9, day: 1))
    }

    @Test func aOneColumnRowDecodesAsItsValue() throws {
        let names = try db.execute("MATCH (s:School) RETURN s.name ORDER BY s.name").decode(String.self)
        #expect(names == ["Crookhorn College", "Padnell Junior School"])
        let schools = try db.execute("MATCH (s:School) RETURN s ORDER BY s.urn").decode(School.self)
        #expect(schools.map(\.urn) == [116110, 116454])
    }

    @Test func failuresNameTheColumnAndWhatWasFound() throws {
        let missing = try #require(throws: TrellisError.self) {
            try db.execute("MATCH (s:School) RETURN s.name AS name").decode(School.self)
        }
        #expect(missing.kind == .typeError)
        #expect(missing.code == "DecodingFailed")
        #expect(missing.message.contains("urn"))
        let wrong = try #require(throws: TrellisError.self) {
            try db.execute("RETURN 'x' AS name, 'y' AS urn").decode(School.self)
        }
        #expect(wrong.message.contains("urn") && wrong.message.contains("STRING"))
        let null = try #require(throws: TrellisError.self) {
            try db.execute("RETURN 'x' AS name, null AS urn").decode(School.self)
        }
        #expect(null.message.contains("null"))
    }
}
