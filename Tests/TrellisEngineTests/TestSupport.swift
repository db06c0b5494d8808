import Testing
import Trellis
import Foundation

// MARK: - Rendering

/// A type-faithful text form of a value: `1` and `1.0` differ, strings are quoted,
/// map keys are sorted. Used to compare results exactly and to print readable diffs.
func render(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let d): return d.isNaN ? "NaN" : String(d)
    case .string(let s): return "'" + s + "'"
    case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
    case .map(let m):
        return "{" + m.keys.sorted().map { "\($0): \(render(m[$0]!))" }.joined(separator: ", ") + "}"
    case .date(let d): return "date('\(d)')"
    case .localTime(let t): return "localtime('\(t)')"
    case .time(let t): return "time('\(t)')"
    case .localDateTime(let t): return "localdatetime('\(t)')"
    case .dateTime(let t): return "datetime('\(t)')"
    case .duration(let d): return "duration('\(d)')"
    case .node(let n): return "(#\(n))"
    case .relationship(let r): return "[#\(r)]"
    case .path(let p):
        var parts = ["(#\(p.nodes[0]))"]
        for (r, n) in zip(p.relationships, p.nodes.dropFirst()) { parts.append("[#\(r)]"); parts.append("(#\(n))") }
        return "<" + parts.joined(separator: "-") + ">"
    }
}

func render(row: [Value]) -> String { row.map(render).joined(separator: " | ") }

// MARK: - Running

/// Runs `query` on `db` and returns its rendered rows, in result order.
func renderedRows(_ db: Database, _ query: String, _ parameters: [String: Value] = [:]) throws -> [String] {
    try db.execute(query, parameters: parameters).rows.map { render(row: $0) }
}

/// Expects the rows of `query` to be exactly `expected`; order matters only when `ordered`.
func expectRows(_ db: Database, _ query: String, _ expected: [[Value]], ordered: Bool = false,
                parameters: [String: Value] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let actual = try renderedRows(db, query, parameters)
    let wanted = expected.map { render(row: $0) }
    if ordered {
        #expect(actual == wanted, "\(query)", sourceLocation: sourceLocation)
    } else {
        #expect(actual.sorted() == wanted.sorted(), "\(query)", sourceLocation: sourceLocation)
    }
}

/// The single value of a one-row, one-column query.
func scalar(_ db: Database, _ query: String, _ parameters: [String: Value] = [:],
            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
    let result = try db.execute(query, parameters: parameters)
    try #require(result.rows.count == 1 && result.rows[0].count == 1,
                 "expected one value from \(query), got \(result.rows.map { render(row: $0) })",
                 sourceLocation: sourceLocation)
    return result.rows[0][0]
}

/// Evaluates `RETURN <expression>` on an empty database and renders the value.
func eval(_ expression: String, _ parameters: [String: Value] = [:]) throws -> String {
    render(try scalar(Database(), "RETURN " + expression + " AS v", parameters))
}

/// The error `query` throws, or a recorded issue when it succeeds.
@discardableResult
func expectError(_ db: Database, _ query: String, kind: TrellisError.Kind, code: String? = nil,
                 line: Int? = nil, column: Int? = nil, parameters: [String: Value] = [:],
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TrellisError? {
    do {
        let result = try db.execute(query, parameters: parameters)
        Issue.record("expected \(kind.rawValue) from \(query) but got rows \(result.rows.map { render(row: $0) })",
                     sourceLocation: sourceLocation)
        return nil
    } catch let error as TrellisError {
        #expect(error.kind == kind, "\(query): \(error)", sourceLocation: sourceLocation)
        if let code { #expect(error.code == code, "\(query): \(error)", sourceLocation: sourceLocation) }
        if let line { #expect(error.range?.start.line == line, "\(query): \(error)", sourceLocation: sourceLocation) }
        if let column { #expect(error.range?.start.column == column, "\(query): \(error)", sourceLocation: sourceLocation) }
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Expects `expression` to fail when evaluated by `RETURN`.
func expectEvalError(_ expression: String, kind: TrellisError.Kind, code: String? = nil,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectError(Database(), "RETURN " + expression + " AS v", kind: kind, code: code, sourceLocation: sourceLocation)
}

// MARK: - Fixtures

/// Six schools in two local authorities, two partnerships, and support links between schools.
///
/// - Portsmouth (851): Padnell Junior, Mayfield, Oakwood
/// - Hampshire (850): Cowplain, Highbury, Riverside
/// - Solent Alliance (2019): Padnell Junior (lead, 2019), Mayfield (2020), Highbury (2021)
/// - Downs Trust (2021): Cowplain (lead, 2021), Riverside (2022)
/// - Oakwood has no `pupils` property and is in no partnership; only Riverside has `ofsted`.
/// - SUPPORTS: Padnell Junior → Highbury → Oakwood, Mayfield → Oakwood
let schoolsScript = """
    CREATE (la1:Authority {name: 'Portsmouth', code: 851}),
           (la2:Authority {name: 'Hampshire', code: 850}),
           (s1:School {name: 'Padnell Junior', urn: 116110, pupils: 360, phase: 'Primary'}),
           (s2:School {name: 'Cowplain', urn: 116111, pupils: 1200, phase: 'Secondary'}),
           (s3:School {name: 'Mayfield', urn: 116112, pupils: 1500, phase: 'Secondary'}),
           (s4:School {name: 'Highbury', urn: 116113, pupils: 210, phase: 'Primary'}),
           (s5:School {name: 'Oakwood', urn: 116114, phase: 'Primary'}),
           (s6:School {name: 'Riverside', urn: 116115, pupils: 900, phase: 'Secondary', ofsted: 'Good'}),
           (p1:Partnership {name: 'Solent Alliance', founded: 2019}),
           (p2:Partnership {name: 'Downs Trust', founded: 2021}),
           (s1)-[:IN_AUTHORITY]->(la1), (s3)-[:IN_AUTHORITY]->(la1), (s5)-[:IN_AUTHORITY]->(la1),
           (s2)-[:IN_AUTHORITY]->(la2), (s4)-[:IN_AUTHORITY]->(la2), (s6)-[:IN_AUTHORITY]->(la2),
           (s1)-[:MEMBER_OF {since: 2019, role: 'lead'}]->(p1),
           (s3)-[:MEMBER_OF {since: 2020, role: 'member'}]->(p1),
           (s4)-[:MEMBER_OF {since: 2021, role: 'member'}]->(p1),
           (s2)-[:MEMBER_OF {since: 2021, role: 'lead'}]->(p2),
           (s6)-[:MEMBER_OF {since: 2022, role: 'member'}]->(p2),
           (s1)-[:SUPPORTS {subject: 'maths'}]->(s4),
           (s4)-[:SUPPORTS {subject: 'science'}]->(s5),
           (s3)-[:SUPPORTS {subject: 'english'}]->(s5)
    """

/// A fresh database holding the schools fixture.
func schools() throws -> Database {
    let db = Database()
    try db.execute(schoolsScript)
    return db
}

/// A fresh database after running `script`.
func database(_ script: String) throws -> Database {
    let db = Database()
    try db.execute(script)
    return db
}

// MARK: - Plans

/// The operator lines of `EXPLAIN query`, trimmed.
func planLines(_ db: Database, _ query: String, _ parameters: [String: Value] = [:]) throws -> [String] {
    let plan = try #require(try db.execute("EXPLAIN " + query, parameters: parameters).plan)
    // Without the estimates of rows, which these tests do not check.
    return plan.split(separator: "\n").map { line in
        let text = line.range(of: " (est. ").map { line[..<$0.lowerBound] } ?? line[...]
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// The first operator under the first `Match` (or `OptionalMatch`) of a plan.
func firstMatchOperator(_ lines: [String]) -> String? {
    guard let i = lines.firstIndex(where: { $0 == "Match" || $0 == "OptionalMatch" }), i + 1 < lines.count else { return nil }
    return lines[i + 1]
}
