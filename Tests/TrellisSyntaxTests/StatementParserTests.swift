import Foundation
import Testing
import TrellisCore
@testable import TrellisSyntax

@Suite struct StatementParserTests {
    @Test func scriptsSplitOnSemicolons() throws {
        let text = "CREATE (a);\n;  MATCH (n) RETURN n ;;\nRETURN 1"
        let script = try Parser.parseScript(text)
        #expect(script.statements.map(\.text) == ["CREATE (a)", "MATCH (n) RETURN n", "RETURN 1"])
        #expect(script.statements[1].range.start == SourceLocation(line: 2, column: 4, offset: 15))
        #expect(script.statements[2].range.start.line == 3)
        #expect(try Parser.parseScript("").statements.isEmpty)
        #expect(try Parser.parseScript(" ; ;; // nothing\n").statements.isEmpty)
        #expect(try Parser.parseScript("RETURN 1;").statements.count == 1)
    }

    @Test func statementTextKeepsCommentsInside() throws {
        let statement = try Parser.parseStatement("  MATCH (n) /* all */\n RETURN n // done\n;")
        #expect(statement.text == "MATCH (n) /* all */\n RETURN n")
    }

    @Test func parseStatementTakesExactlyOne() throws {
        #expect(try Parser.parseStatement("RETURN 1;").text == "RETURN 1")
        expectSyntaxError("RETURN 1; 1️⃣RETURN 2") { _ = try Parser.parseStatement($0) }
        expectSyntaxError(" ; 1️⃣", message: "unexpected end of input; expected a statement") { _ = try Parser.parseStatement($0) }
    }

    @Test func unions() throws {
        #expect(try query("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x")
                == "RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x")
        guard case .query(let query) = try Parser.parseStatement("RETURN 1 UNION ALL RETURN 2 UNION RETURN 3").kind else {
            Issue.record("not a query")
            return
        }
        #expect(query.unionAll == [true, false])
        #expect(query.parts.count == 3)
        #expect(query.parts[1].range.start.offset == 19)
    }

    @Test func explain() throws {
        #expect(try query("EXPLAIN MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n")
    }

    @Test func createIndex() throws {
        #expect(try Parser.parseStatement("CREATE INDEX ON :Person(name)").kind
                == .createIndex(name: nil, label: "Person", key: "name", ifNotExists: false))
        #expect(try Parser.parseStatement("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)").kind
                == .createIndex(name: "person_name", label: "Person", key: "name", ifNotExists: true))
        #expect(try Parser.parseStatement("create index for (p:Person) on (p.name)").kind
                == .createIndex(name: nil, label: "Person", key: "name", ifNotExists: false))
        #expect(try Parser.parseStatement("CREATE INDEX `my index` FOR (n:`A B`) ON (n.`k k`)").kind
                == .createIndex(name: "my index", label: "A B", key: "k k", ifNotExists: false))
        expectSyntaxError("CREATE INDEX FOR (p:Person) ON (1️⃣q.name)") { _ = try Parser.parseStatement($0) }
        expectSyntaxError("CREATE INDEX ON 1️⃣Person(name)") { _ = try Parser.parseStatement($0) }
    }

    @Test func createWithIndexAsPathName() throws {
        #expect(try query("CREATE index = (a)-[:T]->(b)") == "CREATE index = (a)-[:T]->(b)")
    }

    @Test func dropIndex() throws {
        #expect(try Parser.parseStatement("DROP INDEX ON :Person(name)").kind
                == .dropIndex(name: nil, label: "Person", key: "name", ifExists: false))
        #expect(try Parser.parseStatement("DROP INDEX person_name IF EXISTS").kind
                == .dropIndex(name: "person_name", label: nil, key: nil, ifExists: true))
        #expect(try Parser.parseStatement("drop index person_name").kind
                == .dropIndex(name: "person_name", label: nil, key: nil, ifExists: false))
        expectSyntaxError("DROP INDEX x IF 1️⃣NOT EXISTS") { _ = try Parser.parseStatement($0) }
    }

    @Test func checkpoint() throws {
        #expect(try Parser.parseStatement("CHECKPOINT").kind == .checkpoint)
        #expect(try Parser.parseStatement("checkpoint;").kind == .checkpoint)
        #expect(try Parser.parseScript("CREATE (a); CHECKPOINT; MATCH (n) RETURN n").statements.map(\.kind).contains(.checkpoint))
        // Elsewhere the word is an ordinary name.
        #expect(try query("MATCH (checkpoint) RETURN checkpoint") == "MATCH (checkpoint) RETURN checkpoint")
        expectSyntaxError("CHECKPOINT 1️⃣now") { _ = try Parser.parseStatement($0) }
    }

    @Test func errorsInLaterStatementsPointIntoTheScript() {
        expectScriptError("CREATE (a);\nCREATE (b);\nMATCH (n) RETURN 1️⃣)")
        expectScriptError("CREATE (a {name: 'ü'}); CREATE (b {name: 1️⃣'x})")
    }

    // MARK: - Scale

    @Test func bulkScriptsParseInLinearTime() throws {
        let statement = "CREATE (:Person {id: 123, name: 'Person 123', born: 1970, tags: ['a', 'b']})-[:KNOWS {since: 2001}]->(:Person {id: 124});\n"
        let small = String(repeating: statement, count: 2_000)
        let large = String(repeating: statement, count: 20_000)
        let clock = ContinuousClock()
        var smallScript: Script? = nil
        let smallTime = try clock.measure { smallScript = try Parser.parseScript(small) }
        var largeScript: Script? = nil
        let largeTime = try clock.measure { largeScript = try Parser.parseScript(large) }
        #expect(smallScript?.statements.count == 2_000)
        #expect(largeScript?.statements.count == 20_000)
        #expect(largeScript?.statements.last?.range.start.line == 20_000)
        // Ten times the text should take nowhere near a hundred times as long.
        #expect(largeTime < smallTime * 40 + .milliseconds(200), "2k: \(smallTime), 20k: \(largeTime)")
        print("Bulk script: 2,000 statements in \(smallTime), 20,000 statements in \(largeTime)")
    }

    @Test func oneLongLineParses() throws {
        let text = (0..<20_000).map { "CREATE (:N {i: \($0)})" }.joined(separator: "; ")
        let script = try Parser.parseScript(text)
        #expect(script.statements.count == 20_000)
        #expect(script.statements.last?.range.start.line == 1)
        #expect(script.statements.last?.range.start.column == script.statements.last!.range.start.offset + 1)
    }

    @Test func deepNestingStaysFast() throws {
        let depth = 40
        let parentheses = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(try expression(parentheses) == "1")
        var nested = "x"
        for _ in 0..<depth { nested = "(n {k: \(nested)})" }
        #expect(try Parser.parseExpression(nested).range.end.offset == nested.utf8.count)
        var lists = "1"
        for _ in 0..<depth { lists = "[\(lists), (a)-->(b)]" }
        #expect(try Parser.parseExpression(lists).range.end.offset == lists.utf8.count)
    }

    @Test func excessiveNestingFailsCleanly() throws {
        let limit = SyntaxParser.maximumNesting
        let deep = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        expectSyntaxError(String(repeating: "(", count: limit) + "1️⃣" + deep.dropFirst(limit)) { _ = try Parser.parseExpression($0) }
        #expect(throws: TrellisError.self) { try Parser.parseExpression(String(repeating: "- ", count: 5_000) + "x") }
        #expect(throws: TrellisError.self) { try Parser.parseExpression(String(repeating: "NOT ", count: 5_000) + "x") }
        #expect(throws: TrellisError.self) { try Parser.parseExpression(String(repeating: "[", count: 5_000)) }
        #expect(throws: TrellisError.self) { try Parser.parseExpression(String(repeating: "{a: ", count: 5_000)) }
        let fine = limit - 2
        #expect(try expression(String(repeating: "(", count: fine) + "1" + String(repeating: ")", count: fine)) == "1")
        #expect(try Parser.parseExpression(String(repeating: "[", count: fine) + "1" + String(repeating: "]", count: fine))
            .range.end.offset == 2 * fine + 1)
    }
}
