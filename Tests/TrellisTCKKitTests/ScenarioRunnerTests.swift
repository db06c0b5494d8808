import Foundation
import Testing
import Trellis
@testable import TrellisTCKKit

/// End-to-end runs of feature text against a scripted fake engine.
@Suite struct ScenarioRunnerTests {
    static let reactions: [String: ScriptedEngine.Reaction] = [
        "CREATE (:A {name: 'x'})": .change { graph in
            graph.nodes.append(NodeSnapshot(id: graph.nodes.count, labels: ["A"], properties: ["name": "x"]))
            return QueryResult(columns: [], rows: [])
        },
        "MATCH (n) RETURN n": .change { graph in
            QueryResult(columns: ["n"], rows: graph.nodes.map { [.node($0.id)] },
                        nodes: Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) }))
        },
        "RETURN x": .error(.compile("UndefinedVariable", "x is not defined", at: nil)),
        "RETURN 1 AS one": .result(QueryResult(columns: ["one"], rows: [[1]])),
        "RETURN $p AS p": .result(QueryResult(columns: ["p"], rows: [[.list([1, 2])]])),
        "RETURN 1.0 AS f": .result(QueryResult(columns: ["f"], rows: [[1]])),
        "CREATE (n)": .change { graph in
            graph.nodes.append(NodeSnapshot(id: graph.nodes.count, labels: [], properties: [:]))
            return QueryResult(columns: [], rows: [])
        },
        "CREATE (n) RETURN n": .change { graph in
            let node = NodeSnapshot(id: graph.nodes.count, labels: [], properties: [:])
            graph.nodes.append(node)
            return QueryResult(columns: ["n"], rows: [[.node(node.id)]], nodes: [node.id: node])
        },
        "CALL test.my.proc(1)": .result(QueryResult(columns: ["out"], rows: [["one"]])),
    ]

    private func feature(_ body: String) -> String {
        "Feature: Runner\n\n" + body
    }

    private func outcomes(_ text: String, graphs: URL? = nil,
                          engine: @escaping @Sendable () -> any TCKEngine = { ScriptedEngine(reactions) }) throws
        -> [String: ScenarioOutcome] {
        let runner = ScenarioRunner(graphs: NamedGraphs(directory: graphs), makeEngine: engine)
        let scenarios = OutlineExpansion.scenarios(of: try GherkinParser.parse(feature(text)))
        return Dictionary(uniqueKeysWithValues: scenarios.map { ($0.title, runner.run($0)) })
    }

    private func scenario(_ title: String, _ steps: String) -> String {
        "  Scenario: \(title)\n" + steps.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }.joined(separator: "\n") + "\n\n"
    }

    static let matchSteps = #"""
        Given an empty graph
        And having executed:
          """
          CREATE (:A {name: 'x'})
          """
        When executing query:
          """
          MATCH (n) RETURN n
          """
        Then the result should be, in any order:
          | n              |
          | <node>         |
        And no side effects
        """#

    @Test func rightResultPassesAndWrongResultFails() throws {
        let text = "  Scenario Outline: [1] Match\n"
            + Self.matchSteps.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            + "\n\n    Examples:\n      | node |\n      | (:A {name: 'x'}) |\n      | (:B {name: 'x'}) |\n      | (:A {name: 'y'}) |\n"
        let results = try outcomes(text)
        #expect(results["[1] Match (example 1)"]?.status == .passed)
        #expect(results["[1] Match (example 2)"]?.status == .failed)
        #expect(results["[1] Match (example 2)"]?.detail
                == "missing row | (:B {name: 'x'}) |; first unexpected row | (:A {name: 'x'}) |")
        #expect(results["[1] Match (example 3)"]?.status == .failed)
    }

    @Test func intVersusFloatFails() throws {
        let results = try outcomes(scenario("[1] Float", """
            Given any graph
            When executing query:
              \"\"\"
              RETURN 1.0 AS f
              \"\"\"
            Then the result should be, in any order:
              | f   |
              | 1.0 |
            And no side effects
            """))
        #expect(results["[1] Float"]?.detail == "missing row | 1.0 |; first unexpected row | 1 |")
    }

    @Test func rightErrorPassesAndWrongErrorFails() throws {
        func errorScenario(_ title: String, _ expectation: String) -> String {
            scenario(title, """
                Given any graph
                When executing query:
                  \"\"\"
                  RETURN x
                  \"\"\"
                Then \(expectation)
                """)
        }
        let results = try outcomes(
            errorScenario("[1] Right", "a SyntaxError should be raised at compile time: UndefinedVariable")
            + errorScenario("[2] Wrong detail", "a SyntaxError should be raised at compile time: VariableAlreadyBound")
            + errorScenario("[3] Wrong kind", "a TypeError should be raised at compile time: UndefinedVariable")
            + errorScenario("[4] Wrong phase", "a SyntaxError should be raised at runtime: UndefinedVariable")
            + errorScenario("[5] Any", "a SyntaxError should be raised at any time: *"))
        #expect(results["[1] Right"]?.status == .passed)
        #expect(results["[2] Wrong detail"]?.detail
                == "expected SyntaxError at compile time: VariableAlreadyBound, got SyntaxError at compile time: UndefinedVariable (x is not defined) (wrong detail)")
        #expect(results["[3] Wrong kind"]?.status == .failed)
        #expect(results["[4] Wrong phase"]?.detail?.hasSuffix("(wrong phase)") == true)
        #expect(results["[5] Any"]?.status == .passed)
    }

    @Test func successWhereAnErrorIsExpectedFails() throws {
        let results = try outcomes(scenario("[1] No error", """
            Given any graph
            When executing query:
              \"\"\"
              RETURN 1 AS one
              \"\"\"
            Then a SyntaxError should be raised at compile time: UndefinedVariable
            """) + scenario("[2] Error instead of rows", """
            Given any graph
            When executing query:
              \"\"\"
              RETURN x
              \"\"\"
            Then the result should be, in any order:
              | x |
            """))
        #expect(results["[1] No error"]?.detail
                == "expected SyntaxError at compile time: UndefinedVariable, but the query succeeded with 1 rows")
        #expect(results["[2] Error instead of rows"]?.detail
                == "expected a result, got error SyntaxError at compile time: UndefinedVariable (x is not defined)")
    }

    @Test func sideEffectsAreMeasuredFromTheQueryUnderTest() throws {
        func createScenario(_ title: String, _ effects: String) -> String {
            scenario(title, """
                Given an empty graph
                And having executed:
                  \"\"\"
                  CREATE (n)
                  \"\"\"
                When executing query:
                  \"\"\"
                  CREATE (n) RETURN n
                  \"\"\"
                Then the result should be, in any order:
                  | n  |
                  | () |
                \(effects)
                """)
        }
        let results = try outcomes(
            createScenario("[1] Right", "And the side effects should be:\n  | +nodes | 1 |")
            + createScenario("[2] Wrong count", "And the side effects should be:\n  | +nodes | 2 |")
            + createScenario("[3] None claimed", "And no side effects"))
        #expect(results["[1] Right"]?.status == .passed)
        #expect(results["[2] Wrong count"]?.detail == "expected side effects +nodes 2, got +nodes 1")
        #expect(results["[3] None claimed"]?.detail == "expected side effects none, got +nodes 1")
    }

    @Test func emptyResultsAndControlQueries() throws {
        let results = try outcomes(scenario("[1] Empty", """
            Given an empty graph
            When executing query:
              \"\"\"
              CREATE (:A {name: 'x'})
              \"\"\"
            Then the result should be empty
            And the side effects should be:
              | +nodes      | 1 |
              | +labels     | 1 |
              | +properties | 1 |
            When executing control query:
              \"\"\"
              MATCH (n) RETURN n
              \"\"\"
            Then the result should be, in any order:
              | n                |
              | (:A {name: 'x'}) |
            """) + scenario("[2] Not empty", """
            Given any graph
            When executing query:
              \"\"\"
              RETURN 1 AS one
              \"\"\"
            Then the result should be empty
            """))
        #expect(results["[1] Empty"]?.status == .passed)
        #expect(results["[2] Not empty"]?.detail == "expected an empty result, got columns [one] and 1 rows")
    }

    @Test func unknownStepsFailAndIgnoredScenariosAreSkipped() throws {
        let results = try outcomes(scenario("[1] Unknown", """
            Given any graph
            When executing query:
              \"\"\"
              RETURN 1 AS one
              \"\"\"
            Then the result should be fabulous
            """) + "  @ignore\n" + scenario("[2] Ignored", """
            Given any graph
            Then the moon is full
            """))
        #expect(results["[1] Unknown"]?.status == .failed)
        #expect(results["[1] Unknown"]?.detail?.contains("unsupported step: Then the result should be fabulous") == true)
        #expect(results["[2] Ignored"]?.status == .skipped)
    }

    @Test func failingSetupFailsTheScenario() throws {
        let results = try outcomes(scenario("[1] Setup", """
            Given an empty graph
            And having executed:
              \"\"\"
              RETURN x
              \"\"\"
            When executing query:
              \"\"\"
              RETURN 1 AS one
              \"\"\"
            Then the result should be, in any order:
              | one |
              | 1   |
            """))
        #expect(results["[1] Setup"]?.detail?.hasPrefix("setup query failed: error SyntaxError") == true)
    }

    @Test func parametersAndProceduresReachTheEngine() throws {
        let engine = ScriptedEngine(Self.reactions)
        let results = try outcomes(scenario("[1] Parameters", """
            Given an empty graph
            And parameters are:
              | p | [1, 2] |
            And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):
              | in | out   |
              | 1  | 'one' |
            When executing query:
              \"\"\"
              RETURN $p AS p
              \"\"\"
            Then the result should be, in order:
              | p      |
              | [1, 2] |
            And no side effects
            """), engine: { engine })
        #expect(results["[1] Parameters"]?.status == .passed)
        #expect(engine.executed.last?.parameters == ["p": .list([1, 2])])
        #expect(engine.procedures.map(\.name) == ["test.my.proc"])
        #expect(try engine.procedures.first?.body([1]) == [["one"]])
    }

    @Test func namedGraphsRunTheirScripts() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tck-graphs-\(UUID().uuidString)")
        let graph = directory.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: graph, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"name": "tiny", "scripts": ["tiny"]}"#.write(to: graph.appendingPathComponent("tiny.json"), atomically: false, encoding: .utf8)
        try "CREATE (:A {name: 'x'})\n".write(to: graph.appendingPathComponent("tiny.cypher"), atomically: false, encoding: .utf8)
        let body = """
            When executing query:
              \"\"\"
              MATCH (n) RETURN n
              \"\"\"
            Then the result should be, in any order:
              | n                |
              | (:A {name: 'x'}) |
            """
        let results = try outcomes(scenario("[1] Tiny", "Given the tiny graph\n" + body)
                                   + scenario("[2] Missing", "Given the huge graph\n" + body), graphs: directory)
        #expect(results["[1] Tiny"]?.status == .passed)
        #expect(results["[2] Missing"]?.detail?.contains("huge") == true)
    }
}
