import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Turns the join trees ``JoinOrder`` chose for a pattern into match operators: how each node is
/// first found (argument, index seek, range seek, label scan), the expansions, the hash joins with
/// their build sides, and each predicate at the earliest operator after which all it reads is bound.
struct PatternLowering {
    /// A sequence of operators being built: the MATCH's own, or a hash join's build side.
    struct Chain {
        var ops: [MatchOperator] = []
        /// The new slots bound so far.
        var bound = Set<Int>()
        /// The pattern nodes found so far.
        var visited: [Bool]
        /// The relationship slots expanded so far, with their types (empty: any type).
        var relationships: [(slot: Int, types: [String])] = []
        /// Something in the chain reads a variable bound before the MATCH.
        var readsOuter = false
        /// Per operator, the rows estimated to leave it (for EXPLAIN).
        var estimates: [Double] = []
        /// The rows estimated to leave the operators so far.
        var rows = 1.0
        /// A hash join's build side: predicates that read variables bound before the MATCH wait
        /// until after the join, so that the side's rows serve every row the MATCH extends.
        var isBuildSide = false

        init(nodeCount: Int, isBuildSide: Bool = false) {
            visited = Array(repeating: false, count: nodeCount)
            self.isBuildSide = isBuildSide
        }

        mutating func append(_ op: MatchOperator) {
            ops.append(op)
            estimates.append(rows)
        }
    }

    /// How a node is found when matching starts at it.
    enum Access {
        case seek(PatternGraph.Equality, label: String)
        case rangeSeek(PatternGraph.Range, label: String)
        case scan(label: String)
        case scanAll
    }

    let compiler: QueryCompiler
    let pattern: PatternGraph
    /// The predicates not placed yet.
    private(set) var filters: [PatternGraph.Filter]
    /// The estimates of the part being lowered (set by the planner), for the rows after each operator.
    var estimates: CardinalityEstimator? = nil

    /// The rows of `chain` once node `i` joins it.
    private func rows(adding i: Int, to chain: Chain) -> Double {
        guard let estimates else { return chain.rows }
        let visited = chain.visited
        return chain.rows * estimates.factor(adding: i) { visited[$0] }
    }

    init(compiler: QueryCompiler, pattern: PatternGraph) {
        self.compiler = compiler
        self.pattern = pattern
        filters = pattern.filters
    }

    var graph: PropertyGraph { compiler.graph }

    /// Places every predicate whose new slots `chain` has bound.
    mutating func flushFilters(_ chain: inout Chain) {
        var remaining: [PatternGraph.Filter] = []
        for f in filters {
            if f.needs.isSubset(of: chain.bound) && !(chain.isBuildSide && f.readsOuter) {
                chain.append(.filter(CompiledPredicate(f.expression)))
                if f.readsOuter { chain.readsOuter = true }
            } else {
                remaining.append(f)
            }
        }
        filters = remaining
    }

    /// How node `i` would be found with the slots `chain` has bound: an index seek on an
    /// equality, else the smallest label (through a range seek when its index allows), else every node.
    func access(_ i: Int, _ chain: Chain) -> Access {
        let node = pattern.nodes[i]
        var smallest: (count: Int, label: String)? = nil
        for label in node.labels {
            let count = graph.labels.lookup(label).map { graph.members(of: $0).count } ?? 0
            if smallest == nil || count < smallest!.count { smallest = (count, label) }
            guard let lid = graph.labels.lookup(label) else { continue }
            for c in pattern.equalities where c.node == i && c.needs.isSubset(of: chain.bound) {
                if let kid = graph.keys.lookup(c.key), graph.index(label: lid, key: kid) != nil { return .seek(c, label: label) }
            }
        }
        guard let label = smallest?.label else { return .scanAll }
        if let lid = graph.labels.lookup(label),
           let range = pattern.ranges.first(where: { r in
               r.node == i && r.needs.isSubset(of: chain.bound)
                   && graph.keys.lookup(r.key).map { graph.index(label: lid, key: $0) != nil } == true
           }) {
            return .rangeSeek(range, label: label)
        }
        return .scan(label: label)
    }

    /// The estimates of the pattern as `chain` stands (an index seek finds about one node).
    func estimator(_ chain: Chain) -> CardinalityEstimator {
        CardinalityEstimator(graph: graph, pattern: pattern) { i in
            switch access(i, chain) {
            case .seek: return 1
            case .rangeSeek(_, let label): return Double(count(label)) * 0.3
            case .scan(let label): return Double(count(label))
            case .scanAll: return Double(graph.liveNodeCount)
            }
        }
    }

    /// The join-order optimizer for the pattern as `chain` stands.
    func joinOrder(_ chain: Chain) -> JoinOrder {
        let estimator = estimator(chain)
        let startCost = pattern.nodes.indices.map { i -> Double in
            switch access(i, chain) {
            case .seek: return 1
            case .rangeSeek: return estimator.rowFactor[i]
            case .scan, .scanAll: return estimator.population[i] * CardinalityEstimator.scanWeight
            }
        }
        return JoinOrder(pattern: pattern, estimator: estimator, startCost: startCost, allowsHashJoins: compiler.allowsHashJoins)
    }

    private func count(_ label: String) -> Int {
        graph.labels.lookup(label).map { graph.members(of: $0).count } ?? 0
    }

    /// Appends the operators of `tree` to `chain`.
    mutating func lower(_ tree: JoinTree, into chain: inout Chain) throws {
        switch tree {
        case let .arguments(nodes, closing):
            for i in nodes {
                let node = pattern.nodes[i]
                chain.rows = rows(adding: i, to: chain)
                chain.visited[i] = true
                chain.append(.argument(slot: node.slot, range: node.range))
                if !node.labels.isEmpty {
                    chain.append(.nodeFilter(slot: node.slot, labels: node.labels, labelIDs: compiler.labelIDs(node.labels)))
                }
            }
            flushFilters(&chain)
            for c in closing { try expand(c, forward: true, into: &chain) }
        case let .start(i, closing):
            start(i, into: &chain)
            for c in closing { try expand(c, forward: true, into: &chain) }
        case let .expand(from, edge, to, closing):
            try lower(from, into: &chain)
            try expand(edge, forward: pattern.edges[edge].to == to, into: &chain)
            for c in closing { try expand(c, forward: true, into: &chain) }
        case let .hashJoin(probe, build, keys, closing):
            try lower(probe, into: &chain)
            var side = Chain(nodeCount: pattern.nodes.count, isBuildSide: true)
            try lower(build, into: &side)
            let keySlots = keys.map { pattern.nodes[$0].slot }
            var checks: [(build: Int, probe: Int)] = []
            for b in side.relationships {
                for p in QueryCompiler.relationshipsToAvoid(chain.relationships, types: b.types) { checks.append((b.slot, p)) }
            }
            for i in side.visited.indices where side.visited[i] && !chain.visited[i] {
                chain.rows = rows(adding: i, to: chain)
                chain.visited[i] = true
            }
            chain.append(.hashJoin(HashJoinOperator(
                build: side.ops, keys: keySlots, buildSlots: side.bound.filter { !keySlots.contains($0) }.sorted(),
                distinct: checks, cacheable: !side.readsOuter, estimates: side.estimates)))
            chain.bound.formUnion(side.bound)
            chain.relationships += side.relationships
            flushFilters(&chain)
            for c in closing { try expand(c, forward: true, into: &chain) }
        }
    }

    /// Finds node `i` on its own.
    private mutating func start(_ i: Int, into chain: inout Chain) {
        let n = pattern.nodes[i]
        let others = { (label: String) in n.labels.filter { $0 != label } }
        chain.rows = rows(adding: i, to: chain)
        switch access(i, chain) {
        case let .seek(seek, label):
            chain.append(.indexSeek(slot: n.slot, label: label, key: seek.key, value: seek.value, many: seek.many))
            if seek.readsOuter { chain.readsOuter = true }
            if !others(label).isEmpty { chain.append(.nodeFilter(slot: n.slot, labels: others(label), labelIDs: compiler.labelIDs(others(label)))) }
        case let .rangeSeek(range, label):
            chain.append(.indexRangeSeek(slot: n.slot, label: label, key: range.key,
                                             lower: range.lower?.value, lowerInclusive: range.lower?.inclusive ?? false,
                                             upper: range.upper?.value, upperInclusive: range.upper?.inclusive ?? false))
            if range.readsOuter { chain.readsOuter = true }
            if !others(label).isEmpty { chain.append(.nodeFilter(slot: n.slot, labels: others(label), labelIDs: compiler.labelIDs(others(label)))) }
        case .scan(let label):
            chain.append(.scanLabel(slot: n.slot, label: label))
            if !others(label).isEmpty { chain.append(.nodeFilter(slot: n.slot, labels: others(label), labelIDs: compiler.labelIDs(others(label)))) }
        case .scanAll:
            chain.append(.scanAll(slot: n.slot))
        }
        chain.visited[i] = true
        chain.bound.insert(n.slot)
        flushFilters(&chain)
    }

    /// Expands edge `e` from its start node (`forward`) or its end node, checking the other end
    /// when it is already found, else binding it.
    private mutating func expand(_ e: Int, forward: Bool, into chain: inout Chain) throws {
        let edge = pattern.edges[e]
        let fromNode = forward ? edge.from : edge.to
        let toNode = forward ? edge.to : edge.from
        var direction = edge.pattern.direction
        if !forward {
            direction = direction == .outgoing ? .incoming : (direction == .incoming ? .outgoing : .either)
        }
        let length = try edge.pattern.length.map { try compiler.bindLength($0, edge.pattern.range) }
        let toIsBound = chain.visited[toNode]
        let types = edge.pattern.types.uniqued()
        if !toIsBound { chain.rows = rows(adding: toNode, to: chain) }
        chain.append(.expand(ExpandOperator(
            from: pattern.nodes[fromNode].slot, relationship: edge.slot, to: pattern.nodes[toNode].slot,
            types: types, typeIDs: types.isEmpty ? nil : compiler.typeIDs(types), direction: direction, toIsBound: toIsBound,
            relationshipIsBound: edge.boundBefore, length: length, properties: edge.properties,
            distinctFrom: QueryCompiler.relationshipsToAvoid(chain.relationships, types: types),
            reversed: !forward, range: edge.pattern.range)))
        if edge.propertiesReadOuter || edge.boundBefore { chain.readsOuter = true }
        if !edge.boundBefore {
            chain.relationships.append((edge.slot, types))
            chain.bound.insert(edge.slot)
        }
        if !toIsBound {
            chain.visited[toNode] = true
            chain.bound.insert(pattern.nodes[toNode].slot)
            let labels = pattern.nodes[toNode].labels
            if !labels.isEmpty {
                chain.append(.nodeFilter(slot: pattern.nodes[toNode].slot, labels: labels, labelIDs: compiler.labelIDs(labels)))
            }
        }
        flushFilters(&chain)
    }
}
