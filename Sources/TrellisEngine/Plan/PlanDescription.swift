import TrellisCore

/// Human-readable plans for EXPLAIN: one operator per line, in execution order.
enum PlanDescription {
    static func describe(_ q: CompiledQuery) -> String {
        var lines: [String] = []
        for (i, part) in q.parts.enumerated() {
            if i > 0 { lines.append(q.unionAll[i - 1] ? "UnionAll" : "Union") }
            for step in part.steps { lines.append(contentsOf: describe(step)) }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ step: PlanStep) -> [String] {
        switch step {
        case let .match(plan, optional):
            return [optional ? "OptionalMatch" : "Match"]
                + plan.operators.enumerated().flatMap { i, op in
                    describeLines(op, estimate: i < plan.estimates.count ? plan.estimates[i] : nil).map { "  " + $0 }
                }
        case .unwind: return ["Unwind"]
        case .project(let p):
            var s = p.isAggregating ? "Aggregate" : "Project"
            s += " [" + p.items.map(\.name).joined(separator: ", ") + "]"
            var lines = [s]
            if p.distinct { lines.append("Distinct") }
            if !p.orderBy.isEmpty { lines.append(p.limit != nil ? "Top" : "Sort") }
            if p.skip != nil { lines.append("Skip") }
            if p.limit != nil { lines.append("Limit") }
            return lines
        case .filter: return ["Filter"]
        case .create(let ps): return ["Create (\(ps.map(\.nodes.count).reduce(0, +)) nodes, \(ps.map(\.relationships.count).reduce(0, +)) relationships)"]
        case .merge: return ["Merge"]
        case .set(let items): return ["Set (\(items.count) items)"]
        case .remove(let items): return ["Remove (\(items.count) items)"]
        case .delete(_, let detach, _): return [detach ? "DetachDelete" : "Delete"]
        case .call(let c): return ["ProcedureCall \(c.procedure.name)"]
        case .loadCSV(_, _, let headers, _, _): return [headers ? "LoadCSV (with headers)" : "LoadCSV"]
        }
    }

    /// PROFILE's report: the plan, each line with the rows its operator passed on, the time spent
    /// in its own work and its share of the statement, and the most rows it held at once.
    static func profile(_ q: CompiledQuery, _ profiler: Profiler, rows: Int, nanoseconds: UInt64) -> String {
        var lines: [(text: String, counter: Profiler.Counter?, estimate: Double?)] = []
        func add(_ ops: [MatchOperator], estimates: [Double], program: ObjectIdentifier, depth: String) {
            for (i, op) in ops.enumerated() {
                var counter = profiler.counter(.matchOperator(program: program, index: i))
                if case .hashJoin(let join) = op {
                    counter?.held = profiler.counter(.matchOperator(program: ObjectIdentifier(join.buildProgram), index: -1))?.held ?? 0
                }
                lines.append((depth + describe(op), counter, i < estimates.count ? estimates[i] : nil))
                if case .hashJoin(let join) = op {
                    add(join.build, estimates: join.estimates, program: ObjectIdentifier(join.buildProgram), depth: depth + "| ")
                }
            }
        }
        for (p, part) in q.parts.enumerated() {
            if p > 0 { lines.append((q.unionAll[p - 1] ? "UnionAll" : "Union", nil, nil)) }
            for (s, step) in part.steps.enumerated() {
                let counter = profiler.counter(.step(part: p, index: s))
                let described = describe(step)
                lines.append((described[0], counter, nil))
                for extra in described.dropFirst() where !extra.hasPrefix("  ") { lines.append(("  " + extra, nil, nil)) }
                if case .match(let plan, _) = step {
                    add(plan.operators, estimates: plan.estimates, program: ObjectIdentifier(plan.program), depth: "  ")
                }
            }
        }
        let samples = max(1, Double(profiler.totalSamples))
        let elapsedMs = Double(nanoseconds) / 1e6
        let width = max(40, (lines.map(\.text.count).max() ?? 0) + 2)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            s.count >= n ? s : (left ? s + String(repeating: " ", count: n - s.count) : String(repeating: " ", count: n - s.count) + s)
        }
        var out = [pad("Operator", width, left: true) + pad("Rows", 12) + pad("Est. rows", 12) + pad("Time ms", 11) + pad("Share", 8)
                   + pad("Held rows", 12)]
        for line in lines {
            guard let c = line.counter else { out.append(line.text); continue }
            let share = Double(c.samples) / samples
            let estimate = line.estimate.map { estimatedRows($0).split(separator: " ")[0] }.map(String.init) ?? ""
            out.append(pad(line.text, width, left: true) + pad(String(c.rows), 12) + pad(estimate, 12) + pad(formatMs(share * elapsedMs), 11)
                       + pad(String(Int((share * 100).rounded())) + "%", 8) + pad(c.held > 0 ? String(c.held) : "", 12))
        }
        let shown = lines.reduce(0) { $0 + ($1.counter?.samples ?? 0) }
        if shown < profiler.totalSamples {
            // Plans run inside expressions (EXISTS, pattern comprehensions) are not lines of their own.
            let share = Double(profiler.totalSamples - shown) / samples
            out.append(pad("(subqueries inside expressions)", width, left: true) + pad("", 24) + pad(formatMs(share * elapsedMs), 11)
                       + pad(String(Int((share * 100).rounded())) + "%", 8))
        }
        out.append("\(rows) row\(rows == 1 ? "" : "s") returned in \(formatMs(elapsedMs)) ms; time shared out by "
                   + "\(profiler.totalSamples) samples, one every \(Profiler.samplePeriod) µs")
        return out.joined(separator: "\n")
    }

    private static func formatMs(_ ms: Double) -> String {
        let hundredths = Int((ms * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// An operator's line, and those of a hash join's build side below it, indented.
    static func describeLines(_ op: MatchOperator, estimate: Double? = nil) -> [String] {
        let line = describe(op) + (estimate.map { " (est. \(estimatedRows($0)))" } ?? "")
        guard case .hashJoin(let join) = op else { return [line] }
        return [line] + join.build.enumerated().flatMap { i, op in
            describeLines(op, estimate: i < join.estimates.count ? join.estimates[i] : nil).map { "  | " + $0 }
        }
    }

    /// An estimate of rows as EXPLAIN shows it: a whole number, at least 1 when not zero.
    static func estimatedRows(_ rows: Double) -> String {
        guard rows.isFinite else { return "many rows" }
        let n = rows > 0 && rows < 1 ? 1 : min(rows.rounded(), 1e18)
        return "\(Int64(n)) row" + (n == 1 ? "" : "s")
    }

    static func describe(_ op: MatchOperator) -> String {
        switch op {
        case .scanAll(let s): return "AllNodesScan #\(s)"
        case let .scanLabel(s, label): return "NodeByLabelScan #\(s) :\(label)"
        case let .indexSeek(s, label, key, _, many): return "NodeIndexSeek #\(s) :\(label)(\(key))" + (many ? " IN" : "")
        case let .indexRangeSeek(s, label, key, lower, _, upper, _):
            return "NodeIndexRangeSeek #\(s) :\(label)(\(key))" + (lower != nil ? " from" : "") + (upper != nil ? " to" : "")
        case .argument(let s, _): return "Argument #\(s)"
        case let .nodeFilter(s, labels, _): return "NodeFilter #\(s) :\(labels.joined(separator: ":"))"
        case .expand(let x):
            let arrow: String
            switch x.direction {
            case .outgoing: arrow = "->"
            case .incoming: arrow = "<-"
            case .either: arrow = "--"
            }
            let types = x.types.isEmpty ? "" : ":" + x.types.joined(separator: "|")
            let len = x.length.map { "*\($0.min)..\($0.max.map(String.init) ?? "")" } ?? ""
            return "\(x.toIsBound ? "ExpandInto" : "Expand") #\(x.from) \(arrow)[\(types)\(len)] #\(x.to)"
        case .filter: return "Filter"
        case .compute(let s, _): return "Compute #\(s)"
        case .bindPath(let s, _, _): return "ProjectPath #\(s)"
        case .hashJoin(let j): return "HashJoin " + j.keys.map { "#\($0)" }.joined(separator: ", ") + (j.cacheable ? "" : " (rebuilt per row)")
        }
    }
}
