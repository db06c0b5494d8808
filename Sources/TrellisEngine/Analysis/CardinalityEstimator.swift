import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Estimates of how many rows parts of a pattern match, from the graph's counts (nodes per
/// label, relationships per type) and a fixed guess for each predicate, under the usual
/// assumption that they are independent.
///
/// The rows of a set S of pattern nodes are the product of each node's candidates, each edge
/// inside S's selectivity (its relationships over the pairs of candidates it could join) and the
/// selectivity of each predicate on S alone; ``factor(adding:to:)`` gives the change when a node
/// joins a set, so a set's rows can be built up in any order.
struct CardinalityEstimator {
    /// Scanning a label and testing its nodes' properties reads consecutive memory: a scanned node
    /// costs this fraction of an expanded relationship, which lands anywhere in memory.
    static let scanWeight = 0.2

    /// The fraction of rows a filter is guessed to keep: equality is selective, other comparisons less so.
    static func selectivity(of filter: BoundExpression) -> Double {
        switch filter {
        case .comparison(.equal, _, _): return 0.1
        case .comparison: return 0.3
        default: return 0.5
        }
    }

    /// The fraction of rows a filter is guessed to keep; `node.key = value` on a labelled node
    /// keeps one value's share of the label, from the graph's estimate of its distinct values.
    static func selectivity(of filter: BoundExpression, pattern: PatternGraph, graph: PropertyGraph) -> Double {
        if case let .comparison(.equal, lhs, rhs) = filter {
            for side in [lhs, rhs] {
                guard case let .property(.slot(slot), _, keyID?, _) = side,
                      let node = pattern.nodes.first(where: { $0.slot == slot }) else { continue }
                var best: Double? = nil
                for label in node.labels {
                    guard let id = graph.labels.lookup(label) else { continue }
                    let share = 1 / graph.distinctValues(label: id, key: keyID)
                    best = min(best ?? 1, share)
                }
                if let best { return best }
            }
        }
        return selectivity(of: filter)
    }

    /// Per pattern node: its candidates (the members of its smallest label, or every node).
    let population: [Double]
    /// Per edge: the distinct nodes its relationships have at its written start and end.
    let distinctEnds: [(from: Double, to: Double)]
    /// Per pattern node: it has no label (its relationships are then spread over the nodes that have any).
    let unlabelled: [Bool]
    /// Per pattern node: the rows it contributes on its own (1 when bound before the MATCH or
    /// found by an index seek; see ``init(graph:pattern:startRows:)``).
    let rowFactor: [Double]
    /// Per edge: its relationships (of its types), doubled for either direction, and counted as
    /// three hops' worth when of variable length.
    let relationships: [Double]
    let edgeEnds: [(from: Int, to: Int)]
    /// Per predicate: the pattern nodes it reads, and the fraction of rows it keeps.
    let filterNodes: [[Int]]
    let filterSelectivity: [Double]
    /// Per node: the edges touching it, and the predicates reading it.
    private let edgesAt: [[Int]]
    private let filtersAt: [[Int]]

    /// `startRows(i)` is the rows matching starts with at node `i` (an index seek finds few).
    init(graph: PropertyGraph, pattern: PatternGraph, startRows: (Int) -> Double) {
        var population: [Double] = []
        for node in pattern.nodes {
            var best = Double(graph.liveNodeCount)
            for label in node.labels {
                best = min(best, graph.labels.lookup(label).map { Double(graph.members(of: $0).count) } ?? 0)
            }
            population.append(max(best, 1))
        }
        self.population = population
        rowFactor = pattern.nodes.indices.map { pattern.nodes[$0].boundBefore ? 1 : max(startRows($0), 1) }
        relationships = pattern.edges.map { edge in
            var count = 0.0
            if edge.pattern.types.isEmpty {
                count = Double(graph.liveRelationshipCount)
            } else {
                for t in Set(edge.pattern.types) {
                    count += graph.types.lookup(t).map { Double(graph.relationshipCount(type: $0)) } ?? 0
                }
            }
            if edge.pattern.direction == .either { count *= 2 }
            if edge.pattern.length != nil { count *= 3 }
            return count
        }
        edgeEnds = pattern.edges.map { ($0.from, $0.to) }
        // For an end without a label, the distinct nodes relationships of the edge's types have at
        // that end (per the direction written), from the graph's statistics.
        distinctEnds = pattern.edges.map { edge in
            let ids = Set(edge.pattern.types).compactMap { graph.types.lookup($0) }
            guard !edge.pattern.types.isEmpty, ids.count == Set(edge.pattern.types).count else {
                return (Double(graph.liveNodeCount), Double(graph.liveNodeCount))
            }
            var starts = 0, ends = 0
            for id in ids {
                let stats = graph.statistics(ofType: id)
                starts += stats.starts
                ends += stats.ends
            }
            switch edge.pattern.direction {
            case .outgoing: return (Double(starts), Double(ends))
            case .incoming: return (Double(ends), Double(starts))
            case .either: return (Double(starts + ends), Double(starts + ends))
            }
        }
        unlabelled = pattern.nodes.map { $0.labels.isEmpty }
        filterNodes = pattern.filters.map { pattern.nodes(reading: $0.needs) }
        filterSelectivity = pattern.filters.map { Self.selectivity(of: $0.expression, pattern: pattern, graph: graph) }
        var edgesAt = Array(repeating: [Int](), count: pattern.nodes.count)
        for (e, ends) in edgeEnds.enumerated() {
            edgesAt[ends.from].append(e)
            if ends.to != ends.from { edgesAt[ends.to].append(e) }
        }
        var filtersAt = Array(repeating: [Int](), count: pattern.nodes.count)
        for (f, nodes) in filterNodes.enumerated() { for n in nodes { filtersAt[n].append(f) } }
        self.edgesAt = edgesAt
        self.filtersAt = filtersAt
    }

    /// Relationships per node when expanding edge `e` from its end `node`.
    func degree(_ e: Int, from node: Int) -> Double {
        guard unlabelled[node] else { return relationships[e] / population[node] }
        let distinct = edgeEnds[e].from == node ? distinctEnds[e].from : distinctEnds[e].to
        return relationships[e] / max(1, distinct)
    }

    /// The fraction of pairs of candidates of its ends that edge `e` joins.
    func selectivity(ofEdge e: Int) -> Double {
        min(1, relationships[e] / (population[edgeEnds[e].from] * population[edgeEnds[e].to]))
    }

    /// How the rows of a set change when node `v` joins it: `v`'s own rows, times the selectivity
    /// of each edge between `v` and the set (or from `v` to itself), times that of each predicate
    /// the set then covers and did not before.
    func factor(adding v: Int, to contains: (Int) -> Bool) -> Double {
        var f = rowFactor[v]
        for e in edgesAt[v] {
            let other = edgeEnds[e].from == v ? edgeEnds[e].to : edgeEnds[e].from
            if other == v || contains(other) { f *= selectivity(ofEdge: e) }
        }
        for p in filtersAt[v] where filterNodes[p].allSatisfy({ $0 == v || contains($0) }) {
            f *= filterSelectivity[p]
        }
        return f
    }
}
