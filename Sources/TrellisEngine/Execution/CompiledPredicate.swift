import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A filter's expression turned into nested closures once, when the plan is made.
///
/// Walking a ``BoundExpression`` for every row copies its indirect cases out of their boxes, a
/// retain and a release each; a closure built from it holds its operands' closures and calls them
/// directly. The common forms (comparisons, null tests, AND/OR/NOT, string predicates of
/// constants, variables and properties) are built here; any other subexpression is evaluated by
/// ``Executor/eval(_:_:)`` as before, so the answers and errors are the same.
package final class CompiledPredicate: Sendable {
    package typealias Test = @Sendable (Executor, Row) throws -> Bool
    package typealias Evaluate = @Sendable (Executor, Row) throws -> Value

    package let expression: BoundExpression
    let test: Test

    package init(_ expression: BoundExpression) {
        self.expression = expression
        test = Self.test(expression)
    }

    /// Whether the predicate is true for `row` (false for false and null).
    static func test(_ e: BoundExpression) -> Test {
        switch e {
        case let .comparison(op, a, b):
            let x = evaluate(a), y = evaluate(b)
            return { executor, row in
                if case .bool(true) = executor.compare(op, try x(executor, row), try y(executor, row)) { return true }
                return false
            }
        case let .isNull(a, negated):
            let x = evaluate(a)
            return { executor, row in try x(executor, row).isNull != negated }
        default:
            let value = evaluate(e)
            return { executor, row in try executor.truth(try value(executor, row)) == true }
        }
    }

    /// The value of `e` for a row, with openCypher's null semantics (as ``Executor/eval(_:_:)``).
    static func evaluate(_ e: BoundExpression) -> Evaluate {
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
            let x = evaluate(a), y = evaluate(b)
            return { executor, row in executor.compare(op, try x(executor, row), try y(executor, row)) }
        case let .isNull(a, negated):
            let x = evaluate(a)
            return { executor, row in .bool(try x(executor, row).isNull != negated) }
        case let .not(a, range):
            let x = evaluate(a)
            return { executor, row in
                switch try x(executor, row) {
                case .null: return .null
                case .bool(let b): return .bool(!b)
                case let v: throw TrellisError.type("InvalidArgumentType", "NOT expects a boolean, not \(v.typeName)", at: range)
                }
            }
        case let .and(a, b):
            let x = evaluate(a), y = evaluate(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row))
                // The right side is still evaluated: a non-boolean there is an error either way.
                let q = try executor.truth(try y(executor, row))
                if p == false || q == false { return .bool(false) }
                if p == nil || q == nil { return .null }
                return .bool(true)
            }
        case let .or(a, b):
            let x = evaluate(a), y = evaluate(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row))
                let q = try executor.truth(try y(executor, row))
                if p == true || q == true { return .bool(true) }
                if p == nil || q == nil { return .null }
                return .bool(false)
            }
        case let .stringPredicate(op, a, b, _):
            let x = evaluate(a), y = evaluate(b)
            return { executor, row in
                guard case .string(let s) = try x(executor, row), case .string(let t) = try y(executor, row) else { return .null }
                switch op {
                case .startsWith: return .bool(s.utf8.starts(with: t.utf8))
                case .endsWith: return .bool(s.utf8.reversed().starts(with: t.utf8.reversed()))
                default: return .bool(Executor.utf8Contains(s, t))
                }
            }
        default:
            return { executor, row in try executor.eval(e, row) }
        }
    }
}
