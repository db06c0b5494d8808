import TrellisCore

/// A projection's expressions built once, when the plan is made, into closures (see
/// ``CompiledExpression``): the items a row is projected with, the grouping keys, the aggregates'
/// arguments and the ORDER BY keys.
package final class CompiledProjection: Sendable {
    typealias Closure = CompiledExpression.Closure
    typealias Operand = CompiledExpression.Operand

    /// The items that change the row, as (slot, value) pairs: an item that only passes a
    /// variable on under its own name (`WITH a, b`) leaves the row as it is.
    let writes: [(slot: Int, value: Operand)]
    /// Every item, in order (the columns of a final RETURN).
    let items: [Closure]
    /// The grouping keys (the items without aggregates) and their slots.
    let keys: [(slot: Int, value: Operand)]
    /// Each aggregate's argument; nil for `count(*)`.
    let arguments: [Operand?]
    /// The ORDER BY keys.
    let orderKeys: [Operand]

    init(items: [ProjectionPlan.Item], aggregates: [AggregateSpec], orderBy: [(expression: BoundExpression, ascending: Bool)]) {
        self.items = items.map { CompiledExpression.closure($0.expression) }
        let operands = zip(items, self.items).map { item, closure -> Operand in
            switch item.expression {
            case .slot(let s): return .slot(s)
            case .constant(let v): return .constant(v)
            default: return .computed(closure)
            }
        }
        var writes: [(slot: Int, value: Operand)] = []
        for (item, operand) in zip(items, operands) {
            if case .slot(let s) = item.expression, s == item.slot { continue }
            writes.append((item.slot, operand))
        }
        self.writes = writes
        keys = zip(items, operands).filter { !$0.0.containsAggregate }.map { ($0.0.slot, $0.1) }
        arguments = aggregates.map { $0.argument.map(Operand.init) }
        orderKeys = orderBy.map { Operand($0.expression) }
    }
}
