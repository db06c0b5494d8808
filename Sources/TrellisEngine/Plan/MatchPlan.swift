import TrellisCore
import TrellisSyntax

/// How one MATCH pattern (or pattern predicate) is found: a sequence of operators run
/// as nested loops over the current row, each extending or filtering it.
package struct MatchPlan: Sendable {
    package let operators: [MatchOperator]
    /// Slots this plan binds (set to null by OPTIONAL MATCH when nothing matches).
    package var boundSlots: [Int]
    /// Per pattern part, the slots in pattern order: start node, then (relationship, node) per step.
    package var elementSlots: [[Int]] = []
    /// The operators as the closures that run them.
    private(set) var program: MatchProgram

    /// Per operator, the rows the planner estimated would leave it (empty when not estimated).
    package var estimates: [Double] = []

    package init(operators: [MatchOperator], boundSlots: [Int], elementSlots: [[Int]] = [], estimates: [Double] = []) {
        self.estimates = estimates
        self.operators = operators
        self.boundSlots = boundSlots
        self.elementSlots = elementSlots
        program = MatchProgram(operators)
    }

    /// This plan as an existence test (`EXISTS { ... }`, a pattern predicate), which stops at the
    /// first match and reads nothing of it: its program need not bind what its last operator finds.
    package func testingExistence() -> MatchPlan {
        var plan = self
        plan.program = MatchProgram(operators, rowsRead: false)
        return plan
    }
}

/// A property constraint from a pattern's `{key: value}` map.
package struct PropertyConstraint: Sendable {
    package var key: String
    package var value: CompiledExpression
}

/// One hop (or a variable-length run of hops) of a pattern. A reference type: operators are read
/// for every row, and sharing one instance avoids retaining each of its arrays on every read.
package final class ExpandOperator: Sendable {
    package let from: Int
    package let relationship: Int
    package let to: Int
    package let types: [String]
    /// The interned types when all existed at planning time; otherwise looked up when run.
    package let typeIDs: [Int32]?
    /// Direction as seen from `from`.
    package let direction: RelationshipDirection
    /// `to` was bound before this operator: check instead of bind.
    package let toIsBound: Bool
    /// The relationship variable was bound before (e.g. reused from an earlier clause).
    package let relationshipIsBound: Bool
    package let length: (min: Int, max: Int?)?
    package let properties: [PropertyConstraint]
    /// Relationship slots bound earlier in the same MATCH: a match may not reuse their relationships.
    package let distinctFrom: [Int]
    /// Expansion runs against the pattern's written direction: a var-length list is reversed when bound.
    package let reversed: Bool
    package let range: SourceRange

    package init(from: Int, relationship: Int, to: Int, types: [String], typeIDs: [Int32]?, direction: RelationshipDirection,
                 toIsBound: Bool, relationshipIsBound: Bool, length: (min: Int, max: Int?)?, properties: [PropertyConstraint],
                 distinctFrom: [Int], reversed: Bool, range: SourceRange) {
        self.from = from
        self.relationship = relationship
        self.to = to
        self.types = types
        self.typeIDs = typeIDs
        self.direction = direction
        self.toIsBound = toIsBound
        self.relationshipIsBound = relationshipIsBound
        self.length = length
        self.properties = properties
        self.distinctFrom = distinctFrom
        self.reversed = reversed
        self.range = range
    }
}

package enum MatchOperator: Sendable {
    /// Every node.
    case scanAll(slot: Int)
    /// Nodes with a label.
    case scanLabel(slot: Int, label: String)
    /// Nodes found through a property index.
    /// With `many`, `value` is a list and each of its elements is looked up.
    case indexSeek(slot: Int, label: String, key: String, value: BoundExpression, many: Bool)
    /// Nodes whose indexed value lies in a range (`n.key >= a AND n.key < b`); the WHERE filters
    /// stay in the plan, so the seek only has to find every node that could match.
    case indexRangeSeek(slot: Int, label: String, key: String, lower: BoundExpression?, lowerInclusive: Bool,
                        upper: BoundExpression?, upperInclusive: Bool)
    /// The slot already holds a node (or null, which matches nothing).
    case argument(slot: Int, range: SourceRange)
    /// Labels a bound node must have; `labelIDs` are the interned labels when all existed at
    /// planning time (otherwise the names are looked up when the filter runs).
    case nodeFilter(slot: Int, labels: [String], labelIDs: [Int32]?)
    case expand(ExpandOperator)
    case filter(CompiledPredicate)
    /// Evaluates an expression once and keeps it in a slot for the operators after it.
    case compute(slot: Int, BoundExpression)
    /// Builds a path value from the pattern's slots in pattern order.
    case bindPath(slot: Int, start: Int, steps: [(relationship: Int, node: Int, isVariableLength: Bool)])
    /// Joins each row with the rows of another part of the pattern that share its node in one slot.
    case hashJoin(HashJoinOperator)
}

/// A hash join of a pattern's rows with those of another part of it (the build side) on a node
/// both find: the build side runs once, its rows are kept by that node, and each row reaching
/// the join is extended with every build row of its node. Cycles are closed this way without
/// first enumerating every open path.
package final class HashJoinOperator: Sendable {
    /// The build side's operators, run on the row that first reaches the join.
    package let build: [MatchOperator]
    let buildProgram: MatchProgram
    /// The slots of the nodes (one or two) both sides find.
    package let keys: [Int]
    /// The other slots the build side binds, copied into each joined row.
    package let buildSlots: [Int]
    /// Relationship slots (build side, this side) that must not hold the same relationship.
    package let distinct: [(build: Int, probe: Int)]
    /// The build side reads nothing bound before the MATCH, so that in a statement that only
    /// reads, its rows serve every row the MATCH extends.
    package let cacheable: Bool

    /// Per build operator, the rows estimated to leave it.
    package let estimates: [Double]

    package init(build: [MatchOperator], keys: [Int], buildSlots: [Int], distinct: [(build: Int, probe: Int)], cacheable: Bool,
                 estimates: [Double] = []) {
        self.estimates = estimates
        self.build = build
        buildProgram = MatchProgram(build)
        self.keys = keys
        self.buildSlots = buildSlots
        self.distinct = distinct
        self.cacheable = cacheable
    }
}
