import Foundation
import Testing
import Trellis
@testable import TrellisCLI

/// The shell's loop and meta commands, fed lines without a terminal.
@Suite("Shell")
struct ShellTests {
    let output = CapturedText()
    let errors = CapturedText()

    private func run(_ lines: [String], database: Database? = nil, files: any DatabaseFiles = CommandLineDatabaseFiles())
        throws -> (Shell, ScriptedLineReader) {
        try run(lines.map { LineInput.line($0) }, database: database, files: files)
    }

    private func run(_ inputs: [LineInput], database: Database? = nil,
                     files: any DatabaseFiles = CommandLineDatabaseFiles()) throws -> (Shell, ScriptedLineReader) {
        let reader = ScriptedLineReader(inputs)
        let shell = Shell(reader: reader, database: try database ?? ShellFixture.makeDatabase(),
                          presenter: ResultPresenter(mode: .table, terminal: output), errors: errors, databaseFiles: files)
        shell.run()
        return (shell, reader)
    }

    @Test func statementsEndAtSemicolonsAndEmptyLines() throws {
        let (_, reader) = try run([
            "RETURN 1 AS one; RETURN",  // runs one statement, keeps " RETURN"
            " 2 AS two;",               // runs "RETURN\n 2 AS two"
            "RETURN 3 AS three",
            "",                         // an empty line ends the statement
            "",
            "RETURN 'a;",               // the ';' is inside a string
            "b' AS four;",
            ":quit",
            "RETURN 5 AS never;",
        ])
        let (p, c) = (Shell.prompt, Shell.continuationPrompt)
        #expect(reader.prompts == [p, c, p, c, p, p, c, p])
        #expect(reader.pendingTexts[3] == "RETURN 3 AS three\n")
        for column in ["one", "two", "three", "four"] { #expect(output.text.contains("| \(column)")) }
        #expect(!output.text.contains("never"))
        #expect(errors.text.isEmpty)
        #expect(reader.history == ["RETURN 1 AS one;", "RETURN 2 AS two;", "RETURN 3 AS three;", "RETURN 'a;",
                                   "b' AS four;", ":quit"])
    }

    @Test func errorsPointIntoWhatWasTypedAndTheShellCarriesOn() throws {
        _ = try run(["MATCH (s:School) RETURN s.name, count(r);", "RETURN 2 AS after;"])
        #expect(errors.text == """
            error: variable 'r' is not defined [SyntaxError.UndefinedVariable]
            MATCH (s:School) RETURN s.name, count(r);
                                                  ^

            """)
        #expect(output.text.contains("| after |"))
    }

    @Test func errorsInLaterLinesNameTheirLine() throws {
        _ = try run(["MATCH (s:School)", "RETURN s.nme + 1, x;"])
        #expect(errors.text.hasPrefix("error at line 2, column 19: variable 'x' is not defined"))
        #expect(errors.text.hasSuffix("RETURN s.nme + 1, x;\n                  ^\n"))
    }

    @Test func aFailingStatementStopsTheRestOfTheLine() throws {
        _ = try run(["RETURN x; RETURN 'not run' AS skipped;"])
        #expect(!output.text.contains("skipped"))
        #expect(errors.text.contains("variable 'x' is not defined"))
    }

    @Test func controlCForgetsWhatWasTyped() throws {
        let (_, reader) = try run([.line("MATCH (s:School)"), .interrupted, .line("RETURN 1 AS one;")])
        #expect(reader.prompts == [Shell.prompt, Shell.continuationPrompt, Shell.prompt, Shell.prompt])
        #expect(errors.text.isEmpty)
        #expect(output.text.contains("| one |"))
    }

    @Test func theEndOfInputLeaves() throws {
        _ = try run([String]())
        #expect(output.text.hasPrefix("Trellis, a query language in the openCypher family."))
        #expect(output.text.hasSuffix("\n\n"))
    }

    @Test func helpListsCommandsAndExplainsTopics() throws {
        _ = try run([":help", ":help match", ":help toUpper", ":help :timer", ":help nothing-like-it"])
        for command in MetaCommand.descriptions { #expect(output.text.contains("  " + command.usage)) }
        #expect(output.text.contains("MATCH pattern [, pattern…] [WHERE condition]"))
        #expect(output.text.contains("toUpper(input :: STRING) :: STRING"))
        #expect(output.text.contains("RETURN toUpper("))
        #expect(output.text.contains(":timer [on|off]\n  Show how long each statement takes."))
        #expect(errors.text == "error: no help on nothing-like-it; type :help for the topics\n")
    }

    @Test func schemaCountsLabelsTypesKeysAndIndexes() throws {
        _ = try run([":schema"])
        #expect(output.text.contains("14 nodes, 17 relationships\n\nLabels (7)\n"))
        #expect(output.text.contains("  :School       5  fsm, name, phase, pupils, rating (4), urn\n"))
        #expect(output.text.contains("  :MEMBER_OF     4  (:School)->(:Partnership); role, since\n"))
        #expect(output.text.contains("  role       6  1 node, 5 relationships\n"))
        #expect(output.text.contains("Indexes (1)\n  :School(urn)  5  entries\n"))
    }

    @Test func schemaShowsTheRulesOfASchema() throws {
        let db = Database()
        try db.apply(.partnership)
        try db.execute("CREATE (:Area {name: 'phonics'})")
        _ = try run([":schema"], database: db)
        #expect(output.text.contains("Rules of the partnership schema"))
        #expect(output.text.contains(":School(urn)"))
        #expect(output.text.contains("integer, unique"))
        #expect(output.text.contains("(:School)->(:Authority)"))
    }

    @Test func schemaHasNoRulesSectionWithoutASchema() throws {
        _ = try run([":schema"])
        #expect(!output.text.contains("Rules of"))
    }

    @Test func modesTimerAndRows() throws {
        let (shell, _) = try run([":mode line", ":timer on", ":rows 1", "UNWIND [1, 2] AS n RETURN n;", ":mode", ":timer",
                                  ":rows"])
        #expect(shell.presenter.mode == .line)
        #expect(shell.presenter.timerEnabled)
        #expect(shell.presenter.rowLimit == 1)
        #expect(output.text.contains("-[ row 1 ]\nn | 1\n(2 rows, "))
        #expect(output.text.contains(" ms, 1 shown; type :rows all to see them all)"))
        #expect(output.text.contains("Mode line: one line per value"))
        #expect(output.text.contains("The timer is on."))
        #expect(output.text.contains("Up to 1 row is shown on the terminal."))
    }

    @Test func parametersAreEvaluatedAndUsed() throws {
        let (shell, _) = try run([":param urn => 900100 + 1", ":param since => date('2023-09-01')", ":param bad => 1 +",
                                  ":params", "MATCH (s:School {urn: $urn}) RETURN s.name;", ":params clear", ":params"])
        #expect(shell.parameters.isEmpty)
        #expect(output.text.contains("$urn = 900101\n"))
        #expect(output.text.contains("$since = 2023-09-01\n$urn = 900101\n"))
        #expect(output.text.contains("| Padnell Junior School |"))
        #expect(output.text.contains("No parameters are set"))
        #expect(errors.text.hasPrefix("error: unexpected end of input"))
        #expect(errors.text.hasSuffix("1 +\n   ^\n"))
    }

    @Test func explainShowsThePlanAndPointsIntoTheQuery() throws {
        _ = try run([":explain MATCH (s:School {urn: 900101}) RETURN s.name;", ":explain MATCH (s) RETURN x"])
        #expect(output.text.contains("NodeIndexSeek"))
        #expect(errors.text.hasSuffix("MATCH (s) RETURN x\n                 ^\n"))
    }

    @Test func dotDrawsWhatAQueryReturns() throws {
        _ = try run([":dot MATCH (s:School {urn: 900101})-[i:IN_AUTHORITY]->(a) RETURN s, i, a", ":dot MATCH (s) RETURN x"])
        #expect(output.text.contains("digraph"))
        #expect(output.text.contains("IN_AUTHORITY"))
        #expect(output.text.contains("Padnell Junior School"))
        #expect(errors.text.hasSuffix("MATCH (s) RETURN x\n                 ^\n"))
    }

    @Test func readRunsAScriptAndStopsAtItsFirstError() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString).cypher")
        try "CREATE (:Area {name: 'oracy'});\nRETURN 1 +;\nCREATE (:Area {name: 'never'});\n"
            .write(to: script, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let (shell, _) = try run([":read " + script.path, ":read /no/such/script.cypher"])
        #expect(output.text.contains("Created 1 node, set 1 property, added 1 label."))
        #expect(output.text.contains("Stopped \(script.path) after 1 statement."))
        #expect(errors.text.contains("\(script.path):2:11: error: unexpected end of input"))
        #expect(errors.text.contains("/no/such/script.cypher: error: cannot read script"))
        #expect(try shell.database.execute("MATCH (a:Area) WHERE a.name IN ['oracy', 'never'] RETURN a.name").rows
                == [["oracy"]])
    }

    @Test func outputSendsResultsToAFileAndBack() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try run([":mode csv", ":output " + file.path, "MATCH (s:School) RETURN s.urn ORDER BY s.urn LIMIT 2;",
                     ":output", "RETURN 'back' AS here;"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "s.urn\n900101\n900108\n")
        #expect(output.text.contains("(2 rows written to \(file.path))"))
        #expect(output.text.contains("here\nback\n"))
    }

    @Test func saveWritesACopyAndOpenSwitchesToIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shell-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy.trellis").path
        let (shell, _) = try run([":save", ":save " + copy, ":open " + copy, "CREATE (:Area {name: 'oracy'});", ":save"])
        // An in-memory database needs a file name; then the copy is written, opened, changed and saved.
        #expect(errors.text.contains("this database is in memory; give a new file to save it to"))
        #expect(output.text.contains("Saved to \(copy)."))
        #expect(shell.database.path == copy)
        let reopened = try Database(path: copy, readOnly: true)
        #expect(try reopened.execute("MATCH (s:School) RETURN count(s)").rows == [[5]])
        #expect(try reopened.execute("MATCH (a:Area {name: 'oracy'}) RETURN count(a)").rows == [[1]])
    }

    @Test func openSwitchesDatabasesThroughTheHook() throws {
        struct InMemoryFiles: DatabaseFiles {
            func open(path: String) throws -> Database {
                let database = Database()
                try database.execute("CREATE (:Opened {path: $path})", parameters: ["path": .string(path)])
                return database
            }
            func save(_ database: Database, to path: String?) throws -> String { path ?? "same.trellis" }
        }
        let (shell, _) = try run([":open other.trellis", "MATCH (o:Opened) RETURN o.path;", ":save"],
                                 files: InMemoryFiles())
        #expect(output.text.contains("Opened other.trellis."))
        #expect(output.text.contains("| other.trellis |"))
        #expect(output.text.contains("Saved to same.trellis."))
        #expect(shell.vocabulary.labels == ["Opened"])
    }

    @Test func unknownCommandsAreReported() throws {
        _ = try run([":frobnicate", ":shema"])
        #expect(errors.text == """
            error: unknown command :frobnicate; type :help for the list
            error: unknown command :shema; did you mean :schema? type :help for the list

            """)
    }
}
