import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct StepRecognizerTests {
    private func step(_ text: String, _ argument: GherkinStep.Argument? = nil) -> GherkinStep {
        GherkinStep(keyword: "And", text: text, argument: argument, line: 7)
    }

    @Test func recognisesGraphSteps() throws {
        guard case .emptyGraph = try StepRecognizer.recognise(step("an empty graph")) else { Issue.record("empty"); return }
        guard case .emptyGraph = try StepRecognizer.recognise(step("any graph")) else { Issue.record("any"); return }
        guard case .namedGraph(let name) = try StepRecognizer.recognise(step("the binary-tree-1 graph")) else {
            Issue.record("named"); return
        }
        #expect(name == "binary-tree-1")
    }

    @Test func recognisesQueries() throws {
        guard case .setupQuery(let setup) = try StepRecognizer.recognise(step("having executed:", .docString("CREATE ()"))) else {
            Issue.record("setup"); return
        }
        #expect(setup == "CREATE ()")
        guard case .query = try StepRecognizer.recognise(step("executing query:", .docString("RETURN 1"))) else {
            Issue.record("query"); return
        }
        guard case .controlQuery = try StepRecognizer.recognise(step("executing control query:", .docString("RETURN 1"))) else {
            Issue.record("control"); return
        }
        #expect(throws: StepRecognitionError.self) { try StepRecognizer.recognise(step("executing query:")) }
    }

    @Test func recognisesParameters() throws {
        let table = DataTable(rows: [["list", "[1, 2]"], ["name", "'x'"], ["f", "1.5"]])
        guard case .parameters(let parameters) = try StepRecognizer.recognise(step("parameters are:", .table(table))) else {
            Issue.record("parameters"); return
        }
        #expect(parameters == ["list": .list([1, 2]), "name": "x", "f": .float(1.5)])
        #expect(throws: StepRecognitionError.self) {
            try StepRecognizer.recognise(step("parameters are:", .table(DataTable(rows: [["n", "(:A)"]]))))
        }
    }

    @Test func recognisesEveryResultPhrase() throws {
        let table = GherkinStep.Argument.table(DataTable(rows: [["n"], ["[2, 1]"]]))
        let phrases: [(String, Bool, Bool)] = [
            ("the result should be, in any order:", false, false),
            ("the result should be, in order:", true, false),
            ("the result should be (ignoring element order for lists):", false, true),
            ("the result should be, in order (ignoring element order for lists):", true, true),
        ]
        for (phrase, ordered, ignoringListOrder) in phrases {
            guard case .expectResult(let comparison) = try StepRecognizer.recognise(step(phrase, table)) else {
                Issue.record("\(phrase)"); continue
            }
            #expect(comparison.isOrdered == ordered && comparison.ignoresListOrder == ignoringListOrder, "\(phrase)")
            #expect(comparison.expected.columns == ["n"])
        }
        guard case .expectEmptyResult = try StepRecognizer.recognise(step("the result should be empty")) else {
            Issue.record("empty"); return
        }
        #expect(throws: StepRecognitionError.self) {
            try StepRecognizer.recognise(step("the result should be, in any order:", .table(DataTable(rows: [["n"], ["(:A"]]))))
        }
    }

    @Test func recognisesSideEffectsAndErrors() throws {
        guard case .expectSideEffects(let none) = try StepRecognizer.recognise(step("no side effects")) else {
            Issue.record("none"); return
        }
        #expect(none == SideEffects())
        let table = GherkinStep.Argument.table(DataTable(rows: [["+nodes", "1"]]))
        guard case .expectSideEffects(let some) = try StepRecognizer.recognise(step("the side effects should be:", table)) else {
            Issue.record("some"); return
        }
        #expect(some.addedNodes == 1)
        guard case .expectError(let error) = try StepRecognizer.recognise(
            step("a SyntaxError should be raised at compile time: UndefinedVariable")) else {
            Issue.record("error"); return
        }
        #expect(error.detail == "UndefinedVariable")
    }

    @Test func unknownStepsAreErrors() {
        let error = #expect(throws: StepRecognitionError.self) { try StepRecognizer.recognise(step("the moon is full")) }
        #expect(error?.line == 7)
        #expect(error?.message == "unsupported step: And the moon is full")
    }

    @Test func expectedErrorsImplyNoSideEffects() throws {
        func scenario(_ steps: [GherkinStep]) -> Scenario { Scenario(featureName: "F", name: "S", steps: steps, line: 1) }
        let query = step("executing query:", .docString("RETURN x"))
        let error = step("a SyntaxError should be raised at compile time: UndefinedVariable")
        let implicit = try StepRecognizer.steps(of: scenario([query, error]))
        #expect(implicit.count == 3)
        guard case .expectSideEffects(let effects) = implicit.last else { Issue.record("no implicit step"); return }
        #expect(effects == SideEffects())
        let explicit = try StepRecognizer.steps(of: scenario([query, error, step("no side effects")]))
        #expect(explicit.count == 3)
    }

    @Test func proceduresFromSignatureAndTable() throws {
        let table = DataTable(rows: [["name", "in", "out"], ["'a'", "1", "'one'"], ["'a'", "2", "'two'"], ["'b'", "null", "'nil'"]])
        let definition = try ProcedureDefinition(signature: "test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: STRING?) ",
                                                 table: table)
        #expect(definition.name == "test.my.proc")
        #expect(definition.parameters == [.init(name: "name", type: "STRING?"), .init(name: "in", type: "INTEGER?")])
        #expect(definition.outputs == [.init(name: "out", type: "STRING?")])
        let procedure = definition.procedure
        #expect(try procedure.body(["a", 2]) == [["two"]])
        #expect(try procedure.body(["b", .null]) == [["nil"]])
        #expect(try procedure.body(["a", .float(2)]) == [])
        #expect(try procedure.body(["c", 1]) == [])
    }

    @Test func procedureArgumentsWidenToFloat() throws {
        let definition = try ProcedureDefinition(signature: "test.my.proc(in :: FLOAT?) :: (out :: STRING?)",
                                                 table: DataTable(rows: [["in", "out"], ["42.0", "'close enough'"]]))
        #expect(try definition.procedure.body([42]) == [["close enough"]])
    }

    @Test func proceduresWithoutParametersOrOutputs() throws {
        let nothing = try ProcedureDefinition(signature: "test.doNothing() :: ()", table: DataTable(rows: [[]]))
        #expect(nothing.parameters.isEmpty && nothing.outputs.isEmpty)
        #expect(try nothing.procedure.body([]) == [])
        let labels = try ProcedureDefinition(signature: "test.labels() :: (label :: STRING?)",
                                             table: DataTable(rows: [["label"], ["'A'"], ["'B'"]]))
        #expect(try labels.procedure.body([]) == [["A"], ["B"]])
        #expect(throws: ProcedureDefinitionError.self) {
            try ProcedureDefinition(signature: "test.p(in :: INTEGER?) :: (out :: INTEGER?)", table: DataTable(rows: [["x", "out"]]))
        }
        #expect(throws: ProcedureDefinitionError.self) {
            try ProcedureDefinition(signature: "test.p(in INTEGER?)", table: DataTable(rows: [["in"]]))
        }
    }
}
