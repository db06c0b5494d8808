import Foundation
import Trellis

/// A small partnership graph the shell tests run on, so that they do not depend on the sample's
/// details: five schools (two whose names start alike, one with an apostrophe), two partnerships,
/// two authorities, areas of practice, a person and a programme.
enum ShellFixture {
    static let script = """
        CREATE INDEX FOR (s:School) ON (s.urn);
        CREATE (hampshire:Authority {code: 'E10000014', name: 'Hampshire'}),
               (portsmouth:Authority {code: 'E06000044', name: 'Portsmouth'}),
               (southEast:Region {name: 'South East'}),
               (programme:Programme {name: 'Schools Partnership Programme'}),
               (solent:Partnership {id: 'P-001', name: 'Solent Improvement Partnership', formed: date('2023-09-01')}),
               (wessex:Partnership {id: 'P-002', name: 'Wessex Secondary Network', formed: date('2022-09-01')}),
               (phonics:Area {name: 'phonics'}), (maths:Area {name: 'maths'}),
               (junior:School {urn: 900101, name: 'Padnell Junior School', phase: 'primary', pupils: 262, fsm: 34.0,
                               rating: 'Outstanding'}),
               (infant:School {urn: 900108, name: 'Padnell Infant School', phase: 'primary', pupils: 273, fsm: 44.4}),
               (riverside:School {urn: 900115, name: 'Riverside Community Primary', phase: 'primary', pupils: 202,
                                  fsm: 10.8, rating: 'Good'}),
               (oakwood:School {urn: 900122, name: 'Oakwood Academy', phase: 'secondary', pupils: 1279, fsm: 45.9,
                                rating: 'Good'}),
               (stMarys:School {urn: 900129, name: 'St Mary\\'s Primary', phase: 'primary', pupils: 190, fsm: 20.1,
                                rating: 'Good'}),
               (:Person {id: 'X1', name: 'Alex Morgan', role: 'headteacher'})-[:WORKS_AT {role: 'head'}]->(junior),
               (hampshire)-[:IN_REGION]->(southEast), (portsmouth)-[:IN_REGION]->(southEast),
               (solent)-[:IN_PROGRAMME]->(programme), (wessex)-[:IN_PROGRAMME]->(programme),
               (junior)-[:IN_AUTHORITY]->(hampshire), (infant)-[:IN_AUTHORITY]->(hampshire),
               (riverside)-[:IN_AUTHORITY]->(hampshire), (oakwood)-[:IN_AUTHORITY]->(hampshire),
               (stMarys)-[:IN_AUTHORITY]->(portsmouth),
               (junior)-[:MEMBER_OF {role: 'lead', since: date('2023-09-01')}]->(solent),
               (infant)-[:MEMBER_OF {role: 'member', since: date('2023-09-01')}]->(solent),
               (riverside)-[:MEMBER_OF {role: 'member', since: date('2024-01-15')}]->(solent),
               (oakwood)-[:MEMBER_OF {role: 'lead', since: date('2022-09-01')}]->(wessex),
               (junior)-[:NEEDS {priority: 3}]->(phonics),
               (riverside)-[:STRENGTH {level: 3, evidence: 'peer review'}]->(phonics),
               (oakwood)-[:STRENGTH {level: 2, evidence: 'results'}]->(maths);

        """

    /// A new database holding the fixture graph.
    static func makeDatabase() throws -> Database {
        let database = Database()
        try database.executeScript(script) { _ in }
        return database
    }

    /// The fixture as a script file in `folder`, for `trellis --init`.
    static func writeScript(in folder: URL) throws -> String {
        let file = folder.appendingPathComponent("fixture.cypher")
        try script.write(to: file, atomically: false, encoding: .utf8)
        return file.path
    }
}
