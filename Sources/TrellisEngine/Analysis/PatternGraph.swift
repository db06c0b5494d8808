import TrellisCore
import TrellisSyntax

/// One MATCH pattern (with its WHERE) as the planner sees it once its variables are declared:
/// nodes, relationships between them, and the predicates waiting for the slots they read.
/// ``JoinOrder`` chooses how to find it, and the planner lowers that choice into operators.
struct PatternGraph {
    struct Node {
        var slot: Int
        /// The node was bound before this MATCH (an earlier clause, or the enclosing query).
        var boundBefore: Bool
        var labels: [String]
        var range: SourceRange
    }

    struct Edge {
        var slot: Int
        /// The relationship (or list of relationships) was bound before this MATCH.
        var boundBefore: Bool
        var from: Int
        var to: Int
        var pattern: RelationshipPattern
        var properties: [PropertyConstraint]
        /// Some property value reads a variable bound before this MATCH.
        var propertiesReadOuter = false
    }

    /// A predicate waiting until every new slot it reads is bound.
    struct Filter {
        var expression: BoundExpression
        var needs: Set<Int>
        /// It reads a variable bound before this MATCH.
        var readsOuter: Bool
    }

    /// `node.key = value`, usable for an index seek.
    struct Equality {
        var node: Int
        var key: String
        var value: BoundExpression
        var needs: Set<Int>
        var readsOuter: Bool
        /// `node.key IN value`: the value is a list of keys to look up.
        var many = false
    }

    /// `node.key >(=) lower` and/or `node.key <(=) upper`, usable for an index range seek.
    struct Range {
        var node: Int
        var key: String
        var lower: (value: BoundExpression, inclusive: Bool)?
        var upper: (value: BoundExpression, inclusive: Bool)?
        var needs: Set<Int>
        var readsOuter: Bool
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    var filters: [Filter] = []
    var equalities: [Equality] = []
    var ranges: [Range] = []

    /// The pattern nodes a set of slots belongs to: a node's slot is its node, a relationship's
    /// slot both its ends; any other slot (a path) needs every node.
    func nodes(reading slots: Set<Int>) -> [Int] {
        var out = Set<Int>()
        for slot in slots {
            if let i = nodes.firstIndex(where: { $0.slot == slot }) {
                out.insert(i)
            } else if let e = edges.first(where: { $0.slot == slot }) {
                out.insert(e.from)
                out.insert(e.to)
            } else {
                return Array(nodes.indices)
            }
        }
        return out.sorted()
    }

    /// Whether an edge may be part of a hash join's build side, which runs apart from the row
    /// the MATCH extends: not a relationship bound before, and of fixed length.
    func isBuildable(_ e: Int) -> Bool {
        !edges[e].boundBefore && edges[e].pattern.length == nil
    }
}
