import Foundation
import Testing
import Trellis

/// `DotExporter.dot(for:)` writes well-formed Graphviz DOT for any result.
@Suite("DOT export")
struct DotExporterTests {
    /// Checks the structure of DOT text: balanced braces and brackets outside strings, strings
    /// closed, and every edge's ends declared as nodes before it. Returns the declared node ids
    /// and the edges.
    static func parse(_ dot: String) throws -> (nodes: Set<String>, edges: [(String, String)]) {
        var depth = 0, brackets = 0
        var inString = false, escaped = false
        for character in dot {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                try #require(character != "\n", "a string runs over a line end")
                continue
            }
            switch character {
            case "\"": inString = true
            case "{": depth += 1
            case "}": depth -= 1; try #require(depth >= 0)
            case "[": brackets += 1
            case "]": brackets -= 1; try #require(brackets >= 0)
            default: break
            }
        }
        #expect(!inString)
        #expect(depth == 0)
        #expect(brackets == 0)

        var nodes = Set<String>(), edges: [(String, String)] = []
        for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let head = line.prefix { $0 != "[" }.trimmingCharacters(in: .whitespaces)
            if head.contains("->") {
                let ends = head.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                try #require(ends.count == 2)
                #expect(nodes.contains(ends[0]), "edge from undeclared \(ends[0])")
                #expect(nodes.contains(ends[1]), "edge to undeclared \(ends[1])")
                edges.append((ends[0], ends[1]))
            } else if head.hasPrefix("n"), head.dropFirst().allSatisfy(\.isNumber), line.hasSuffix("];") {
                nodes.insert(head)
            }
        }
        return (nodes, edges)
    }

    /// A partnership of two schools in two authorities, with strengths and needs in two areas.
    static func partnership() throws -> Database {
        let db = Database()
        try db.execute("""
            CREATE (p:Partnership {id: 'P1', name: 'Solent Partnership'}),
              (a1:Authority {code: 'E1', name: 'Hampshire'}), (a2:Authority {code: 'E2', name: 'Portsmouth'}),
              (phonics:Area {name: 'phonics'}), (maths:Area {name: 'maths'}),
              (s1:School {urn: 1, name: 'Padnell Junior School', phase: 'primary'}),
              (s2:School {urn: 2, name: 'Harbour Secondary', phase: 'secondary'}),
              (s1)-[:MEMBER_OF {role: 'lead'}]->(p), (s2)-[:MEMBER_OF {role: 'member'}]->(p),
              (s1)-[:IN_AUTHORITY]->(a1), (s2)-[:IN_AUTHORITY]->(a2),
              (s1)-[:STRENGTH {level: 2}]->(phonics), (s1)-[:NEEDS {priority: 3}]->(maths),
              (s2)-[:STRENGTH {level: 3}]->(maths), (s2)-[:NEEDS {priority: 1}]->(phonics)
            """)
        return db
    }

    @Test func aPartnershipWithItsSchoolsAuthoritiesAndAreas() throws {
        let result = try Self.partnership().execute("""
            MATCH (p:Partnership {id: 'P1'})<-[m:MEMBER_OF]-(s:School)-[r:IN_AUTHORITY|STRENGTH|NEEDS]->(x) RETURN p, m, s, r, x
            """)
        let dot = DotExporter.dot(for: result)
        #expect(dot.hasPrefix("digraph trellis {\n"))
        #expect(dot.contains("rankdir=LR"))
        let (nodes, edges) = try Self.parse(dot)
        #expect(nodes.count == 7)  // the partnership, 2 schools, 2 authorities, 2 areas
        #expect(edges.count == 8)
        #expect(dot.contains("label=\"Padnell Junior School\\nSchool · primary\""))
        #expect(dot.contains("label=\"Solent Partnership\\nPartnership\""))
        #expect(dot.contains("label=\"Hampshire\\nAuthority\""))
        #expect(dot.contains("label=\"phonics\\nArea\""))
        #expect(dot.contains("label=\"STRENGTH level 2\""))
        #expect(dot.contains("label=\"NEEDS priority 3\""))
        #expect(dot.contains("label=\"MEMBER_OF (lead)\""))
    }

    @Test func pathsListsAndMapsAreSearchedAndEndsAlwaysDeclared() throws {
        let result = try Self.partnership().execute("""
            MATCH path = (s:School {urn: 1})-[:MEMBER_OF]->(p:Partnership)
            MATCH (s)-[r:STRENGTH|NEEDS]->()
            RETURN path, {strengths: collect(r)} AS m, [p] AS l
            """)
        let (nodes, edges) = try Self.parse(DotExporter.dot(for: result))
        // Relationships alone bring their end nodes, drawn from the result's snapshots.
        #expect(nodes.count == 4)
        #expect(edges.count == 3)
    }

    @Test func quotesBackslashesAndLineBreaksAreEscaped() throws {
        let db = Database()
        let result = try db.execute("""
            CREATE (a:School {name: 'The "Quoted" \\\\ School\\nline two', phase: 'primary'})-[r:LINK {note: '"x"'}]->(b:`Odd "Label"`)
            RETURN a, r, b
            """)
        let dot = DotExporter.dot(for: result)
        _ = try Self.parse(dot)
        #expect(dot.contains(#"label="The \"Quoted\" \\ School\nline two\nSchool · primary""#))
        #expect(dot.contains(#"Odd \"Label\""#))
    }

    @Test func anEmptyResultIsAnEmptyGraph() throws {
        let dot = DotExporter.dot(for: try Database().execute("MATCH (n) RETURN n"))
        let (nodes, edges) = try Self.parse(dot)
        #expect(nodes.isEmpty && edges.isEmpty)
        #expect(dot.hasSuffix("}\n"))
    }
}
