import Trellis

/// A step the runner does not know, or whose argument cannot be read.
public struct StepRecognitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the step.
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Maps Gherkin steps to ``TCKStep``s by their text, parsing tables and doc strings.
///
/// The phrases are those of the openCypher TCK. Any other phrase is an error, so that a
/// scenario with a step the runner does not understand fails instead of passing silently.
public enum StepRecognizer {
    /// The runnable steps of `scenario`, with the reference harness's implicit rule applied:
    /// an expected error not followed by a side-effect step also expects no side effects.
    /// - Throws: ``StepRecognitionError`` for the first step that cannot be recognised.
    public static func steps(of scenario: Scenario) throws -> [TCKStep] {
        var steps: [TCKStep] = []
        for (offset, step) in scenario.steps.enumerated() {
            let recognised = try recognise(step)
            steps.append(recognised)
            if case .expectError = recognised {
                let next = scenario.steps.dropFirst(offset + 1).first.map { try? recognise($0) } ?? nil
                if case .expectSideEffects = next {} else { steps.append(.expectSideEffects(SideEffects())) }
            }
        }
        return steps
    }

    /// The ``TCKStep`` for one Gherkin step.
    /// - Throws: ``StepRecognitionError`` for unknown phrases and unreadable arguments.
    public static func recognise(_ step: GherkinStep) throws -> TCKStep {
        func fail(_ message: String) -> StepRecognitionError { StepRecognitionError(line: step.line, message: message) }
        func docString() throws -> String {
            guard let text = step.docString else { throw fail("step '\(step.text)' needs a doc string") }
            return text
        }
        func table() throws -> DataTable {
            guard let table = step.table else { throw fail("step '\(step.text)' needs a table") }
            return table
        }
        func readingArgument<T>(_ read: () throws -> T) throws -> T {
            do { return try read() } catch let error as StepRecognitionError { throw error } catch {
                throw fail("step '\(step.text)': \(error)")
            }
        }
        func results(ordered: Bool, ignoringListOrder: Bool) throws -> TCKStep {
            let expected = try readingArgument { try ExpectedTable(parsing: try table()) }
            return .expectResult(ResultComparison(expected: expected, isOrdered: ordered, ignoresListOrder: ignoringListOrder))
        }

        let text = step.text
        switch text {
        case "an empty graph", "any graph":
            return .emptyGraph
        case "having executed:":
            return .setupQuery(try docString())
        case "parameters are:":
            return .parameters(try readingArgument {
                var parameters: [String: Value] = [:]
                for row in try table().rows {
                    guard row.count == 2 else { throw fail("parameter rows need a name and a value, got \(row)") }
                    parameters[row[0]] = try ExpectedValueParser.parse(row[1]).engineValue()
                }
                return parameters
            })
        case "executing query:":
            return .query(try docString())
        case "executing control query:":
            return .controlQuery(try docString())
        case "the result should be, in any order:":
            return try results(ordered: false, ignoringListOrder: false)
        case "the result should be, in order:":
            return try results(ordered: true, ignoringListOrder: false)
        case "the result should be (ignoring element order for lists):":
            return try results(ordered: false, ignoringListOrder: true)
        case "the result should be, in order (ignoring element order for lists):":
            return try results(ordered: true, ignoringListOrder: true)
        case "the result should be empty":
            return .expectEmptyResult
        case "no side effects":
            return .expectSideEffects(SideEffects())
        case "the side effects should be:":
            return .expectSideEffects(try readingArgument { try SideEffects(table: try table()) })
        default:
            break
        }
        if text.hasPrefix("the "), text.hasSuffix(" graph") {
            let name = text.dropFirst("the ".count).dropLast(" graph".count).trimmingGherkinWhitespace()
            if !name.isEmpty { return .namedGraph(name) }
        }
        if text.hasPrefix("there exists a procedure "), text.hasSuffix(":") {
            let signature = String(text.dropFirst("there exists a procedure ".count).dropLast())
            return .procedure(try readingArgument { try ProcedureDefinition(signature: signature, table: try table()) })
        }
        if let expected = ExpectedError(stepText: text) {
            return .expectError(expected)
        }
        throw fail("unsupported step: \(step.keyword) \(text)")
    }
}
