import Trellis

/// A scenario step as the runner understands it, with its argument already parsed.
public enum TCKStep: Sendable {
    /// `Given an empty graph`, and `Given any graph`, which the runner also starts empty.
    case emptyGraph
    /// `Given the <name> graph`: run the named graph's creation scripts.
    case namedGraph(String)
    /// `And having executed:` a setup query, which must succeed.
    case setupQuery(String)
    /// `And parameters are:` a `| name | value |` table.
    case parameters([String: Value])
    /// `And there exists a procedure ...:` with its table.
    case procedure(ProcedureDefinition)
    /// `When executing query:`: measure the graph, then run the query under test.
    case query(String)
    /// `When executing control query:`: run a query without measuring side effects again.
    case controlQuery(String)
    /// `Then the result should be ...:` with a table.
    case expectResult(ResultComparison)
    /// `Then the result should be empty`: no columns and no rows.
    case expectEmptyResult
    /// `Then a <Kind> should be raised at <phase>: <detail>`.
    case expectError(ExpectedError)
    /// `And no side effects` or `And the side effects should be:`.
    case expectSideEffects(SideEffects)
}
