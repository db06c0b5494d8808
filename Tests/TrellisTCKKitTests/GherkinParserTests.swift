import Testing
@testable import TrellisTCKKit

@Suite struct GherkinParserTests {
    static let featureText = #"""
        #encoding: utf-8
        @featureTag
        Feature: Sample - Things
          A description line.

          Background:
            Given an empty graph

          # a comment
          @skipStyleCheck
          Scenario: [1] Plain
            And having executed:
              """
              CREATE (:A)
                WITH 1 AS x
              """
            When executing query:
              """
              RETURN 'a|b' AS s
              """
            Then the result should be, in any order:
              | s         | t    |
              | 'a\|b'    | 'x\\y' |
              | 'p\nq'    | '\'' |

          Scenario Outline: [2] Outline <word>
            When executing query:
              """
              RETURN <value> AS v
              """
            Then the result should be, in order:
              | v       |
              | <value> |

            Examples:
              | value | word |
              | 1     | one  |
              | 'two' | two  |

            @exampleTag
            Examples:
              | value | word  |
              | 3.0   | three |
        """#

    @Test func parsesFeatureBackgroundAndScenarios() throws {
        let feature = try GherkinParser.parse(Self.featureText)
        #expect(feature.name == "Sample - Things")
        #expect(feature.tags == ["@featureTag"])
        #expect(feature.background.map(\.text) == ["an empty graph"])
        #expect(feature.scenarios.count == 2)
        #expect(feature.scenarios[0].tags == ["@skipStyleCheck"])
        #expect(feature.scenarios[0].steps.map(\.keyword) == ["And", "When", "Then"])
        #expect(feature.scenarios[1].isOutline)
        #expect(feature.scenarios[1].examples.count == 2)
        #expect(feature.scenarios[1].examples[1].tags == ["@exampleTag"])
    }

    @Test func docStringsLoseTheDelimiterIndentation() throws {
        let feature = try GherkinParser.parse(Self.featureText)
        #expect(feature.scenarios[0].steps[0].docString == "CREATE (:A)\n  WITH 1 AS x")
        #expect(feature.scenarios[0].steps[1].docString == "RETURN 'a|b' AS s")
    }

    @Test func tableCellsAreTrimmedAndUnescaped() throws {
        let feature = try GherkinParser.parse(Self.featureText)
        let table = try #require(feature.scenarios[0].steps[2].table)
        #expect(table.rows == [["s", "t"], ["'a|b'", #"'x\y'"#], ["'p\nq'", #"'\''"#]])
    }

    @Test func loneAndEmptyCells() {
        #expect(DataTable.cells(ofLine: "|") == [])
        #expect(DataTable.cells(ofLine: "||") == [""])
        #expect(DataTable.cells(ofLine: "| a |  | b |") == ["a", "", "b"])
        #expect(DataTable.cells(ofLine: "| a | trailing") == ["a"])
    }

    @Test func outlinesExpandPerExampleRow() throws {
        let scenarios = OutlineExpansion.scenarios(of: try GherkinParser.parse(Self.featureText))
        #expect(scenarios.count == 4)
        #expect(scenarios.map(\.title) == [
            "[1] Plain", "[2] Outline <word> (example 1)", "[2] Outline <word> (example 2)", "[2] Outline <word> (example 3)",
        ])
        let second = scenarios[2]
        #expect(second.steps.first?.text == "an empty graph")
        #expect(second.steps[1].docString == "RETURN 'two' AS v")
        #expect(second.steps[2].table?.rows == [["v"], ["'two'"]])
        #expect(scenarios[3].tags == ["@featureTag", "@exampleTag"])
        #expect(scenarios[0].line == 11)
        #expect(scenarios[1].line == 37)
        #expect(scenarios[3].line == 43)
    }

    @Test func placeholdersInStepText() {
        let step = GherkinStep(keyword: "Then", text: "a <kind> should be raised at runtime: <code>", line: 1)
        let substituted = OutlineExpansion.substitute(["kind": "TypeError", "code": "X"], in: step)
        #expect(substituted.text == "a TypeError should be raised at runtime: X")
        #expect(OutlineExpansion.substitute(["a": "1"], in: "<a> <b> <a") == "1 <b> <a")
    }

    @Test func ignoredScenarios() throws {
        let text = """
            Feature: F
              @ignore @skipStyleCheck
              Scenario: [1] Not run
                Given any graph
            """
        let scenarios = OutlineExpansion.scenarios(of: try GherkinParser.parse(text))
        #expect(scenarios.first?.isMarkedIgnored == true)
    }

    @Test func malformedFilesAreRejectedWithTheirLine() {
        #expect(throws: GherkinParseError.self) { try GherkinParser.parse("Given an empty graph") }
        do {
            _ = try GherkinParser.parse("Feature: F\n  Scenario: S\n    When executing query:\n      \"\"\"\n      RETURN 1\n")
            Issue.record("unclosed doc string accepted")
        } catch let error as GherkinParseError {
            #expect(error.line == 4)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: GherkinParseError.self) {
            try GherkinParser.parse("Feature: F\n  Scenario: S\n    When executing query:\n      | a |\n      | b | c |\n")
        }
    }
}
