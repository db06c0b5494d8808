import TrellisCore
import TrellisSyntax

/// Lists and maps, and the expressions that loop over a list: list comprehensions, quantifiers
/// (`all`, `any`, `none`, `single`) and `reduce`. A loop binds each element in a copy of the row
/// and runs its body's closure on it, counting a step (``Executor/tick()``) per element. (Operands
/// that may be absent are kept as ``CompiledExpression/Operand``s: an optional closure is called
/// through a conversion of its own.)
extension CompiledExpression {
    static func list(_ items: [BoundExpression]) -> Closure {
        let xs = items.map(Operand.init)
        return { executor, row in
            var out: [Value] = []
            out.reserveCapacity(xs.count)
            for x in xs { out.append(try x(executor, row)) }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        }
    }

    static func map(_ keys: [String], _ values: [BoundExpression]) -> Closure {
        let xs = values.map(Operand.init)
        return { executor, row in
            var m: [String: Value] = [:]
            m.reserveCapacity(keys.count)
            for (k, x) in zip(keys, xs) { m[k] = try x(executor, row) }
            return try ValueBounds.checkedNesting(.map(m), elements: m.values)
        }
    }

    static func slice(_ a: BoundExpression, _ lo: BoundExpression?, _ hi: BoundExpression?, _ range: SourceRange) -> Closure {
        let x = closure(a), from = lo.map(Operand.init), to = hi.map(Operand.init)
        return { executor, row in
            try executor.slice(try x(executor, row), try from.map { try $0(executor, row) }, try to.map { try $0(executor, row) }, range)
        }
    }

    /// `subject {.key, .*, key: value}`.
    static func mapProjection(_ subject: BoundExpression, _ items: [BoundMapProjectionItem], _ range: SourceRange) -> Closure {
        enum Item: Sendable {
            case property(String)
            case allProperties
            case value(String, Closure)
        }
        let x = closure(subject)
        let compiled: [Item] = items.map { item in
            switch item {
            case .property(let k): return .property(k)
            case .allProperties: return .allProperties
            case let .value(k, e): return .value(k, closure(e))
            }
        }
        return { executor, row in
            let s = try x(executor, row)
            if s.isNull { return .null }
            var m: [String: Value] = [:]
            for item in compiled {
                switch item {
                case .property(let k): m[k] = try executor.property(of: s, k, range)
                case .allProperties: for (k, v) in try executor.allProperties(of: s, range) { m[k] = v }
                case let .value(k, value): m[k] = try value(executor, row)
                }
            }
            return try ValueBounds.checkedNesting(.map(m), elements: m.values)
        }
    }

    /// `[x IN list WHERE predicate | projection]`.
    static func listComprehension(_ slot: Int, _ source: BoundExpression, _ predicate: BoundExpression?,
                                  _ projection: BoundExpression?, _ range: SourceRange) -> Closure {
        let list = closure(source), test = predicate.map(Operand.init), project = projection.map(Operand.init)
        return { executor, row in
            guard let items = try executor.listOperand(try list(executor, row), range) else { return .null }
            var r = row
            var out: [Value] = []
            for item in items {
                try executor.tick()
                r[slot] = item
                if let test, try test(executor, r) != .bool(true) { continue }
                out.append(try project.map { try $0(executor, r) } ?? item)
            }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        }
    }

    /// `all`, `any`, `none` or `single(x IN list WHERE predicate)`.
    static func quantified(_ q: Quantifier, _ slot: Int, _ source: BoundExpression, _ predicate: BoundExpression?,
                           _ range: SourceRange) -> Closure {
        let list = closure(source), test = predicate.map(Operand.init)
        return { executor, row in
            guard let items = try executor.listOperand(try list(executor, row), range) else { return .null }
            var r = row
            var trues = 0, nulls = 0, falses = 0
            for item in items {
                try executor.tick()
                r[slot] = item
                switch try test.map({ try executor.truth(try $0(executor, r)) }) ?? true {
                case true: trues += 1
                case false: falses += 1
                case nil: nulls += 1
                }
            }
            switch q {
            case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
            case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .single: return trues > 1 ? .bool(false) : (nulls > 0 ? .null : .bool(trues == 1))
            }
        }
    }

    /// `reduce(accumulator = initial, x IN list | expression)`.
    static func reduce(_ accumulator: Int, _ initial: BoundExpression, _ slot: Int, _ source: BoundExpression,
                       _ expression: BoundExpression, _ range: SourceRange) -> Closure {
        let start = closure(initial), list = closure(source), step = closure(expression)
        return { executor, row in
            var r = row
            r[accumulator] = try start(executor, row)
            guard let items = try executor.listOperand(try list(executor, row), range) else { return .null }
            for item in items {
                try executor.tick()
                r[slot] = item
                r[accumulator] = try step(executor, r)
            }
            return r[accumulator]
        }
    }
}
