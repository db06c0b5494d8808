import Foundation
import Testing
import Trellis

/// The sample graph loads, and every saved query in `Samples/queries/` answers what plain Swift,
/// walking a snapshot of the same graph, computes for the same question.
@Suite("Sample graph and saved queries")
struct SampleQueriesTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleScript = repositoryRoot.appendingPathComponent("Samples/partnerships.cypher")
    static let queriesFolder = repositoryRoot.appendingPathComponent("Samples/queries")

    /// The file names of the saved queries.
    static let queryFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: queriesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".cypher") }.sorted()
    }()

    struct Sample: Sendable {
        let database: Database
        let data: SampleData
    }

    /// The sample script loaded once into a database, with its snapshot.
    static let sample: Result<Sample, any Error> = Result {
        let database = Database()
        try database.execute(try String(contentsOf: sampleScript, encoding: .utf8))
        return Sample(database: database, data: SampleData(database.snapshot()))
    }

    /// For each saved query, its answer computed independently. The parameters are those written
    /// at the top of each query file.
    static let answers: [String: @Sendable (SampleData) -> ExpectedTable] = [
        "partners_for_a_need.cypher": partnersForANeed,
        "unpartnered_schools_by_region.cypher": unpartneredSchoolsByRegion,
        "partnerships_across_authorities.cypher": partnershipsAcrossAuthorities,
        "overdue_peer_reviews.cypher": overduePeerReviews,
        "champions_by_area.cypher": championsByArea,
        "goals_by_heading_and_status.cypher": goalsByHeadingAndStatus,
        "disadvantaged_gap_by_year.cypher": disadvantagedGapByYear,
        "gap_change_since_formed.cypher": gapChangeSinceFormed,
    ]

    // MARK: - Tests

    @Test func everySavedQueryHasAnIndependentAnswer() {
        #expect(Self.queryFiles.count >= 8)
        let withoutAnswer = Set(Self.queryFiles).subtracting(Self.answers.keys)
        let withoutFile = Set(Self.answers.keys).subtracting(Self.queryFiles)
        #expect(withoutAnswer.isEmpty, "saved queries with no independent answer in this test: \(withoutAnswer.sorted())")
        #expect(withoutFile.isEmpty, "answers for saved queries that do not exist: \(withoutFile.sorted())")
    }

    @Test func everySavedQuerySaysWhatItAsks() throws {
        for file in Self.queryFiles {
            let text = try String(contentsOf: Self.queriesFolder.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first?.hasPrefix("// ") == true && lines.first?.hasSuffix("?") == true,
                    "\(file) should open with a comment asking its question")
            #expect(text.contains("// Parameters"), "\(file) should say what its parameters are")
            #expect(text.contains("// Reading the result"), "\(file) should say how to read its result")
            #expect(text.contains("ORDER BY"), "\(file) should order its rows")
        }
    }

    @Test(arguments: queryFiles)
    func savedQueryAnswersLikeTheIndependentComputation(_ file: String) throws {
        let sample = try Self.sample.get()
        let answer = try #require(Self.answers[file], "no independent answer for \(file)")
        let text = try String(contentsOf: Self.queriesFolder.appendingPathComponent(file), encoding: .utf8)
        let result = try sample.database.execute(text)
        let expected = answer(sample.data)
        #expect(!expected.rows.isEmpty, "\(file) should have an answer on the sample")
        #expect(result.columns == expected.columns)
        #expect(result.rows.count == expected.rows.count)
        for (index, (row, wanted)) in zip(result.rows, expected.rows).enumerated() {
            #expect(row.count == wanted.count)
            for (column, (cell, want)) in zip(expected.columns, zip(row, wanted)) {
                #expect(want.matches(cell), "row \(index + 1), \(column): got \(cell), expected \(want)")
            }
        }
    }

    @Test func sampleHasTheShapeAsked() throws {
        let data = try Self.sample.get().data
        let schools = data.all("School")
        #expect((60...120).contains(schools.count))
        #expect(schools.allSatisfy { ($0.int("urn") ?? 0) >= 900_000 }, "URNs are invented, 9xxxxx")

        // The Hampshire partnership of five real schools, formed March 2018.
        let five = ["Padnell Junior School", "Purbrook Junior School", "Clanfield Junior School",
                    "St Albans Primary School", "Denmead Junior School"]
        let hampshire = try #require(data.node("Partnership", "name", "Hampshire Five Schools Partnership"))
        #expect(hampshire.date("formed") == DateValue(year: 2018, month: 3, day: 1))
        #expect(Set(data.currentMembers(of: hampshire).compactMap { $0.string("name") }) == Set(five))
        for name in five {
            let school = try #require(data.node("School", "name", name))
            #expect(data.authority(of: school)?.string("name") == "Hampshire")
        }
        #expect(Set(data.targets(of: hampshire, "HAS_GOAL").compactMap { $0.node.string("heading") }).count == 4)

        // The Scotland-like programme: 8 partnerships across 13 Scottish local authorities.
        let programme = try #require(data.node("Programme", "name", "Regional Improvement Collaborative — illustrative"))
        let partnerships = data.sources(of: programme, "IN_PROGRAMME").map(\.node)
        #expect(partnerships.count == 8)
        let authorities = Set(partnerships.flatMap { data.currentMembers(of: $0) }.compactMap { data.authority(of: $0) })
        #expect(authorities.count == 13)
        #expect(authorities.allSatisfy { $0.string("country") == "Scotland" && $0.string("code")?.hasPrefix("S12") == true })

        // Results for 2019 to 2024, for all and for disadvantaged pupils.
        let results = data.all("Result")
        #expect(Set(results.compactMap { $0.int("year") }) == [2019, 2021, 2022, 2023, 2024])
        #expect(Set(results.compactMap { $0.string("pupilGroup") }) == ["all", "disadvantaged"])
    }

    @Test(arguments: [("School", "urn", "900001"), ("Authority", "code", "'S12000047'"), ("Partnership", "id", "'P01'"),
                      ("Area", "name", "'phonics'"), ("Person", "id", "'PER-001'"), ("Review", "id", "'REV-001'"),
                      ("Goal", "id", "'G-001'"), ("Activity", "id", "'ACT-001'"), ("Result", "id", "'R-900001-2019-literacy-all'")])
    func sampleIndexesItsKeys(label: String, key: String, literal: String) throws {
        let database = try Self.sample.get().database
        let query = "MATCH (n:\(label) {\(key): \(literal)}) RETURN n"
        #expect(try database.execute(query).rows.count == 1)
        let plan = try #require(try database.execute("EXPLAIN " + query).plan)
        #expect(plan.contains("NodeIndexSeek #0 :\(label)(\(key))"), "\(plan)")
    }

    @Test func sampleGivesTheQuestionsSomethingToWeigh() throws {
        let data = try Self.sample.get().data
        // Who could help Padnell with phonics: each condition of the question rules someone out.
        let padnell = try #require(data.node("School", "name", "Padnell Junior School"))
        let phonics = try #require(data.node("Area", "name", "phonics"))
        let candidates = data.sources(of: phonics, "STRENGTH").filter { $0.node.id != padnell.id }
        let home = data.authority(of: padnell)
        #expect(candidates.contains { data.authority(of: $0.node) == home })
        #expect(candidates.contains { data.authority(of: $0.node) != home && SampleData.kilometres(padnell, $0.node) < 25 })
        #expect(candidates.contains { ($0.relationship.int("level") ?? 0) < 2 })
        #expect(candidates.contains { Self.fsmBand($0.node) == Self.fsmBand(padnell) && SampleData.kilometres(padnell, $0.node) >= 25 })

        // A planned review on the as-of day itself, and planned reviews still to come, are not overdue.
        let planned = data.all("Review").filter { $0.string("status") == "planned" }
        let asOf = DateValue(year: 2025, month: 6, day: 30)!
        #expect(planned.contains { $0.date("date") == asOf })
        #expect(planned.contains { $0.date("date")! > asOf })

        // A school that left a partnership counts as in none.
        #expect(data.all("School").contains { school in
            !data.targets(of: school, "MEMBER_OF").isEmpty && data.currentPartnerships(of: school).isEmpty
        })
    }

    // MARK: - Independent answers

    static func fsmBand(_ school: NodeSnapshot) -> String {
        let fsm = school.double("fsm")!
        return fsm < 15 ? "under 15%" : fsm < 30 ? "15% to 30%" : "30% or more"
    }

    /// Helpers for Padnell Junior School with phonics: level >= 2, another authority, >= 25 km, another fsm band.
    static func partnersForANeed(_ data: SampleData) -> ExpectedTable {
        let columns = ["school", "authority", "level", "evidence", "km", "fsm", "fsmBand"]
        guard let me = data.node("School", "name", "Padnell Junior School"),
              let need = data.targets(of: me, "NEEDS").first(where: { $0.node.string("name") == "phonics" })
        else { return ExpectedTable(columns: columns, rows: []) }
        let home = data.authority(of: me)
        var helpers: [(level: Int64, km: Double, school: NodeSnapshot, strength: RelationshipSnapshot, authority: NodeSnapshot)] = []
        for (strength, helper) in data.sources(of: need.node, "STRENGTH") {
            guard let authority = data.authority(of: helper), authority != home else { continue }
            let level = strength.int("level")!
            let km = SampleData.kilometres(me, helper)
            guard level >= 2, km >= 25.0, fsmBand(helper) != fsmBand(me) else { continue }
            helpers.append((level, km, helper, strength, authority))
        }
        helpers.sort { ($1.level, $0.km, $0.school.string("name")!) < ($0.level, $1.km, $1.school.string("name")!) }
        return ExpectedTable(columns: columns, rows: helpers.map { h in
            [.string(h.school.string("name")!), .string(h.authority.string("name")!), .int(h.level),
             .string(h.strength.string("evidence")!), .roundedToTenth(h.km), .value(h.school.properties["fsm"]!),
             .string(fsmBand(h.school))]
        })
    }

    /// Per region: how many schools have no current membership, of how many, and which.
    static func unpartneredSchoolsByRegion(_ data: SampleData) -> ExpectedTable {
        var rows: [(region: String, count: Int, schools: Int, names: [String])] = []
        for region in data.all("Region") {
            var schools: [(name: String, authority: String, partnered: Bool)] = []
            for authority in data.sources(of: region, "IN_REGION").map(\.node) {
                for school in data.sources(of: authority, "IN_AUTHORITY").map(\.node) {
                    schools.append((school.string("name")!, authority.string("name")!,
                                    !data.currentPartnerships(of: school).isEmpty))
                }
            }
            let unpartnered = schools.filter { !$0.partnered }.sorted { $0.name < $1.name }
            guard !unpartnered.isEmpty else { continue }
            rows.append((region.string("name")!, unpartnered.count, schools.count,
                         unpartnered.map { "\($0.name) (\($0.authority))" }))
        }
        rows.sort { ($1.count, $0.region) < ($0.count, $1.region) }
        return ExpectedTable(columns: ["region", "inNoPartnership", "schools", "names"], rows: rows.map { r in
            [.string(r.region), .int(Int64(r.count)), .int(Int64(r.schools)), .strings(r.names)]
        })
    }

    /// Partnerships whose current members are in two or more authorities.
    static func partnershipsAcrossAuthorities(_ data: SampleData) -> ExpectedTable {
        var rows: [(name: String, kind: String, programme: String?, authorities: [String], schools: Int)] = []
        for partnership in data.all("Partnership") {
            let members = data.currentMembers(of: partnership)
            let authorities = Set(members.compactMap { data.authority(of: $0)?.string("name") }).sorted()
            guard authorities.count >= 2 else { continue }
            rows.append((partnership.string("name")!, partnership.string("kind")!,
                         data.targets(of: partnership, "IN_PROGRAMME").first?.node.string("name"),
                         authorities, members.count))
        }
        rows.sort { ($1.authorities.count, $0.name) < ($0.authorities.count, $1.name) }
        return ExpectedTable(columns: ["partnership", "kind", "programme", "authorityCount", "authorities", "schools"],
                             rows: rows.map { r in
            [.string(r.name), .string(r.kind), .optionalString(r.programme), .int(Int64(r.authorities.count)),
             .strings(r.authorities), .int(Int64(r.schools))]
        })
    }

    /// Planned reviews dated before 30 June 2025.
    static func overduePeerReviews(_ data: SampleData) -> ExpectedTable {
        let asOf = DateValue(year: 2025, month: 6, day: 30)!
        var rows: [[ExpectedCell]] = []
        let overdue = data.all("Review")
            .filter { $0.string("status") == "planned" && $0.date("date")! < asOf }
            .sorted { ($0.date("date")!, $0.string("id")!) < ($1.date("date")!, $1.string("id")!) }
        for review in overdue {
            let due = review.date("date")!
            for (_, school) in data.targets(of: review, "OF") {
                for (_, reviewer) in data.targets(of: review, "BY") {
                    for (_, area) in data.targets(of: review, "ON") {
                        let partnerships = data.currentPartnerships(of: school).map { $0.string("name") }
                        for partnership in partnerships.isEmpty ? [nil] : partnerships {
                            rows.append([.string(review.string("id")!), .value(.date(due)),
                                         .int(asOf.daysSinceEpoch - due.daysSinceEpoch), .int(review.int("round")!),
                                         .string(school.string("name")!), .string(reviewer.string("name")!),
                                         .string(area.string("name")!), .optionalString(partnership)])
                        }
                    }
                }
            }
        }
        return ExpectedTable(columns: ["review", "due", "daysOverdue", "round", "school", "reviewer", "area", "partnership"],
                             rows: rows)
    }

    /// Every area with its champions (and the schools they work at), areas without any included.
    static func championsByArea(_ data: SampleData) -> ExpectedTable {
        var rows: [(area: String, pairs: [(person: String, school: String)])] = []
        for area in data.all("Area") {
            var pairs: [(person: String, school: String)] = []
            for (_, person) in data.sources(of: area, "CHAMPIONS") {
                for (_, school) in data.targets(of: person, "WORKS_AT") {
                    pairs.append((person.string("name")!, school.string("name")!))
                }
            }
            pairs.sort { ($0.person, $0.school) < ($1.person, $1.school) }
            rows.append((area.string("name")!, pairs))
        }
        rows.sort { ($1.pairs.count, $0.area) < ($0.pairs.count, $1.area) }
        return ExpectedTable(columns: ["area", "championCount", "schools", "champions"], rows: rows.map { r in
            [.string(r.area), .int(Int64(r.pairs.count)), .int(Int64(Set(r.pairs.map(\.school)).count)),
             .strings(r.pairs.map { "\($0.person) (\($0.school))" })]
        })
    }

    /// Goals counted by heading and status, with the partnerships that hold them.
    static func goalsByHeadingAndStatus(_ data: SampleData) -> ExpectedTable {
        struct Key: Hashable { var heading: String; var status: String }
        var groups: [Key: (goals: Int, partnerships: Set<String>)] = [:]
        for partnership in data.all("Partnership") {
            for (_, goal) in data.targets(of: partnership, "HAS_GOAL") {
                let key = Key(heading: goal.string("heading")!, status: goal.string("status")!)
                groups[key, default: (0, [])].goals += 1
                groups[key, default: (0, [])].partnerships.insert(partnership.string("name")!)
            }
        }
        let rank = ["achieved": 0, "in progress": 1]
        let keys = groups.keys.sorted { ($0.heading, rank[$0.status] ?? 2) < ($1.heading, rank[$1.status] ?? 2) }
        return ExpectedTable(columns: ["heading", "status", "goals", "partnerships"], rows: keys.map { key in
            [.string(key.heading), .string(key.status), .int(Int64(groups[key]!.goals)),
             .strings(groups[key]!.partnerships.sorted())]
        })
    }

    /// For one partnership and measure: each year's averages over current members, all and disadvantaged.
    static func yearlyAverages(_ data: SampleData, _ partnership: NodeSnapshot, measure: String)
        -> [(year: Int64, schools: Int, all: Double, disadvantaged: Double)] {
        var values: [Int64: (schools: Set<NodeID>, all: [Double], disadvantaged: [Double])] = [:]
        for school in data.currentMembers(of: partnership) {
            for (_, result) in data.targets(of: school, "HAS_RESULT") where result.string("measure") == measure {
                let year = result.int("year")!
                values[year, default: ([], [], [])].schools.insert(school.id)
                switch result.string("pupilGroup") {
                case "all": values[year, default: ([], [], [])].all.append(result.double("value")!)
                case "disadvantaged": values[year, default: ([], [], [])].disadvantaged.append(result.double("value")!)
                default: break
                }
            }
        }
        func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
        return values.keys.sorted().map { year in
            let v = values[year]!
            return (year, v.schools.count, mean(v.all), mean(v.disadvantaged))
        }
    }

    /// The literacy gap (all minus disadvantaged) per partnership and year.
    static func disadvantagedGapByYear(_ data: SampleData) -> ExpectedTable {
        var rows: [[ExpectedCell]] = []
        for partnership in data.all("Partnership").sorted(by: { $0.string("name")! < $1.string("name")! }) {
            for y in yearlyAverages(data, partnership, measure: "literacy") {
                rows.append([.string(partnership.string("name")!), .int(y.year), .int(Int64(y.schools)),
                             .roundedToTenth(y.all), .roundedToTenth(y.disadvantaged),
                             .roundedToTenth(y.all - y.disadvantaged)])
            }
        }
        return ExpectedTable(columns: ["partnership", "year", "schools", "allPupils", "disadvantaged", "gap"], rows: rows)
    }

    /// The literacy gap in the first results year not before formation, against the latest year.
    static func gapChangeSinceFormed(_ data: SampleData) -> ExpectedTable {
        var rows: [(name: String, formed: DateValue, from: Int64, then: Double, to: Int64, now: Double)] = []
        for partnership in data.all("Partnership") {
            let formed = partnership.date("formed")!
            let years = yearlyAverages(data, partnership, measure: "literacy")
                .filter { $0.year >= formed.components.year }
            guard let first = years.first, let last = years.last else { continue }
            rows.append((partnership.string("name")!, formed, first.year, first.all - first.disadvantaged,
                         last.year, last.all - last.disadvantaged))
        }
        rows.sort { ($0.now - $0.then, $0.name) < ($1.now - $1.then, $1.name) }
        return ExpectedTable(columns: ["partnership", "formed", "fromYear", "gapThen", "toYear", "gapNow", "change"],
                             rows: rows.map { r in
            [.string(r.name), .value(.date(r.formed)), .int(r.from), .roundedToTenth(r.then), .int(r.to),
             .roundedToTenth(r.now), .roundedToTenth(r.now - r.then)]
        })
    }
}
