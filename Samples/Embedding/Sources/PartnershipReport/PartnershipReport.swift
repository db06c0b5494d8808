import Foundation
import Trellis

/// Prints a short report on the partnerships of a Trellis database, showing the embedding API:
/// a read-only database file, limits, prepared statements, typed reads, `Decodable` rows, a cursor,
/// the async API and error reporting.
///
///     swift run PartnershipReport ../partnerships.trellis
@main
struct PartnershipReport {
    /// One row of the partnership summary, decoded by column name.
    struct Partnership: Decodable {
        var name: String
        var formed: DateValue?
        var schools: Int
        var fsm: Double?
    }

    /// A school, decoded straight from the properties of a node.
    struct School: Decodable {
        var name: String
        var urn: Int
        var phase: String
    }

    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        let path = arguments.first ?? "../partnerships.trellis"
        do {
            let db = try Database(path: path, readOnly: true)
            // A reporting tool should never hang on a runaway query.
            db.limits = StatementLimits(timeout: 10, maxResultRows: 100_000)
            try report(db)
            // The async API runs the statement on a thread of its own; in async code, `execute`,
            // `cursor` and prepared statements are awaited.
            let counts = try await db.execute("MATCH (s:School) RETURN count(s) AS schools, count(DISTINCT s.phase) AS phases")
            print("schools: \(try counts[0]["schools", as: Int.self]) in \(try counts[0]["phases", as: Int.self]) phases")
        } catch {
            print(DiagnosticRenderer(sourceName: path, source: "").render(error))
            exit(1)
        }
    }

    static func report(_ db: Database) throws {
        // Decodable rows.
        let partnerships = try db.execute("""
            MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School)
            RETURN p.name AS name, p.formed AS formed, count(s) AS schools, avg(s.fsm) AS fsm
            ORDER BY schools DESC, name
            """).decode(Partnership.self)
        print("\(partnerships.count) partnerships")

        // A prepared statement, planned once and run for each partnership.
        let members = try db.prepare("""
            MATCH (s:School)-[:MEMBER_OF]->(:Partnership {name: $name})
            RETURN s ORDER BY s.name
            """)
        for partnership in partnerships.prefix(3) {
            let schools = try members.execute(parameters: ["name": Value(partnership.name)]).decode(School.self)
            let formed = partnership.formed.map { " (formed \($0))" } ?? ""
            print("- \(partnership.name)\(formed): \(partnership.schools) schools, FSM \(partnership.fsm.map { String(format: "%.1f", $0) } ?? "n/a")%")
            for school in schools {
                print("    \(school.urn)  \(school.name) [\(school.phase)]")
            }
        }

        // A cursor: the results are read one at a time, never held in memory at once.
        var totals: [String: (sum: Double, count: Int)] = [:]
        let cursor = try db.cursor("MATCH (:School)-[:HAS_RESULT]->(r:Result) RETURN r.pupilGroup AS pupilGroup, r.value AS value")
        while let row = try cursor.next() {
            let group = try row["pupilGroup", as: String.self]
            let value = try row["value", as: Double.self]
            totals[group, default: (0, 0)].sum += value
            totals[group, default: (0, 0)].count += 1
        }
        for (group, total) in totals.sorted(by: { $0.key < $1.key }) {
            print("average result, \(group): \(String(format: "%.1f", total.sum / Double(total.count))) over \(total.count) results")
        }

        // Errors carry a kind, a code and the position of the offending text.
        let typo = "MATCH (s:School)\nRETURN s.name ORDER BY nmae"
        do {
            try db.execute(typo)
        } catch let error as TrellisError {
            print("a mistake is reported as:")
            print(DiagnosticRenderer(sourceName: "<report>", source: typo).render(error))
        }
    }
}
