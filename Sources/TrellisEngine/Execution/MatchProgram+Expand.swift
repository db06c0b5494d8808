import TrellisCore
import TrellisGraph
import TrellisSyntax

/// The expansions: one hop along a relationship, and variable-length runs of hops.
extension MatchProgram {
    /// One hop from the node in `x.from`: binds each relationship of the node that `x` admits and
    /// the node at its other end (or checks that end, when bound before), then runs `next`.
    ///
    /// `labels` are those the node reached must have, from the label test that followed the hop in
    /// the plan. In a statement that only reads, labels every neighbour of these types has are not
    /// checked one by one. With `argument`, the position of the argument check the hop was grouped
    /// with, the node it starts from is one bound before the pattern, and anything there but a
    /// node or null is an error. Without `binds`, the row is passed on as it came: for the last
    /// operator of a program whose rows are not read (see ``MatchProgram/init(_:profiler:standingFor:rowsRead:)``).
    static func hop(_ x: ExpandOperator, labels: [Int32], argument: SourceRange?, binds: Bool, then next: @escaping Step) -> Step {
        let hop = Hop(x, labels: labels, argument: argument, binds: binds, next: next)
        guard x.typeIDs == nil && !x.types.isEmpty else {
            let types = x.typeIDs
            return { executor, row, emit in
                try executor.tick()
                guard let n = try hop.origin(row) else { return true }
                return try hop.run(executor, &row, emit, from: n, types: types)
            }
        }
        // Types the graph did not have when planning: looked up on each row, as it may have them now.
        let names = x.types
        return { executor, row, emit in
            try executor.tick()
            guard let n = try hop.origin(row) else { return true }
            let types = executor.typeIDs(names)
            if types.isEmpty { return true }
            return try hop.run(executor, &row, emit, from: n, types: types)
        }
    }

    /// What a one-hop expansion keeps of its operator, and the work it does from a node.
    private struct Hop: Sendable {
        let from: Int, relationshipSlot: Int, to: Int, toIsBound: Bool, relationshipIsBound: Bool
        let direction: RelationshipDirection
        let distinctFrom: [Int], properties: [PropertyConstraint]
        /// There are relationships to avoid or properties to check.
        let checksRelationship: Bool
        let labels: [Int32], labelBits: UInt64?
        let argument: SourceRange?
        let binds: Bool
        let next: Step

        init(_ x: ExpandOperator, labels: [Int32], argument: SourceRange?, binds: Bool, next: @escaping Step) {
            from = x.from
            relationshipSlot = x.relationship
            to = x.to
            toIsBound = x.toIsBound
            relationshipIsBound = x.relationshipIsBound
            direction = x.direction
            distinctFrom = x.distinctFrom
            properties = x.properties
            checksRelationship = !x.distinctFrom.isEmpty || !x.properties.isEmpty
            self.labels = labels
            labelBits = PropertyGraph.labelBits(labels)
            self.argument = argument
            self.binds = binds
            self.next = next
        }

        /// The node to expand from; nil when there is none: no match, or the error of an argument
        /// that holds something else.
        @inline(__always)
        func origin(_ row: Row) throws -> NodeID? {
            if case .node(let n) = row[from] { return n }
            if let argument, !row[from].isNull { throw MatchProgram.notANode(row[from], argument) }
            return nil
        }

        /// Runs `next` on each neighbour of `n` along relationships of `types` (nil: any type).
        @inline(__always)
        func run(_ executor: Executor, _ row: inout Row, _ emit: Emit, from n: NodeID, types: [Int32]?) throws -> Bool {
            var target = -1
            if toIsBound {
                guard case .node(let t) = row[to] else { return true }
                target = t
            }
            var relationship = -1
            if relationshipIsBound {
                guard case .relationship(let r) = row[relationshipSlot] else { return true }
                relationship = r
            }
            let graph = executor.graph
            var checkLabels = !labels.isEmpty
            if checkLabels, executor.readsOnly, let labelBits {
                var common: UInt64
                switch direction {
                case .outgoing: common = graph.commonNeighbourLabels(.outgoing, types: types)
                case .incoming: common = graph.commonNeighbourLabels(.incoming, types: types)
                case .either:
                    common = graph.commonNeighbourLabels(.outgoing, types: types) & graph.commonNeighbourLabels(.incoming, types: types)
                }
                checkLabels = common & labelBits != labelBits
            }
            return try executor.forEachNeighbour(n, direction, types) { e in
                if relationshipIsBound && e.relationship != relationship { return true }
                if toIsBound && e.other != target { return true }
                if checksRelationship, try !executor.admits(e.relationship, distinctFrom, properties, row) { return true }
                if checkLabels {
                    for label in labels where !graph.nodeHasLabel(e.other, label) { return true }
                }
                try executor.tick()
                if binds {
                    row[relationshipSlot] = .relationship(e.relationship)
                    if !toIsBound { row[to] = .node(e.other) }
                }
                return try next(executor, &row, emit)
            }
        }
    }

    /// A variable-length expansion from the node in `x.from`: each path of `length` hops that
    /// `x` admits (or, when its relationship list was bound before, that list if it is such a
    /// path), bound with the node it reaches; see ``Executor/paths(_:from:to:types:length:_:_:)``.
    static func variableLength(_ x: ExpandOperator, _ length: (min: Int, max: Int?), then next: @escaping Step) -> Step {
        { executor, row, emit in
            try executor.tick()
            guard case .node(let from) = row[x.from] else { return true }
            let types = x.typeIDs ?? (x.types.isEmpty ? nil : executor.typeIDs(x.types))
            if let types, types.isEmpty { return true }
            var target: NodeID? = nil
            if x.toIsBound {
                guard case .node(let t) = row[x.to] else { return true }
                target = t
            }
            guard x.relationshipIsBound else {
                return try executor.paths(x, from: from, to: target, types: types, length: length, &row) { row in
                    try executor.tick()
                    return try next(executor, &row, emit)
                }
            }
            // The list bound before: a path from `from` in the direction of `x`, of a length `x` allows.
            guard case .list(let written) = row[x.relationship] else { return true }
            let items = x.reversed ? written.reversed() : written
            guard items.count >= length.min && items.count <= (length.max ?? Int.max) else { return true }
            let graph = executor.graph
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
            try executor.tick()
            return try next(executor, &row, emit)
        }
    }
}

extension Executor {
    /// The ids of those of relationship types `names` the graph has.
    func typeIDs(_ names: [String]) -> [Int32] {
        names.compactMap { graph.types.lookup($0) }
    }

    /// Whether a pattern may bind relationship `r`: not bound in one of `distinctFrom` already,
    /// and with the values of `properties`.
    @inline(__always)
    func admits(_ r: RelationshipID, _ distinctFrom: [Int], _ properties: [PropertyConstraint], _ row: Row) throws -> Bool {
        if !distinctFrom.isEmpty && used(distinctFrom, row, r) { return false }
        for c in properties {
            let expected = try c.value(self, row)
            guard let kid = graph.keys.lookup(c.key), let actual = graph.relationshipProperty(r, kid),
                  Value.equals(actual, expected) == true else { return false }
        }
        return true
    }

    /// Every path of `x`'s variable length from `from` (to `target` when bound), depth first, using
    /// no relationship twice, bound in `row` for `next`; false when `next` asked to stop. The
    /// search keeps its own stack: a path may be as long as the graph has relationships, and the
    /// call stack must not grow with it.
    func paths(_ x: ExpandOperator, from: NodeID, to target: NodeID?, types: [Int32]?,
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
            if try !admits(e.relationship, x.distinctFrom, x.properties, row) { continue }
            path.append(e.relationship)
            pathValue.append(.relationship(e.relationship))
            onPath?.insert(e.relationship)
            if try !arrive(at: e.other) { return false }
        }
        return true
    }
}
