import TrellisCore

/// Streaming execution: rows flow one at a time through the steps that can handle them so
/// (MATCH, UNWIND, WHERE, CALL, LOAD CSV, projections without grouping, sorting or DISTINCT,
/// and LIMIT, which stops the flow early). Steps that need all their input first — grouping,
/// DISTINCT, ORDER BY, SKIP, and every update, so that a clause never sees its own writes —
/// collect the rows that reach them, run on the whole set, and stream their output onward.
extension Executor {
    /// A consumer of rows; it returns false to stop the flow. The row is passed in place: a step
    /// writes its own slots into it (no step reads a slot a later step writes), and a step that
    /// keeps a row keeps a copy, so the row is copied only then.
    typealias Sink = (inout Row) throws -> Bool

    /// Runs `rows` through `steps` into `sink`. Returns false when the sink stopped the flow.
    @discardableResult
    func stream(_ steps: ArraySlice<PlanStep>, _ rows: [Row], _ sink: Sink) throws -> Bool {
        guard let barrier = steps.firstIndex(where: { needsAllRows($0) }) else {
            return try flow(steps, into: sink) { flow in
                for row in rows {
                    try tick()
                    var r = row
                    if try !flow(&r) { return false }
                }
                return true
            }
        }
        var collected: [Row] = []
        let before = steps[steps.startIndex..<barrier]
        if case .project(let plan) = steps[barrier], let limit = plan.compiled.limit, !plan.isAggregating, !plan.distinct,
           plan.orderBy.isEmpty, plan.skip == nil {
            // LIMIT alone: stop the flow into it as soon as it has enough rows.
            let n = try rowCount(limit, "LIMIT", plan.limitRange)
            if n > 0 {
                try flow(before, into: { row in
                    try self.charged(barrier) {
                        try self.projectRow(plan, &row)
                        collected.append(row)
                    }
                    return collected.count < n
                }) { flow in
                    for row in rows {
                        try tick()
                        var r = row
                        if try !flow(&r) { break }
                    }
                }
            }
            profiler?.barrier(barrier, passed: collected.count, held: collected.count)
            return try stream(steps[(barrier + 1)...], collected, sink)
        }
        if case .project(let plan) = steps[barrier], plan.isAggregating {
            // Grouping: each row goes into its group as it arrives.
            var groups = GroupTable(plan, readsOnly: readsOnly)
            let limit = limits.maxIntermediateRows
            if let split = split(before, rows) {
                // Each thread groups its piece of the input; the pieces' groups are put together in order.
                let pieces = try runSplit(before, rows, split, start: { GroupTable(plan.rebuilt(), readsOnly: true) }) { groups, row, piece in
                    try groups.add(row, piece)
                    if let limit, groups.inputCount > limit { try piece.checkIntermediate(groups.inputCount) }
                }
                groups = pieces[0]
                for piece in pieces.dropFirst() { try groups.absorb(piece) }
                try checkIntermediate(groups.inputCount)
            } else {
                try flow(before, into: { row in
                    try self.charged(barrier) { try groups.add(row, self) }
                    if let limit, groups.inputCount > limit { try self.checkIntermediate(groups.inputCount) }
                    return true
                }) { flow in
                    for row in rows {
                        try tick()
                        var r = row
                        _ = try flow(&r)
                    }
                }
            }
            let grouped = try charged(barrier) { try finishProjection(plan, try groups.takeRows(self)) }
            profiler?.barrier(barrier, passed: grouped.count, held: groups.inputCount)
            return try stream(steps[(barrier + 1)...], grouped, sink)
        }
        if let split = split(before, rows) {
            // Each thread collects the rows of its piece of the input, kept in input order.
            let pieces = try runSplit(before, rows, split, start: { [Row]() }) { collected, row, piece in
                collected.append(row)
                try piece.checkIntermediate(collected.count)
            }
            collected.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
            for piece in pieces { collected.append(contentsOf: piece) }
            try checkIntermediate(collected.count)
        } else {
            try flow(before, into: {
                collected.append($0)
                try self.checkIntermediate(collected.count)
                return true
            }) { flow in
                for row in rows {
                    try tick()
                    var r = row
                    _ = try flow(&r)
                }
            }
        }
        let held = collected.count
        let output = try charged(barrier) {
            // Handed over, so that a step that changes the rows changes them in place.
            var input: [Row] = []
            swap(&input, &collected)
            return try run(steps[barrier], consume input)
        }
        profiler?.barrier(barrier, passed: output.count, held: held)
        return try stream(steps[(barrier + 1)...], output, sink)
    }

    /// Runs `body` as the work of step `index` of the part being run, when profiling.
    func charged<T>(_ index: Int, _ body: () throws -> T) rethrows -> T {
        guard let profiler else { return try body() }
        let previous = profiler.enter(profiler.id(.step(part: profiler.part, index: index)))
        defer { profiler.enter(previous) }
        return try body()
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

    /// Writes a projection's items into `row` (no grouping). An item's slot is one no item reads,
    /// so each is written as it is computed, in place when the row is not shared.
    @inline(__always)
    func projectRow(_ plan: ProjectionPlan, _ row: inout Row) throws {
        for (slot, value) in plan.compiled.writes { row[slot] = try value(self, row) }
    }

    /// Calls `body` with streaming steps (none of which needs all rows) joined into one function
    /// that takes a row through them all into `sink`: each step is looked at once, here, rather
    /// than for every row. The function returns false when the flow was stopped.
    func flow<Result>(_ steps: ArraySlice<PlanStep>, into sink: Sink, _ body: (Sink) throws -> Result) throws -> Result {
        try withoutActuallyEscaping(sink) { sink in
            var next = sink
            for index in steps.indices.reversed() {
                guard let profiler else {
                    next = stage(steps[index], next)
                    continue
                }
                // PROFILE: count the rows each step passes on, and charge its own work to it.
                let id = profiler.id(.step(part: profiler.part, index: index))
                let downstream = next
                let inner = stage(steps[index]) { row in
                    profiler.count(id)
                    return try downstream(&row)
                }
                next = { row in
                    let previous = profiler.enter(id)
                    defer { profiler.enter(previous) }
                    return try inner(&row)
                }
            }
            return try body(next)
        }
    }

    private func stage(_ step: PlanStep, _ next: @escaping Sink) -> Sink {
        switch step {
        case let .match(plan, optional):
            if !optional {
                return { row in
                    try self.tick()
                    var stopped = false
                    _ = try self.run(plan.program, plan.operators, &row) { r in
                        if try !next(&r) { stopped = true; return false }
                        return true
                    }
                    return !stopped
                }
            }
            return { row in
                try self.tick()
                var found = false
                var stopped = false
                _ = try self.run(plan.program, plan.operators, &row) { r in
                    found = true
                    if try !next(&r) { stopped = true; return false }
                    return true
                }
                if stopped { return false }
                if !found {
                    for s in plan.boundSlots { row[s] = .null }
                    return try next(&row)
                }
                return true
            }
        case .unwind(let unwind):
            let slot = unwind.slot
            if let (arguments, range) = unwind.range {
                // UNWIND range(...): the integers are made one at a time, never as a list.
                return { row in
                    try self.tick()
                    let values = try arguments.map { try $0(self, row) }
                    guard let range = try self.located(range, { try ListFunctions.rangeBounds(values) }) else { return true }
                    var current = range.start
                    var indices = 0..<range.count
                    if let piece = self.takeMorsel() {
                        indices = piece.of(indices)
                        current &+= range.step &* Int64(truncatingIfNeeded: indices.lowerBound)
                    }
                    for i in indices {
                        try self.tick()
                        row[slot] = .int(current)
                        if try !next(&row) { return false }
                        if i + 1 < range.count { current &+= range.step }
                    }
                    return true
                }
            }
            let list = unwind.list.evaluate
            return { row in
                try self.tick()
                let v = try list(self, row)
                let piece = self.takeMorsel()
                switch v {
                case .null: return true
                case .list(let all):
                    let items = piece.map { all[$0.of(all.indices)] } ?? all[...]
                    for item in items {
                        try self.tick()
                        row[slot] = item
                        if try !next(&row) { return false }
                    }
                    return true
                default:
                    // One row, which the first piece of a split input makes.
                    if let piece, piece.index > 0 { return true }
                    row[slot] = v
                    return try next(&row)
                }
            }
        case .filter(let predicate):
            let test = predicate.test
            return { row in
                try self.tick()
                guard try test(self, row) else { return true }
                return try next(&row)
            }
        case .project(let plan):
            // (A projection that leaves the row as it is, `WITH a, b`, is no step at all.)
            if plan.compiled.writes.isEmpty { return next }
            return { row in
                try self.tick()
                try self.projectRow(plan, &row)
                return try next(&row)
            }
        case .call, .loadCSV, .create, .merge, .set, .remove, .delete:
            // (The updates need all rows and are run by `stream`; they never reach here.)
            return { row in
                try self.tick()
                for r in try self.run(step, [row]) {
                    var r = r
                    if try !next(&r) { return false }
                }
                return true
            }
        }
    }
}
