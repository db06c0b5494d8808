import Foundation
import Trellis
import TrellisTCKKit

/// A fake engine for runner tests: every query it knows has a scripted reaction, which may
/// change the fake graph; any other query fails with a syntax error.
final class ScriptedEngine: TCKEngine, @unchecked Sendable {
    enum Reaction: Sendable {
        case result(QueryResult)
        case error(TrellisError)
        /// Changes the graph, then returns the result.
        case change(@Sendable (inout GraphSnapshot) -> QueryResult)
    }

    var graph = GraphSnapshot(nodes: [], relationships: [])
    var reactions: [String: Reaction]
    private(set) var executed: [(query: String, parameters: [String: Value])] = []
    private(set) var procedures: [Procedure] = []

    init(_ reactions: [String: Reaction]) {
        self.reactions = reactions
    }

    func execute(_ text: String, parameters: [String: Value]) throws -> QueryResult {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        executed.append((query, parameters))
        switch reactions[query] {
        case .result(let result):
            return result
        case .error(let error):
            throw error
        case .change(let change):
            return change(&graph)
        case nil:
            throw TrellisError.syntax("UnexpectedSyntax", "unscripted query: \(query)", at: nil)
        }
    }

    func register(_ procedure: Procedure) {
        procedures.append(procedure)
    }

    func snapshot() -> GraphSnapshot { graph }
}
