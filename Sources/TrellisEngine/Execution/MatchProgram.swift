import TrellisCore
import TrellisGraph

/// A match plan's operators built once into a chain of closures, each calling the next.
///
/// Dispatching on ``MatchOperator`` for every row copies the operator out of the plan's array,
/// retaining everything it holds; a closure holds its operator's fields and the next closure, so
/// a row passes from operator to operator without that traffic. The operators most rows go
/// through (scans, expansions, label and WHERE filters, computed values) have closures of their
/// own; the others run through ``Executor/perform(_:_:_:)``.
final class MatchProgram: Sendable {
    typealias Emit = (Row) throws -> Bool
    typealias Step = @Sendable (Executor, inout Row, Emit) throws -> Bool

    let entry: Step

    init(_ operators: [MatchOperator]) {
        var step: Step = { _, row, emit in try emit(row) }
        for op in operators.reversed() { step = Self.step(op, then: step) }
        entry = step
    }

    private static func step(_ op: MatchOperator, then next: @escaping Step) -> Step {
        switch op {
        case .filter(let predicate):
            return { executor, row, emit in
                try executor.tick()
                guard try predicate.test(executor, row) else { return true }
                return try next(executor, &row, emit)
            }
        case let .nodeFilter(slot, _, labelIDs?):
            return { executor, row, emit in
                try executor.tick()
                guard case .node(let n) = row[slot] else { return true }
                for id in labelIDs where !executor.graph.nodeHasLabel(n, id) { return true }
                return try next(executor, &row, emit)
            }
        case let .compute(slot, expression):
            let evaluate = CompiledPredicate.evaluate(expression)
            return { executor, row, emit in
                try executor.tick()
                row[slot] = try evaluate(executor, row)
                return try next(executor, &row, emit)
            }
        case let .scanLabel(slot, label):
            return { executor, row, emit in
                try executor.tick()
                guard let id = executor.graph.labels.lookup(label) else { return true }
                for n in executor.graph.members(of: id) {
                    try executor.tick()
                    row[slot] = .node(n)
                    if try !next(executor, &row, emit) { return false }
                }
                return true
            }
        case .expand(let x):
            return { executor, row, emit in
                try executor.tick()
                return try executor.expand(x, &row) { row in
                    try executor.tick()
                    return try next(executor, &row, emit)
                }
            }
        default:
            return { executor, row, emit in
                try executor.perform(op, &row) { row in try next(executor, &row, emit) }
            }
        }
    }
}
