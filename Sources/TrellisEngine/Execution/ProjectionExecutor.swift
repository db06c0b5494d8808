import TrellisCore
import TrellisSyntax

extension Executor {
    /// RETURN / WITH: evaluate items (grouping when aggregating), DISTINCT, ORDER BY, SKIP, LIMIT.
    func project(_ plan: ProjectionPlan, _ rows: [Row]) throws -> [Row] {
        var out: [Row]
        if plan.isAggregating {
            var groups = GroupTable(plan, readsOnly: readsOnly)
            for row in rows {
                try tick()
                try groups.add(row, self)
            }
            out = try groups.takeRows(self)
        } else {
            out = []
            out.reserveCapacity(rows.count)
            for row in rows {
                try tick()
                out.append(try projectRow(plan, row))
            }
        }
        return try finishProjection(plan, out)
    }

    /// DISTINCT, ORDER BY, SKIP and LIMIT over a projection's evaluated rows.
    func finishProjection(_ plan: ProjectionPlan, _ projected: [Row]) throws -> [Row] {
        var out = projected
        if plan.distinct {
            var seen = Set<[Value]>()
            out = out.filter { r in seen.insert(plan.items.map { r[$0.slot] }).inserted }
        }
        let skip = try plan.skip.map { try rowCount($0, "SKIP", plan.skipRange) } ?? 0
        let limit = try plan.limit.map { try rowCount($0, "LIMIT", plan.limitRange) }
        if !plan.orderBy.isEmpty {
            out = try sort(out, plan.orderBy, keep: limit.map { skip + $0 })
        }
        if skip > 0 { out = skip >= out.count ? [] : Array(out[skip...]) }
        if let limit, limit < out.count { out = Array(out[..<limit]) }
        return out
    }

    func rowCount(_ e: BoundExpression, _ what: String, _ range: SourceRange?) throws -> Int {
        switch try eval(e, []) {
        case .int(let i) where i >= 0: return Int(min(i, Int64(Int32.max)))
        case .int(let i):
            throw TrellisError(.syntaxError, "NegativeIntegerArgument", "\(what) must be a non-negative integer, got \(i)", at: range, phase: .runtime)
        case let v:
            throw TrellisError(.syntaxError, "InvalidArgumentType", "\(what) must be an integer, got \(v.typeName)", at: range, phase: .runtime)
        }
    }

    /// Stable sort by the ORDER BY keys; with `keep`, only the first `keep` rows are needed.
    func sort(_ rows: [Row], _ keys: [(expression: BoundExpression, ascending: Bool)], keep: Int?) throws -> [Row] {
        var keyed: [(key: [Value], index: Int)] = []
        keyed.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() {
            try tick()
            keyed.append((try keys.map { try eval($0.expression, r) }, i))
        }
        let ascending = keys.map(\.ascending)
        // A sort of many rows is a long step of its own, and a comparison that throws (or that
        // counts) makes it much slower: a comparison only looks at the stop signal, and once it
        // is set says "not less", so that the sort ends quickly; the reason is thrown after it.
        let stop = self.stop
        if keyed.count > 1024 { watch() }
        func less(_ a: (key: [Value], index: Int), _ b: (key: [Value], index: Int)) -> Bool {
            if stop.isSet { return false }
            for (j, asc) in ascending.enumerated() {
                let c = Value.orderCompare(a.key[j], b.key[j])
                if c != 0 { return asc ? c < 0 : c > 0 }
            }
            return a.index < b.index
        }
        if let keep, keep <= 1000, keep < keyed.count / 4 {
            // ORDER BY with a small LIMIT: keep the best rows in order as they come; most rows
            // are turned away by one comparison with the last kept. Ties stay in input order,
            // as in the full sort, so the answer is the same.
            var best: [(key: [Value], index: Int)] = []
            best.reserveCapacity(keep + 1)
            for item in keyed where keep > 0 {
                if best.count == keep, !less(item, best[keep - 1]) { continue }
                var lo = 0, hi = best.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if less(best[mid], item) { lo = mid + 1 } else { hi = mid }
                }
                best.insert(item, at: lo)
                if best.count > keep { best.removeLast() }
            }
            try checkCancelled()
            return best.map { rows[$0.index] }
        }
        keyed.sort(by: less)
        if stop.isSet { try checkCancelled() }
        let n = keep.map { min($0, keyed.count) } ?? keyed.count
        return keyed[..<n].map { rows[$0.index] }
    }
}
