import Testing
import TrellisCore
@testable import TrellisSyntax

@Suite struct ClauseParserTests {
    // MARK: - Reading clauses

    @Test func match() throws {
        #expect(try query("MATCH (n) RETURN n") == "MATCH (n) RETURN n")
        #expect(try query("OPTIONAL MATCH (n:A:B {k: 1})-[r:T]->(m) WHERE n.x > 1 RETURN *")
                == "OPTIONAL MATCH (n:A:B {k: 1})-[r:T]->(m) WHERE (> (. n x) 1) RETURN *")
        #expect(try query("MATCH (a), (b)--(c) RETURN a") == "MATCH (a), (b)--(c) RETURN a")
        #expect(try query("match (n) return n") == "MATCH (n) RETURN n")
    }

    @Test func matchWithPatternPredicate() throws {
        #expect(try query("MATCH (a), (b) WHERE (a)-[:T]->(b) AND NOT (a)-->() RETURN a")
                == "MATCH (a), (b) WHERE (AND <(a)-[:T]->(b)> (NOT <(a)-->()>)) RETURN a")
    }

    @Test func unwind() throws {
        #expect(try query("UNWIND [1, 2] AS x RETURN x") == "UNWIND [1, 2] AS x RETURN x")
        #expect(try query("UNWIND $list AS end RETURN `end`") == "UNWIND $list AS end RETURN end")
        let clause = try firstClause("UNWIND l AS `my var` RETURN 1")
        guard case .unwind(let unwind) = clause.kind else { Issue.record("not UNWIND"); return }
        #expect(unwind.variable == "my var")
        #expect(unwind.variableRange.start.offset == 12 && unwind.variableRange.end.offset == 20)
    }

    @Test func withClause() throws {
        #expect(try query("MATCH (n) WITH n, n.x AS x WHERE x > 1 RETURN x")
                == "MATCH (n) WITH n, (. n x) AS x WHERE (> x 1) RETURN x")
        #expect(try query("WITH DISTINCT a ORDER BY a DESC SKIP 1 LIMIT 2 WHERE a RETURN a")
                == "WITH DISTINCT a ORDER BY a DESC SKIP 1 LIMIT 2 WHERE a RETURN a")
        #expect(try query("WITH *, 1 AS one RETURN one") == "WITH *, 1 AS one RETURN one")
    }

    @Test func returnClause() throws {
        #expect(try query("RETURN 1") == "RETURN 1")
        #expect(try query("RETURN DISTINCT a AS b, c") == "RETURN DISTINCT a AS b, c")
        #expect(try query("RETURN * ORDER BY a, b ASC, c ASCENDING, d DESCENDING LIMIT 3")
                == "RETURN * ORDER BY a, b, c, d DESC LIMIT 3")
        #expect(try query("RETURN 1 AS order, 2 AS `weird name`") == "RETURN 1 AS order, 2 AS weird name")
    }

    @Test func projectionItemTextIsTheSourceText() throws {
        guard case .return(let projection) = try firstClause("RETURN n.name, count( * ),  (1+2) , x AS y").kind else {
            Issue.record("not RETURN")
            return
        }
        #expect(projection.items.map(\.text) == ["n.name", "count( * )", "(1+2)", "x"])
        #expect(projection.items.map(\.name) == ["n.name", "count( * )", "(1+2)", "y"])
    }

    // MARK: - Updating clauses

    @Test func create() throws {
        #expect(try query("CREATE (a:Person {name: 'A'})-[:KNOWS {since: 2000}]->(b)")
                == "CREATE (a:Person {name: 'A'})-[:KNOWS {since: 2000}]->(b)")
        #expect(try query("CREATE (a), (b), p = (a)-[:T]->(b)") == "CREATE (a), (b), p = (a)-[:T]->(b)")
        #expect(try query("CREATE (n $props)") == "CREATE (n $props)")
    }

    @Test func merge() throws {
        #expect(try query("MERGE (n:A {k: 1})") == "MERGE (n:A {k: 1})")
        #expect(try query("MERGE (n) ON CREATE SET n.a = 1 ON MATCH SET n.b = 2 ON CREATE SET n.c = 3, n:L")
                == "MERGE (n) ON CREATE SET (. n a) = 1, (. n c) = 3, n:L ON MATCH SET (. n b) = 2")
        #expect(try query("MERGE (a)-[:T]->(b) RETURN a") == "MERGE (a)-[:T]->(b) RETURN a")
    }

    @Test func set() throws {
        #expect(try query("SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L1:L2, (n).d = 4")
                == "SET (. n a) = 1, n = {b: 2}, n += {c: 3}, n:L1:L2, (. n d) = 4")
        #expect(try query("SET (CASE WHEN c THEN a ELSE b END).x = 1") == "SET (. (case (when c a) (else b)) x) = 1")
        #expect(try query("SET n.count = n.count + 1") == "SET (. n count) = (+ (. n count) 1)")
        #expect(try query("SET n = $props") == "SET n = $props")
        #expect(try query("SET a.b.c = 1") == "SET (. (. a b) c) = 1")
    }

    @Test func remove() throws {
        #expect(try query("REMOVE n.a, n:A:B, m.`b c`") == "REMOVE (. n a), n:A:B, (. m b c)")
    }

    @Test func delete() throws {
        #expect(try query("MATCH (n) DELETE n") == "MATCH (n) DELETE n")
        #expect(try query("MATCH (n)-[r]-() DETACH DELETE n, r") == "MATCH (n)-[r]-() DETACH DELETE n, r")
        #expect(try query("MATCH p = ()-->() DELETE nodes(p)[0]") == "MATCH p = ()-->() DELETE (index nodes(p) 0)")
    }

    @Test func call() throws {
        #expect(try query("CALL db.labels()") == "CALL db.labels()")
        #expect(try query("CALL db.labels") == "CALL db.labels")
        #expect(try query("CALL test.my.proc('a', 1) YIELD out RETURN out") == "CALL test.my.proc('a', 1) YIELD out RETURN out")
        #expect(try query("CALL p() YIELD a, b AS c WHERE c > 1 RETURN a") == "CALL p() YIELD a, b AS c WHERE (> c 1) RETURN a")
        #expect(try query("CALL p(1) YIELD *") == "CALL p(1) YIELD *")
        #expect(try query("CALL apoc.create.node()") == "CALL apoc.create.node()")
        let clause = try firstClause("CALL  a.b ( )")
        guard case .call(let call) = clause.kind else { Issue.record("not CALL"); return }
        #expect(call.arguments == [])
        #expect(call.procedureRange.start.column == 7 && call.procedureRange.end.column == 10)
    }

    @Test func yieldStarOnlyInAStandaloneCall() {
        expectScriptError("CALL test.my.proc('Stefan', 1) YIELD 1️⃣*\nRETURN city")
        expectScriptError("MATCH (n) CALL p() YIELD 1️⃣*")
    }

    // MARK: - Patterns

    @Test func relationshipShapes() throws {
        let shapes = [
            "(a)-->(b)", "(a)<--(b)", "(a)--(b)", "(a)-[r]->(b)", "(a)<-[r]-(b)", "(a)-[r]-(b)",
            "(a)-[:T|U]->(b)", "(a)-[r:T*]->(b)", "(a)-[*2]->(b)", "(a)-[*2..]->(b)", "(a)-[*..3]->(b)",
            "(a)-[*2..4]->(b)", "(a)-[r:T*1..3 {k: 1}]->(b)", "(a)-[r $p]->(b)", "(a)-[*0..]->(b)",
        ]
        for shape in shapes {
            #expect(try query("MATCH \(shape) RETURN a") == "MATCH \(shape) RETURN a")
        }
        #expect(try query("MATCH (a)<-->(b) RETURN a") == "MATCH (a)--(b) RETURN a")
        #expect(try query("MATCH (a)-[:T|:U]->(b) RETURN a") == "MATCH (a)-[:T|U]->(b) RETURN a")
        #expect(try query("MATCH (a)-[* .. 3]->(b) RETURN a") == "MATCH (a)-[*..3]->(b) RETURN a")
    }

    @Test func variableLengthBounds() throws {
        func length(_ text: String) throws -> VariableLength? {
            guard case .match(let match) = try firstClause("MATCH ()-[\(text)]->() RETURN 1").kind else { return nil }
            return match.pattern.parts[0].element.chain[0].relationship.length
        }
        #expect(try length("") == nil)
        #expect(try length("*") == VariableLength(minimum: nil, maximum: nil))
        #expect(try length("*2") == VariableLength(minimum: 2, maximum: 2))
        #expect(try length("*2..") == VariableLength(minimum: 2, maximum: nil))
        #expect(try length("*..3") == VariableLength(minimum: nil, maximum: 3))
        #expect(try length("*1..3") == VariableLength(minimum: 1, maximum: 3))
    }

    @Test func namedAndShortestPaths() throws {
        #expect(try query("MATCH p = (a)-->(b) RETURN p") == "MATCH p = (a)-->(b) RETURN p")
        #expect(try query("MATCH p = shortestPath((a)-[*]-(b)) RETURN p") == "MATCH p = shortestPath((a)-[*]-(b)) RETURN p")
        #expect(try query("MATCH allShortestPaths((a)-[*]-(b)) RETURN a") == "MATCH allShortestPaths((a)-[*]-(b)) RETURN a")
        #expect(try query("MATCH shortestPath = (a) RETURN 1") == "MATCH shortestPath = (a) RETURN 1")
    }

    @Test func keywordsAsNames() throws {
        #expect(try query("MATCH (n:Match)-[:Return]->(m:`Order`) RETURN n.count, n.end, {end: 1, in: 2}")
                == "MATCH (n:Match)-[:Return]->(m:Order) RETURN (. n count), (. n end), {end: 1, in: 2}")
        #expect(try query("MATCH (count) RETURN count") == "MATCH (count) RETURN count")
        #expect(try query("MATCH (`match`) RETURN `match`") == "MATCH (match) RETURN match")
    }

    @Test func patternRanges() throws {
        guard case .match(let match) = try firstClause("MATCH p = (a:A)-[r]->(b) RETURN 1").kind else {
            Issue.record("not MATCH")
            return
        }
        let part = match.pattern.parts[0]
        #expect(part.range.start.offset == 6 && part.range.end.offset == 24)
        #expect(part.element.range.start.offset == 10)
        #expect(part.element.start.range.start.offset == 10 && part.element.start.range.end.offset == 15)
        #expect(part.element.chain[0].relationship.range.start.offset == 15)
        #expect(part.element.chain[0].relationship.range.end.offset == 21)
    }

    // MARK: - Errors

    @Test func clauseErrors() {
        expectScriptError("MATCH (n) 1️⃣n RETURN n", message: "expected ';' or the end of the statement but found 'n'")
        expectScriptError("MATCH (n 1️⃣RETURN n", message: "expected ')' to close the node pattern but found 'RETURN'")
        expectScriptError("MATCH (n)-[:A|:B|1️⃣C]->() RETURN n", code: "InvalidRelationshipPattern")
        expectScriptError("MATCH (a:A)\nMATCH (a)-[:LIKES1️⃣..]->(c)\nRETURN c.name", code: "InvalidRelationshipPattern")
        expectScriptError("MATCH (n)-[*1️⃣9223372036854775808]->() RETURN n", code: "IntegerOverflow")
        expectScriptError("MATCH 1️⃣n RETURN n")
        expectScriptError("RETURN 1 AS 1️⃣2")
        expectScriptError("MATCH (n) RETURN n ORDER 1️⃣n")
        expectScriptError("SET n1️⃣", message: "unexpected end of input; expected '=', '+=' or a label")
        expectScriptError("SET 1️⃣f(x) = 1")
        expectScriptError("REMOVE 1️⃣n")
        expectScriptError("MERGE (n) ON 1️⃣DELETE SET n.x = 1")
        expectScriptError("UNWIND [1] 1️⃣x")
        expectScriptError("1️⃣n", message: "expected a clause such as MATCH, CREATE or RETURN but found 'n'")
        expectScriptError("MATCH (n)\nWHERE n.x = 1 AND\n1️⃣RETURN n")
        expectScriptError("MATCH (n) RETURN n UNION 1️⃣")
        expectScriptError("MATCH (1️⃣match) RETURN 1")
        expectScriptError("CREATE (n)1️⃣->(m)")
        expectScriptError("CREATE (n)-[1️⃣1]->(m)")
        expectScriptError("RETURN 9223372 1️⃣#54775808 AS literal")
        expectScriptError("RETURN {1️⃣, } AS literal")
    }
}

@Suite("LOAD CSV clause")
struct LoadCSVClauseParserTests {
    @Test func parsesEveryPart() throws {
        let statement = try Parser.parseStatement("load csv with headers from 'a.csv' as row fieldterminator ';' return row")
        guard case .query(let q) = statement.kind, case .loadCSV(let load) = q.parts[0].clauses[0].kind else {
            Issue.record("not a LOAD CSV clause"); return
        }
        #expect(load.withHeaders)
        #expect(load.variable == "row")
        #expect(load.fieldTerminator == ";")
        #expect(load.source.kind == .literal(.string("a.csv")))
    }

    @Test func softKeywordsStayUsableAsNames() throws {
        _ = try Parser.parseStatement("WITH 1 AS load, 2 AS csv, 3 AS from, 4 AS headers RETURN load + csv + from + headers")
    }

    @Test func terminatorMustBeOneCharacter() {
        #expect(throws: TrellisError.self) { try Parser.parseStatement("LOAD CSV FROM 'a' AS r FIELDTERMINATOR ';;' RETURN r") }
    }
}
