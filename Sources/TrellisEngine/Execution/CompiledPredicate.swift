import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A filter's expression built once, when the plan is made, into a closure that tests a row
/// (see ``CompiledExpression``).
package final class CompiledPredicate: Sendable {
    package typealias Test = @Sendable (Executor, Row) throws -> Bool

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
            let x = CompiledExpression.closure(a), y = CompiledExpression.closure(b)
            return { executor, row in
                if case .bool(true) = executor.compare(op, try x(executor, row), try y(executor, row)) { return true }
                return false
            }
        case let .isNull(a, negated):
            if let present = CompiledExpression.propertyPresence(a) {
                return { executor, row in try present(executor, row) == negated }
            }
            let x = CompiledExpression.closure(a)
            return { executor, row in try x(executor, row).isNull != negated }
        default:
            let value = CompiledExpression.closure(e)
            return { executor, row in try executor.truth(try value(executor, row)) == true }
        }
    }
}
