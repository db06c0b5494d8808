import TrellisCore
import TrellisGraph
import TrellisSyntax

extension Executor {
    /// Finds every match of `plan` extending `row`, calling `emit` for each; `emit` returns false to stop.
    func match(_ plan: MatchPlan, _ row: Row, _ emit: MatchProgram.Emit) throws {
        var r = row
        _ = try run(plan.program, plan.operators, &r, emit)
    }

    /// Whether relationship `r` is bound in one of `slots` (alone, or in a variable-length list).
    func used(_ slots: [Int], _ row: Row, _ r: RelationshipID) -> Bool {
        for s in slots {
            switch row[s] {
            case .relationship(let x) where x == r: return true
            case .list(let items) where items.contains(.relationship(r)): return true
            default: continue
            }
        }
        return false
    }

    /// Whether `plan` has a match extending `row` (`EXISTS { ... }`, a pattern predicate): the
    /// search stops at the first.
    @inline(__always)
    func exists(_ plan: MatchPlan, _ row: Row) throws -> Bool {
        var r = row
        // A program returns false when the rows it passed on asked to stop: here, at the first.
        return try !run(plan.program, plan.operators, &r) { _ in false }
    }

    /// The relationships leaving `node` in `direction` with one of `types` (nil = any type).
    /// A statement that only reads walks the graph's entries in place; one that writes walks
    /// copies, since `body` may change the relationships being walked.
    func forEachNeighbour(_ node: NodeID, _ direction: RelationshipDirection, _ types: [Int32]?,
                          _ body: (AdjacencyEntry) throws -> Bool) throws -> Bool {
        switch direction {
        case .outgoing: return try graph.forEachAdjacent(node, .outgoing, types: types, inPlace: readsOnly, body)
        case .incoming: return try graph.forEachAdjacent(node, .incoming, types: types, inPlace: readsOnly, body)
        case .either:
            if try !graph.forEachAdjacent(node, .outgoing, types: types, inPlace: readsOnly, body) { return false }
            return try graph.forEachAdjacent(node, .incoming, types: types, skipping: node, inPlace: readsOnly, body)
        }
    }
}
