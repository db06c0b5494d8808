import TrellisCore
import TrellisSyntax

/// How one MATCH pattern (or pattern predicate) is found: a sequence of operators run
/// as nested loops over the current row, each extending or filtering it.
package struct MatchPlan: Sendable {
    package var operators: [MatchOperator]
    /// Slots this plan binds (set to null by OPTIONAL MATCH when nothing matches).
    package var boundSlots: [Int]
    /// Per pattern part, the slots in pattern order: start node, then (relationship, node) per step.
    package var elementSlots: [[Int]] = []
}

/// A property constraint from a pattern's `{key: value}` map.
package struct PropertyConstraint: Sendable {
    package var key: String
    package var value: BoundExpression
}

package struct ExpandOperator: Sendable {
    package var from: Int
    package var relationship: Int
    package var to: Int
    package var types: [String]
    /// The interned types when all existed at planning time; otherwise looked up when run.
    package var typeIDs: [Int32]? = nil
    /// Direction as seen from `from`.
    package var direction: RelationshipDirection
    /// `to` was bound before this operator: check instead of bind.
    package var toIsBound: Bool
    /// The relationship variable was bound before (e.g. reused from an earlier clause).
    package var relationshipIsBound: Bool
    package var length: (min: Int, max: Int?)?
    package var properties: [PropertyConstraint]
    /// Relationship slots bound earlier in the same MATCH: a match may not reuse their relationships.
    package var distinctFrom: [Int]
    /// Expansion runs against the pattern's written direction: a var-length list is reversed when bound.
    package var reversed: Bool
    package var range: SourceRange
}

package enum MatchOperator: Sendable {
    /// Every node.
    case scanAll(slot: Int)
    /// Nodes with a label.
    case scanLabel(slot: Int, label: String)
    /// Nodes found through a property index.
    case indexSeek(slot: Int, label: String, key: String, value: BoundExpression)
    /// The slot already holds a node (or null, which matches nothing).
    case argument(slot: Int, range: SourceRange)
    /// Labels a bound node must have; `labelIDs` are the interned labels when all existed at
    /// planning time (otherwise the names are looked up when the filter runs).
    case nodeFilter(slot: Int, labels: [String], labelIDs: [Int32]?)
    case expand(ExpandOperator)
    case filter(BoundExpression)
    /// Evaluates an expression once and keeps it in a slot for the operators after it.
    case compute(slot: Int, BoundExpression)
    /// Builds a path value from the pattern's slots in pattern order.
    case bindPath(slot: Int, start: Int, steps: [(relationship: Int, node: Int, isVariableLength: Bool)])
}
