import TrellisCore
import TrellisGraph
import TrellisSyntax

extension Executor {
    /// Finds every match of `plan` extending `row`, calling `emit` for each; `emit` returns false to stop.
    func match(_ plan: MatchPlan, _ row: Row, _ emit: (Row) throws -> Bool) throws {
        var r = row
        _ = try programToRun(plan.program, plan.operators).entry(self, &r, emit)
    }

    /// Runs one operator on `row`, calling `next` for each row it lets through or extends it to;
    /// returns false when `next` asked to stop. ``MatchProgram`` runs label scans, expansions,
    /// filters and computed values with closures of its own, and the other operators through here.
    func perform(_ op: MatchOperator, _ row: inout Row, _ next: (inout Row) throws -> Bool) throws -> Bool {
        try tick()
        switch op {
        case .scanAll(let slot):
            for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(&row) { return false }
            }
            return true
        case .scanLabel, .expand, .filter, .compute, .hashJoin:
            preconditionFailure("MatchProgram runs \(op) itself")
        case let .indexSeek(slot, label, key, value, many):
            guard let lid = graph.labels.lookup(label), let kid = graph.keys.lookup(key) else { return true }
            let v = try eval(value, row)
            guard !v.isNull else { return true }
            var wanted = [v]
            if many {
                // `key IN list`: look up each distinct element. Anything but a list is left to the
                // WHERE filter, which stays in the plan and reports it.
                guard case .list(let items) = v else { return try scanMembers(lid, slot, &row, next) }
                var seen = Set<Value>()
                wanted = items.filter { !$0.isNull && seen.insert($0).inserted }
            }
            let candidates: [NodeID]
            if let index = graph.index(label: lid, key: kid) {
                candidates = wanted.flatMap { index.lookup($0) }
            } else {
                candidates = graph.members(of: lid).filter { n in
                    let p = graph.nodeProperty(n, kid) ?? .null
                    return wanted.contains { Value.equals(p, $0) == true }
                }
            }
            for n in candidates where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(&row) { return false }
            }
            return true
        case let .indexRangeSeek(slot, label, key, lower, lowerInclusive, upper, upperInclusive):
            guard let lid = graph.labels.lookup(label), let kid = graph.keys.lookup(key) else { return true }
            let lo = try lower.map { try eval($0, row) }, hi = try upper.map { try eval($0, row) }
            // A null bound compares as null: nothing matches.
            if lo?.isNull == true || hi?.isNull == true { return true }
            guard let index = graph.index(label: lid, key: kid) else { return try scanMembers(lid, slot, &row, next) }
            for n in index.range(from: lo, inclusive: lowerInclusive, to: hi, inclusive: upperInclusive) where graph.isNodeAlive(n) {
                row[slot] = .node(n)
                if try !next(&row) { return false }
            }
            return true
        case let .argument(slot, range):
            switch row[slot] {
            case .node: return try next(&row)
            case .null: return true
            case let v:
                throw TrellisError.type("InvalidArgumentType", "expected a node but found \(v.typeName)", at: range)
            }
        case let .nodeFilter(slot, labels, _):
            // Labels unknown when the plan was made (MatchProgram tests the known ones itself).
            guard case .node(let n) = row[slot] else { return true }
            for l in labels {
                guard let id = graph.labels.lookup(l), graph.nodeHasLabel(n, id) else { return true }
            }
            return try next(&row)
        case let .bindPath(slot, start, steps):
            guard case .node(var current) = row[start] else { return true }
            var nodes = [current]
            var rels: [RelationshipID] = []
            for s in steps {
                var stepRels: [RelationshipID] = []
                switch row[s.relationship] {
                case .relationship(let r): stepRels = [r]
                case .list(let items): stepRels = items.compactMap { if case .relationship(let r) = $0 { r } else { nil } }
                default: return true
                }
                for r in stepRels {
                    current = graph.relationshipStart[r] == current ? graph.relationshipEnd[r] : graph.relationshipStart[r]
                    nodes.append(current)
                    rels.append(r)
                }
            }
            row[slot] = .path(PathValue(nodes: nodes, relationships: rels))
            return try next(&row)
        }
    }

    /// Every node with a label, for the operators after this one.
    private func scanMembers(_ label: Int32, _ slot: Int, _ row: inout Row, _ next: (inout Row) throws -> Bool) throws -> Bool {
        for n in graph.members(of: label) {
            row[slot] = .node(n)
            if try !next(&row) { return false }
        }
        return true
    }

    /// Whether relationship `r` is bound in one of `slots` (alone, or in a variable-length list).
    func used(_ slots: [Int], _ row: Row, _ r: RelationshipID) -> Bool {
        for s in slots {
            switch row[s] {
            case .relationship(let x) where x == r: return true
            case .list(let items) where items.contains(.relationship(r)): return true
            default: continue
            }
        }
        return false
    }

    private func typeIDs(_ names: [String]) -> [Int32]? {
        if names.isEmpty { return nil }
        return names.compactMap { graph.types.lookup($0) }
    }

    /// Whether the node in `hop`'s slot has a neighbour as `hop` describes: nil when the slot holds
    /// neither null nor a live node (the general plan answers then, with its errors).
    func exists(_ hop: OneHopExistence, _ row: Row) throws -> Bool? {
        switch row[hop.slot] {
        case .null: return false
        case .node(let n) where graph.isNodeAlive(n):
            var found = false
            _ = try forEachNeighbour(n, hop.direction, hop.types) { entry in
                found = hop.labels.allSatisfy { graph.nodeHasLabel(entry.other, $0) }
                return !found
            }
            return found
        default: return nil
        }
    }

    /// The relationships leaving `node` in `direction` with one of `types` (nil = any type).
    /// A statement that only reads walks the graph's entries in place; one that writes walks
    /// copies, since `body` may change the relationships being walked.
    func forEachNeighbour(_ node: NodeID, _ direction: RelationshipDirection, _ types: [Int32]?,
                          _ body: (AdjacencyEntry) throws -> Bool) throws -> Bool {
        switch direction {
        case .outgoing: return try graph.forEachAdjacent(node, .outgoing, types: types, inPlace: readsOnly, body)
        case .incoming: return try graph.forEachAdjacent(node, .incoming, types: types, inPlace: readsOnly, body)
        case .either:
            if try !graph.forEachAdjacent(node, .outgoing, types: types, inPlace: readsOnly, body) { return false }
            return try graph.forEachAdjacent(node, .incoming, types: types, skipping: node, inPlace: readsOnly, body)
        }
    }

    private func relationshipMatches(_ r: RelationshipID, _ x: ExpandOperator, _ row: Row) throws -> Bool {
        for c in x.properties {
            let expected = try eval(c.value, row)
            guard let kid = graph.keys.lookup(c.key), let actual = graph.relationshipProperty(r, kid),
                  Value.equals(actual, expected) == true else { return false }
        }
        return true
    }

    func expand(_ x: ExpandOperator, _ row: inout Row, _ next: (inout Row) throws -> Bool) throws -> Bool {
        guard case .node(let from) = row[x.from] else { return true }
        let types = x.typeIDs ?? typeIDs(x.types)
        if let types, types.isEmpty { return true }
        var target: NodeID? = nil
        if x.toIsBound {
            guard case .node(let t) = row[x.to] else { return true }
            target = t
        }

        guard let length = x.length else {
            var boundRel: RelationshipID? = nil
            if x.relationshipIsBound {
                guard case .relationship(let r) = row[x.relationship] else { return true }
                boundRel = r
            }
            return try forEachNeighbour(from, x.direction, types) { e in
                if let boundRel, e.relationship != boundRel { return true }
                if let target, e.other != target { return true }
                if !x.distinctFrom.isEmpty && used(x.distinctFrom, row, e.relationship) { return true }
                if !x.properties.isEmpty, try !relationshipMatches(e.relationship, x, row) { return true }
                row[x.relationship] = .relationship(e.relationship)
                if target == nil { row[x.to] = .node(e.other) }
                return try next(&row)
            }
        }

        // Variable length: depth-first, no relationship twice in one path.
        if x.relationshipIsBound {
            guard case .list(let written) = row[x.relationship] else { return true }
            let items = x.reversed ? written.reversed() : written
            var current = from
            for item in items {
                guard case .relationship(let r) = item, graph.isRelationshipAlive(r) else { return true }
                let s = graph.relationshipStart[r], e = graph.relationshipEnd[r]
                switch x.direction {
                case .outgoing: guard s == current else { return true }; current = e
                case .incoming: guard e == current else { return true }; current = s
                case .either:
                    guard s == current || e == current else { return true }
                    current = s == current ? e : s
                }
            }
            if let target, current != target { return true }
            if target == nil { row[x.to] = .node(current) }
            return items.count >= length.min && items.count <= (length.max ?? Int.max) ? try next(&row) : true
        }
        return try expandVariableLength(x, from: from, to: target, types: types, length: length, &row, next)
    }

    /// Every path of `x`'s variable length from `from` (to `target` when bound), depth first, using
    /// no relationship twice. The search keeps its own stack: a path may be as long as the graph
    /// has relationships, and the call stack must not grow with it.
    private func expandVariableLength(_ x: ExpandOperator, from: NodeID, to target: NodeID?, types: [Int32]?,
                                      length: (min: Int, max: Int?), _ row: inout Row,
                                      _ next: (inout Row) throws -> Bool) throws -> Bool {
        let maxDepth = length.max ?? Int.max
        let depthLimit = limits.maxPathLength ?? Int.max
        // The path so far, as relationship ids and as the list value the pattern binds; `onPath`
        // answers "already used?" in constant time once paths may be long.
        var path: [RelationshipID] = []
        var pathValue: [Value] = []
        var onPath: Set<RelationshipID>? = maxDepth > 16 ? [] : nil
        // The neighbours of each node on the path, in one array: frame `d` holds the entries of
        // the node at depth `d` from `frames[d].start` up to the next frame's start (the end of
        // `pending` for the top frame), and `frames[d].cursor` is the next one to try.
        var pending: [AdjacencyEntry] = []
        var frames: [(start: Int, cursor: Int)] = []

        // Emits the path ending at `node` when it qualifies, then makes `node`'s frame; false
        // when `next` asked to stop.
        func arrive(at node: NodeID) throws -> Bool {
            if path.count >= length.min && (target == nil || target == node) {
                row[x.relationship] = .list(x.reversed ? pathValue.reversed() : pathValue)
                if target == nil { row[x.to] = .node(node) }
                let goOn = try next(&row)
                // Unshares the list, so that extending the path does not copy it.
                row[x.relationship] = .null
                if !goOn { return false }
            }
            let start = pending.count
            if path.count < maxDepth {
                if path.count >= depthLimit {
                    throw TrellisError(.limitExceeded, "PathTooLong", "a variable-length pattern went past the limit of \(depthLimit) relationships")
                }
                _ = try forEachNeighbour(node, x.direction, types) { pending.append($0); return true }
            }
            frames.append((start, start))
            return true
        }

        if try !arrive(at: from) { return false }
        while let top = frames.last {
            try tick()
            guard top.cursor < pending.count else {
                // Every neighbour of the path's last node was tried: step back.
                frames.removeLast()
                pending.removeSubrange(top.start...)
                if let r = path.popLast() {
                    pathValue.removeLast()
                    onPath?.remove(r)
                }
                continue
            }
            frames[frames.count - 1].cursor += 1
            let e = pending[top.cursor]
            if let onPath { if onPath.contains(e.relationship) { continue } } else if path.contains(e.relationship) { continue }
            if !x.distinctFrom.isEmpty && used(x.distinctFrom, row, e.relationship) { continue }
            if !x.properties.isEmpty, try !relationshipMatches(e.relationship, x, row) { continue }
            path.append(e.relationship)
            pathValue.append(.relationship(e.relationship))
            onPath?.insert(e.relationship)
            if try !arrive(at: e.other) { return false }
        }
        return true
    }
}
