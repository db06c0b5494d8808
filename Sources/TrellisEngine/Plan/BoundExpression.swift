import TrellisCore
import TrellisSyntax

/// An expression after semantic analysis: variables resolved to row slots,
/// functions resolved, aggregates replaced by the slots that will hold their results.
package indirect enum BoundExpression: Sendable {
    case constant(Value)
    case parameter(String)
    case slot(Int)
    /// `keyID` is the interned key when it existed at compile time (ids never change once assigned).
    case property(BoundExpression, key: String, keyID: Int32?, SourceRange)
    case index(BoundExpression, BoundExpression, SourceRange)
    case slice(BoundExpression, BoundExpression?, BoundExpression?, SourceRange)
    case list([BoundExpression])
    case map(keys: [String], values: [BoundExpression])
    case not(BoundExpression, SourceRange)
    case and(BoundExpression, BoundExpression)
    case or(BoundExpression, BoundExpression)
    case xor(BoundExpression, BoundExpression)
    case comparison(BinaryOperator, BoundExpression, BoundExpression)
    case arithmetic(BinaryOperator, BoundExpression, BoundExpression, SourceRange)
    case negate(BoundExpression, SourceRange)
    case unaryPlus(BoundExpression, SourceRange)
    case stringPredicate(BinaryOperator, BoundExpression, BoundExpression, SourceRange)
    case regexMatch(BoundExpression, BoundExpression, SourceRange)
    case inList(BoundExpression, BoundExpression, SourceRange)
    case isNull(BoundExpression, negated: Bool)
    case hasLabels(BoundExpression, [String], SourceRange)
    case scalarFunction(ScalarFunction, [BoundExpression], SourceRange)
    case graphFunction(GraphFunction, [BoundExpression], SourceRange)
    case caseExpression(subject: BoundExpression?, whens: [BoundExpression], thens: [BoundExpression], otherwise: BoundExpression?)
    case listComprehension(slot: Int, source: BoundExpression, predicate: BoundExpression?, projection: BoundExpression?, SourceRange)
    case quantified(Quantifier, slot: Int, source: BoundExpression, predicate: BoundExpression?, SourceRange)
    case reduce(accumulator: Int, initial: BoundExpression, slot: Int, source: BoundExpression, expression: BoundExpression, SourceRange)
    case patternComprehension(MatchPlan, projection: BoundExpression)
    case exists(MatchPlan)
    /// `EXISTS { full query }`: the parts' steps, run from the current row.
    case existsQuery([[PlanStep]])
    case mapProjection(BoundExpression, [BoundMapProjectionItem], SourceRange)
}

package enum BoundMapProjectionItem: Sendable {
    case property(String)
    case value(String, BoundExpression)
    case allProperties
}

/// Functions that need the graph (entity identity, labels, properties, path parts).
package enum GraphFunction: String, Sendable, CaseIterable {
    case id, labels, type, properties, keys, startNode, endNode, nodes, relationships, length, size, exists, elementId
    /// `distance(a, b)`: great-circle kilometres between two nodes or maps with `lat`/`lon`.
    case distance

    var arity: Int { self == .distance ? 2 : 1 }
}
