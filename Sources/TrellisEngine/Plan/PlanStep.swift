import TrellisCore
import TrellisSyntax

/// One step of a compiled single query. Steps run in order, each turning the rows
/// produced so far into the rows the next step sees.
package enum PlanStep: Sendable {
    case match(MatchPlan, optional: Bool)
    case unwind(UnwindPlan)
    case project(ProjectionPlan)
    case filter(CompiledPredicate)
    case create([CreatePattern])
    case merge(MergePlan)
    case set([BoundSetItem])
    case remove([BoundRemoveItem])
    case delete([CompiledExpression], detach: Bool, ranges: [SourceRange])
    case call(CallPlan)
    /// LOAD CSV: one row per record of the file named by `source`.
    case loadCSV(source: CompiledExpression, slot: Int, withHeaders: Bool, fieldTerminator: Character, range: SourceRange)
}

/// UNWIND: the list whose elements go, one row each, into `slot`.
package struct UnwindPlan: Sendable {
    package let list: CompiledExpression
    package let slot: Int
    /// For `UNWIND range(...)`, the call's arguments and where it is: the integers are then made
    /// one at a time, never as a list.
    let range: (arguments: [CompiledExpression.Operand], at: SourceRange)?

    package init(_ list: BoundExpression, slot: Int) {
        self.list = CompiledExpression(list)
        self.slot = slot
        if case let .scalarFunction(f, arguments, at) = list, f.name == ListFunctions.rangeName {
            range = (arguments.map(CompiledExpression.Operand.init), at)
        } else {
            range = nil
        }
    }
}

/// RETURN or WITH.
package struct ProjectionPlan: Sendable {
    package struct Item: Sendable {
        package var name: String
        package var expression: BoundExpression
        package var slot: Int
        package var containsAggregate: Bool
    }
    package let items: [Item]
    package let aggregates: [AggregateSpec]
    package var distinct: Bool
    package let orderBy: [(expression: BoundExpression, ascending: Bool)]
    package let skip: BoundExpression?
    package let limit: BoundExpression?
    package var skipRange: SourceRange?
    package var limitRange: SourceRange?
    /// Item expressions (by source text) that ORDER BY and WHERE may reuse after grouping or DISTINCT:
    /// variables, property reads and aggregate calls.
    package var reusableTexts: [String: Int] = [:]
    /// The items, aggregate arguments, ORDER BY keys, SKIP and LIMIT built into closures.
    let compiled: CompiledProjection

    package init(items: [Item], aggregates: [AggregateSpec], distinct: Bool, orderBy: [(expression: BoundExpression, ascending: Bool)],
                 skip: BoundExpression?, limit: BoundExpression?, skipRange: SourceRange?, limitRange: SourceRange?) {
        self.items = items
        self.aggregates = aggregates
        self.distinct = distinct
        self.orderBy = orderBy
        self.skip = skip
        self.limit = limit
        self.skipRange = skipRange
        self.limitRange = limitRange
        compiled = CompiledProjection(items: items, aggregates: aggregates, orderBy: orderBy, skip: skip, limit: limit)
    }
    /// Grouping happens (some item aggregates).
    package var isAggregating: Bool { !aggregates.isEmpty }
}

/// A node or relationship to create. Bound nodes are referenced, new ones created.
package struct CreateNode: Sendable {
    package var slot: Int
    package var isBound: Bool
    package var labels: [String]
    package var properties: CompiledExpression?
    package var range: SourceRange
}

package struct CreateRelationship: Sendable {
    package var slot: Int
    package var type: String
    /// Start and end as slots of the pattern's nodes (already oriented).
    package var start: Int
    package var end: Int
    package var properties: CompiledExpression?
    package var range: SourceRange
}

package struct CreatePattern: Sendable {
    package var nodes: [CreateNode]
    package var relationships: [CreateRelationship]
    package var path: (slot: Int, start: Int, steps: [(relationship: Int, node: Int, isVariableLength: Bool)])?
}

package struct MergePlan: Sendable {
    package var match: MatchPlan
    package var create: CreatePattern
    package var onCreate: [BoundSetItem]
    package var onMatch: [BoundSetItem]
}

package enum BoundSetItem: Sendable {
    case property(target: CompiledExpression, key: String, value: CompiledExpression, SourceRange)
    case replaceProperties(slot: Int, value: CompiledExpression, SourceRange)
    case mergeProperties(slot: Int, value: CompiledExpression, SourceRange)
    case labels(slot: Int, labels: [String], SourceRange)
}

package enum BoundRemoveItem: Sendable {
    case property(target: CompiledExpression, key: String, SourceRange)
    case labels(slot: Int, labels: [String], SourceRange)
}

package struct CallPlan: Sendable {
    package var procedure: Procedure
    package var arguments: [CompiledExpression]
    /// (output field index, slot) pairs for the yielded fields.
    package var yields: [(field: Int, slot: Int)]
    package var predicate: CompiledExpression?
    package var range: SourceRange
}

/// A compiled single query: steps, the row width, and the output columns if it returns.
package struct CompiledQueryPart: Sendable {
    package var steps: [PlanStep]
    package var slotCount: Int
    /// Column names and slots of the final RETURN (empty for update-only queries).
    package var columns: [(name: String, slot: Int)]
    /// False for queries without RETURN (and not a standalone CALL): they produce no rows.
    package var returnsRows: Bool = true
}

package struct CompiledQuery: Sendable {
    package var parts: [CompiledQueryPart]
    package var unionAll: [Bool]
    package var columns: [String]
    package var isUpdating: Bool
}
