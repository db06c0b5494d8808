import TrellisCore

/// Streaming execution: rows flow one at a time through the steps that can handle them so
/// (MATCH, UNWIND, WHERE, CALL, LOAD CSV, projections without grouping, sorting or DISTINCT,
/// and LIMIT, which stops the flow early). Steps that need all their input first — grouping,
/// DISTINCT, ORDER BY, SKIP, and every update, so that a clause never sees its own writes —
/// collect the rows that reach them, run on the whole set, and stream their output onward.
extension Executor {
    /// A consumer of rows; it returns false to stop the flow.
    typealias Sink = (Row) throws -> Bool

    /// Runs `rows` through `steps` into `sink`. Returns false when the sink stopped the flow.
    @discardableResult
    func stream(_ steps: ArraySlice<PlanStep>, _ rows: [Row], _ sink: Sink) throws -> Bool {
        guard let barrier = steps.firstIndex(where: { needsAllRows($0) }) else {
            if profiler == nil, let predicates = Self.filtersOnly(steps) {
                // Only filters (a WHERE after grouping, say): tested in turn, without the steps
                // being taken apart for every row.
                rows: for row in rows {
                    try tick()
                    for predicate in predicates where try !predicate.test(self, row) { continue rows }
                    if try !sink(row) { return false }
                }
                return true
            }
            for row in rows where try !push(steps, row, sink) { return false }
            return true
        }
        var collected: [Row] = []
        let before = steps[steps.startIndex..<barrier]
        if case .project(let plan) = steps[barrier], let limit = plan.limit, !plan.isAggregating, !plan.distinct,
           plan.orderBy.isEmpty, plan.skip == nil {
            // LIMIT alone: stop the flow into it as soon as it has enough rows.
            let n = try rowCount(limit, "LIMIT", plan.limitRange)
            if n > 0 {
                for row in rows {
                    let more = try push(before, row) { r in
                        try charged(barrier) { collected.append(try projectRow(plan, r)) }
                        return collected.count < n
                    }
                    if !more { break }
                }
            }
            return try stream(steps[(barrier + 1)...], collected, sink)
        }
        if case .project(let plan) = steps[barrier], plan.isAggregating {
            // Grouping: each row goes into its group as it arrives.
            var groups = GroupTable(plan, readsOnly: readsOnly)
            for row in rows {
                _ = try push(before, row) { r in
                    try charged(barrier) { try groups.add(r, self) }
                    try checkIntermediate(groups.inputCount)
                    return true
                }
            }
            let grouped = try charged(barrier) { try finishProjection(plan, try groups.takeRows(self)) }
            profiler.map { $0.hold($0.id(.step(part: $0.part, index: barrier)), groups.inputCount) }
            return try stream(steps[(barrier + 1)...], grouped, sink)
        }
        for row in rows {
            _ = try push(before, row) {
                collected.append($0)
                try checkIntermediate(collected.count)
                return true
            }
        }
        profiler.map { $0.hold($0.id(.step(part: $0.part, index: barrier)), collected.count) }
        let output = try charged(barrier) { try run(steps[barrier], collected) }
        return try stream(steps[(barrier + 1)...], output, sink)
    }

    /// Runs `body` as the work of step `index` of the part being run, when profiling.
    func charged<T>(_ index: Int, _ body: () throws -> T) rethrows -> T {
        guard let profiler else { return try body() }
        let previous = profiler.enter(profiler.id(.step(part: profiler.part, index: index)))
        defer { profiler.enter(previous) }
        return try body()
    }

    /// The predicates of `steps` when every one of them is a filter.
    static func filtersOnly(_ steps: ArraySlice<PlanStep>) -> [CompiledPredicate]? {
        var predicates: [CompiledPredicate] = []
        for step in steps {
            guard case .filter(let predicate) = step else { return nil }
            predicates.append(predicate)
        }
        return predicates
    }

    /// Whether a step must see every input row before producing output.
    func needsAllRows(_ step: PlanStep) -> Bool {
        switch step {
        case .match, .unwind, .filter, .call, .loadCSV: return false
        case .project(let plan):
            return plan.isAggregating || plan.distinct || !plan.orderBy.isEmpty || plan.skip != nil || plan.limit != nil
        case .create, .merge, .set, .remove, .delete: return true
        }
    }

    /// Evaluates a projection's items into a row (no grouping).
    func projectRow(_ plan: ProjectionPlan, _ row: Row) throws -> Row {
        var r = row
        for item in plan.items { r[item.slot] = try operand(item.expression, row) }
        return r
    }

    /// Pushes one row through streaming steps (none of which needs all rows).
    func push(_ steps: ArraySlice<PlanStep>, _ row: Row, _ sink: Sink) throws -> Bool {
        var previous = -2
        if let profiler {
            // The step before passed this row on; this one's own work is charged to it.
            if steps.startIndex > 0 { profiler.count(profiler.id(.step(part: profiler.part, index: steps.startIndex - 1))) }
            if !steps.isEmpty { previous = profiler.enter(profiler.id(.step(part: profiler.part, index: steps.startIndex))) }
        }
        defer { if previous != -2 { profiler?.enter(previous) } }
        guard let step = steps.first else { return try sink(row) }
        let rest = steps.dropFirst()
        try tick()
        switch step {
        case let .match(plan, optional):
            var found = false
            var stopped = false
            if rest.isEmpty && !optional && profiler == nil {
                // The last streaming step (the common case): each match goes straight to the sink.
                try match(plan, row) { r in
                    if try !sink(r) { stopped = true; return false }
                    return true
                }
                return !stopped
            }
            try match(plan, row) { r in
                found = true
                if try !push(rest, r, sink) { stopped = true; return false }
                return true
            }
            if stopped { return false }
            if optional && !found {
                var r = row
                for s in plan.boundSlots { r[s] = .null }
                return try push(rest, r, sink)
            }
            return true
        case let .unwind(expression, slot):
            let v = try eval(expression, row)
            switch v {
            case .null: return true
            case .list(let items):
                var r = row
                for item in items {
                    r[slot] = item
                    if try !push(rest, r, sink) { return false }
                }
                return true
            default:
                var r = row
                r[slot] = v
                return try push(rest, r, sink)
            }
        case .filter(let predicate):
            guard try predicate.test(self, row) else { return true }
            return try push(rest, row, sink)
        case .project(let plan):
            return try push(rest, try projectRow(plan, row), sink)
        case .call, .loadCSV:
            for r in try run(step, [row]) where try !push(rest, r, sink) { return false }
            return true
        case .create, .merge, .set, .remove, .delete:
            // Never reached: these need all rows and are run by `stream`.
            for r in try run(step, [row]) where try !push(rest, r, sink) { return false }
            return true
        }
    }
}
