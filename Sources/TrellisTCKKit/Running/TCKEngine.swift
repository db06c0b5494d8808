import Trellis

/// What the runner needs from a database: run queries, register procedures, and show the
/// whole graph for side-effect measurement. ``Database`` conforms; tests use scripted fakes.
public protocol TCKEngine: AnyObject {
    /// Runs every `;`-separated statement and returns the last one's result.
    func execute(_ text: String, parameters: [String: Value]) throws -> QueryResult
    /// Makes a procedure callable with `CALL`.
    func register(_ procedure: Procedure)
    /// Every node and relationship.
    func snapshot() -> GraphSnapshot
}

extension Database: TCKEngine {}
