import TrellisCore

/// A projection's expressions built once, when the plan is made, into closures (see
/// ``CompiledExpression``): the items a row is projected with, the grouping keys, the aggregates'
/// arguments and parameters, the ORDER BY keys, SKIP and LIMIT.
package final class CompiledProjection: Sendable {
    typealias Operand = CompiledExpression.Operand

    /// The items that change the row, as (slot, value) pairs: an item that only passes a
    /// variable on under its own name (`WITH a, b`) leaves the row as it is.
    let writes: [(slot: Int, value: Operand)]
    /// Every item, in order (the columns of a final RETURN).
    let items: [Operand]
    /// The grouping keys (the items without aggregates) and their slots.
    let keys: [(slot: Int, value: Operand)]
    /// Each aggregate's argument; nil for `count(*)`.
    let arguments: [Operand?]
    /// Each aggregate's parameter (the percentile of `percentileCont` and `percentileDisc`).
    let parameters: [Operand?]
    /// The ORDER BY keys.
    let orderKeys: [Operand]
    /// The numbers of rows to skip and to keep.
    let skip: Operand?, limit: Operand?

    init(items: [ProjectionPlan.Item], aggregates: [AggregateSpec], orderBy: [(expression: BoundExpression, ascending: Bool)],
         skip: BoundExpression?, limit: BoundExpression?) {
        let operands = items.map { Operand($0.expression) }
        self.items = operands
        var writes: [(slot: Int, value: Operand)] = []
        for (item, operand) in zip(items, operands) {
            if case .slot(let s) = item.expression, s == item.slot { continue }
            writes.append((item.slot, operand))
        }
        self.writes = writes
        keys = zip(items, operands).filter { !$0.0.containsAggregate }.map { ($0.0.slot, $0.1) }
        arguments = aggregates.map { $0.argument.map(Operand.init) }
        parameters = aggregates.map { $0.parameter.map(Operand.init) }
        orderKeys = orderBy.map { Operand($0.expression) }
        self.skip = skip.map(Operand.init)
        self.limit = limit.map(Operand.init)
    }
}
