import TrellisCore
import TrellisEngine

/// A Trellis database: an in-memory property graph and the interpreter that queries it.
///
/// All methods are thread-safe: many readers run concurrently, writers run one at a time.
/// Every statement is atomic: a statement that fails leaves the graph as it was before it.
public final class Database: @unchecked Sendable {
    /// Opens an empty in-memory database.
    public init() {}

    /// Runs every `;`-separated statement of `text` and returns the last one's result.
    /// - Throws: ``TrellisError`` for syntax, semantic and runtime errors.
    @discardableResult
    public func execute(_ text: String, parameters: [String: Value] = [:]) throws -> QueryResult {
        throw TrellisError(.internalError, "NotImplemented", "engine not yet wired")
    }

    /// Runs every statement of `text` in order, handing each result to `onResult` as soon as it completes.
    /// Stops at the first error and throws it.
    public func executeScript(_ text: String, parameters: [String: Value] = [:],
                              onResult: (QueryResult) throws -> Void) throws {
        throw TrellisError(.internalError, "NotImplemented", "engine not yet wired")
    }

    /// Makes a procedure callable with CALL.
    public func register(_ procedure: Procedure) {}

    /// Every node and relationship, for inspection and tests.
    public func snapshot() -> GraphSnapshot { GraphSnapshot(nodes: [], relationships: []) }
}
