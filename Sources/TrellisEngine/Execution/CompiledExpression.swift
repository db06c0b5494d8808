import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Expressions built once, when the plan is made, into nested closures that compute them for a row.
///
/// Walking a ``BoundExpression`` for every row copies its indirect cases out of their boxes, a
/// retain and a release each; a closure built from it holds its operands' closures and calls them
/// directly. The common forms (constants, variables, properties, comparisons, null tests,
/// AND/OR/NOT, string predicates, one-hop EXISTS) are built here; any other subexpression is
/// evaluated by ``Executor/eval(_:_:)`` as before, so the answers and errors are the same.
enum CompiledExpression {
    typealias Closure = @Sendable (Executor, Row) throws -> Value

    /// The value of `e` for a row, with openCypher's null semantics (as ``Executor/eval(_:_:)``).
    static func closure(_ e: BoundExpression) -> Closure {
        switch e {
        case .constant(let v):
            return { _, _ in v }
        case .slot(let s):
            return { _, row in row[s] }
        case let .property(.slot(s), _, keyID?, _):
            return { executor, row in
                let graph = executor.graph
                switch row[s] {
                case .node(let n) where graph.isNodeAlive(n): return graph.nodeProperty(n, keyID) ?? .null
                case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipProperty(r, keyID) ?? .null
                default: return try executor.eval(e, row)
                }
            }
        case let .comparison(op, a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in executor.compare(op, try x(executor, row), try y(executor, row)) }
        case let .isNull(a, negated):
            if let present = propertyPresence(a) {
                return { executor, row in .bool(try present(executor, row) == negated) }
            }
            let x = closure(a)
            return { executor, row in .bool(try x(executor, row).isNull != negated) }
        case let .not(a, range):
            let x = closure(a)
            return { executor, row in try Executor.not(try x(executor, row), at: range) }
        case let .and(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                // The right side is still evaluated: a non-boolean there is an error either way.
                let p = try executor.truth(try x(executor, row))
                return Executor.and(p, try executor.truth(try y(executor, row)))
            }
        case let .or(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row))
                return Executor.or(p, try executor.truth(try y(executor, row)))
            }
        case let .stringPredicate(op, a, b, _):
            let x = closure(a), y = closure(b)
            return { executor, row in
                guard case .string(let s) = try x(executor, row), case .string(let t) = try y(executor, row) else { return .null }
                return .bool(Executor.stringPredicate(op, s, t))
            }
        case .exists(let plan):
            guard let hop = plan.oneHop else { fallthrough }
            return { executor, row in
                if let found = try executor.exists(hop, row) { return .bool(found) }
                return try executor.eval(e, row)
            }
        default:
            return { executor, row in try executor.eval(e, row) }
        }
    }

    /// For `x.key` of a bound entity: whether the entity has the property, read without copying
    /// its value (`IS NULL` and `IS NOT NULL` need no more). Nil for other expressions.
    static func propertyPresence(_ e: BoundExpression) -> (@Sendable (Executor, Row) throws -> Bool)? {
        guard case let .property(.slot(s), _, keyID?, _) = e else { return nil }
        return { executor, row in
            let graph = executor.graph
            switch row[s] {
            case .node(let n) where graph.isNodeAlive(n): return graph.nodeHasProperty(n, keyID)
            case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipHasProperty(r, keyID)
            default: return !(try executor.eval(e, row)).isNull
            }
        }
    }
}
