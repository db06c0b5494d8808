import Foundation
import Trellis

/// Runs one scenario against a fresh engine and judges it step by step, like the openCypher
/// reference harness: the graph is measured when the query under test starts, results and
/// errors are checked against the last query, and side effects against that measurement.
public struct ScenarioRunner: Sendable {
    /// Makes the empty database each scenario starts from.
    public var makeEngine: @Sendable () -> any TCKEngine
    public var graphs: NamedGraphs

    public init(graphs: NamedGraphs, makeEngine: @escaping @Sendable () -> any TCKEngine) {
        self.graphs = graphs
        self.makeEngine = makeEngine
    }

    private struct Failure: Error {
        var difference: String
    }

    /// Runs `scenario`: skipped when the TCK marks it `@ignore`, failed at the first step
    /// whose expectation the engine does not meet, passed otherwise.
    public func run(_ scenario: Scenario) -> ScenarioOutcome {
        if scenario.isMarkedIgnored { return .skipped("marked \(Scenario.ignoreTag) by the TCK") }
        let start = Date()
        do {
            try execute(try StepRecognizer.steps(of: scenario))
            return .passed(seconds: Date().timeIntervalSince(start))
        } catch let failure as Failure {
            return .failed(failure.difference, seconds: Date().timeIntervalSince(start))
        } catch {
            return .failed(OneLine.text(String(describing: error)), seconds: Date().timeIntervalSince(start))
        }
    }

    private func execute(_ steps: [TCKStep]) throws {
        let engine = makeEngine()
        var parameters: [String: Value] = [:]
        var lastResult: Result<QueryResult, any Error>?
        var measured = GraphSnapshot(nodes: [], relationships: [])

        func fail(_ difference: String) -> Failure { Failure(difference: OneLine.text(difference)) }
        func lastOutcome() throws -> Result<QueryResult, any Error> {
            guard let lastResult else { throw fail("an expectation comes before any query was executed") }
            return lastResult
        }
        func run(_ query: String) -> Result<QueryResult, any Error> {
            Result { try engine.execute(query, parameters: parameters) }
        }

        for step in steps {
            switch step {
            case .emptyGraph:
                break
            case .namedGraph(let name):
                for script in try graphs.scripts(for: name) {
                    if case .failure(let error) = run(script) {
                        throw fail("setting up graph \(name) failed: \(Self.describe(error))")
                    }
                }
            case .setupQuery(let query):
                if case .failure(let error) = run(query) {
                    throw fail("setup query failed: \(Self.describe(error))")
                }
            case .parameters(let values):
                parameters.merge(values) { _, new in new }
            case .procedure(let definition):
                engine.register(definition.procedure)
            case .query(let query):
                measured = engine.snapshot()
                lastResult = run(query)
            case .controlQuery(let query):
                lastResult = run(query)
            case .expectResult(let comparison):
                switch try lastOutcome() {
                case .success(let result):
                    if let difference = comparison.firstDifference(in: result) { throw fail(difference) }
                case .failure(let error):
                    throw fail("expected a result, got \(Self.describe(error))")
                }
            case .expectEmptyResult:
                switch try lastOutcome() {
                case .success(let result):
                    if !result.columns.isEmpty || !result.rows.isEmpty {
                        throw fail("expected an empty result, got columns [\(result.columns.joined(separator: ", "))] and \(result.rows.count) rows")
                    }
                case .failure(let error):
                    throw fail("expected an empty result, got \(Self.describe(error))")
                }
            case .expectError(let expected):
                switch try lastOutcome() {
                case .success(let result):
                    throw fail("expected \(expected), but the query succeeded with \(result.rows.count) rows")
                case .failure(let error):
                    if let mismatch = expected.mismatch(with: error) { throw fail(mismatch) }
                }
            case .expectSideEffects(let expected):
                let actual = SideEffects(from: measured, to: engine.snapshot())
                if actual != expected { throw fail("expected side effects \(expected), got \(actual)") }
            }
        }
    }

    /// An engine error on one line: `SyntaxError at compile time: UndefinedVariable (message)`.
    static func describe(_ error: any Error) -> String {
        if let error = error as? TrellisError { return "error " + ExpectedError.describe(error) }
        return "non-TCK error \(OneLine.text(String(describing: error)))"
    }
}
