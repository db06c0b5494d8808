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
            let x = CompiledExpression.Operand(a), y = CompiledExpression.Operand(b)
            if case .constant(let c) = b {
                if case .int(let k) = c, op == .equal {
                    // `x = 3`, the commonest comparison with an integer.
                    return { executor, row in
                        let v = try x(executor, row)
                        if case .int(let i) = v { return i == k }
                        if case .bool(true) = executor.compare(op, v, c) { return true }
                        return false
                    }
                }
                return { executor, row in
                    let v = try x(executor, row)
                    if case .int(let i) = v, case .int(let j) = c { return CompiledExpression.compareIntegers(op, i, j) }
                    if case .bool(true) = executor.compare(op, v, c) { return true }
                    return false
                }
            }
            return { executor, row in
                let v = try x(executor, row), w = try y(executor, row)
                if case .int(let i) = v, case .int(let j) = w { return CompiledExpression.compareIntegers(op, i, j) }
                if case .bool(true) = executor.compare(op, v, w) { return true }
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
