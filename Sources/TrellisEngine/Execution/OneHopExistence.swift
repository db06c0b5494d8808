import TrellisCore
import TrellisSyntax

/// `EXISTS { MATCH (s)-[:T]->(:L) }` of one hop, recognised in its plan: a bound node, one hop
/// without properties, an anonymous end node with labels at most. Such a test is answered from
/// the node's adjacency lists (``Executor/exists(_:_:)``) without running the plan;
/// ``MatchPlan/oneHop`` holds it when the plan has that shape.
final class OneHopExistence: Sendable {
    let slot: Int
    let direction: RelationshipDirection
    /// The relationship types (nil for any).
    let types: [Int32]?
    /// The labels the neighbour must have.
    let labels: [Int32]

    /// Nil for any other shape, or when labels or types were unknown when planning.
    init?(_ ops: [MatchOperator]) {
        guard ops.count == 2 || ops.count == 3,
              case .argument(let slot, _) = ops[0],
              case .expand(let x) = ops[1], x.from == slot, x.length == nil, !x.toIsBound,
              !x.relationshipIsBound, x.properties.isEmpty, x.distinctFrom.isEmpty else { return nil }
        var labels: [Int32] = []
        if ops.count == 3 {
            guard case .nodeFilter(let filtered, _, let ids?) = ops[2], filtered == x.to else { return nil }
            labels = ids
        }
        var types: [Int32]? = nil
        if !x.types.isEmpty {
            guard let ids = x.typeIDs else { return nil }
            types = ids
        }
        self.slot = slot
        self.direction = x.direction
        self.types = types
        self.labels = labels
    }
}
