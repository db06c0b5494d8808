import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Rough estimates of the work of matching a pattern from a given start node, from the graph's
/// counts: nodes per label, relationships per type, and a fixed guess for each filter.
///
/// Used to choose where matching starts when no index seek decides it: starting at a large label
/// with selective filters (600,000 results, one year, one measure) can do far less work than
/// starting at a small label whose expansions fan out to every result.
struct CardinalityEstimator {
    struct Edge {
        var from: Int
        var to: Int
        var types: [String]
        var direction: RelationshipDirection
        var isVariableLength: Bool
    }

    /// Scanning a label and testing its nodes' properties reads consecutive memory: a scanned node
    /// costs this fraction of an expanded relationship, which lands anywhere in memory.
    static let scanWeight = 0.2

    let graph: PropertyGraph
    /// Per pattern node: its labels.
    let labels: [[String]]
    /// Per pattern node: the fraction of its candidates kept by the filters on it alone.
    let selectivity: [Double]
    let edges: [Edge]

    /// The fraction of rows a filter is guessed to keep: equality is selective, other comparisons less so.
    static func selectivity(of filter: BoundExpression) -> Double {
        switch filter {
        case .comparison(.equal, _, _): return 0.1
        case .comparison: return 0.3
        default: return 0.5
        }
    }

    /// Candidates for node `i`: the members of its smallest label, or every node.
    func nodeCount(_ i: Int) -> Double {
        var best = Double(graph.liveNodeCount)
        for label in labels[i] {
            let count = graph.labels.lookup(label).map { Double(graph.members(of: $0).count) } ?? 0
            best = min(best, count)
        }
        return best
    }

    /// Relationships per node when expanding `edge` from pattern node `node`.
    func degree(_ edge: Edge, from node: Int) -> Double {
        var relationships = 0.0
        if edge.types.isEmpty {
            relationships = Double(graph.liveRelationshipCount)
        } else {
            for t in edge.types { relationships += graph.types.lookup(t).map { Double(graph.relationshipCount(type: $0)) } ?? 0 }
        }
        var perNode = relationships / max(1, nodeCount(node))
        if edge.direction == .either { perNode *= 2 }
        // A variable-length hop reaches further: counted as three hops' worth.
        if edge.isVariableLength { perNode *= 3 }
        return perNode
    }

    /// The estimated work of matching from `start`, expanding in the order the planner would:
    /// edges closing a cycle first, then towards the smallest label.
    func cost(startingAt start: Int, visited initiallyVisited: [Bool], expanded initiallyExpanded: [Bool]) -> Double {
        var visited = initiallyVisited, expanded = initiallyExpanded
        visited[start] = true
        var cost = nodeCount(start) * Self.scanWeight
        var rows = nodeCount(start) * selectivity[start]
        while true {
            var choice: (edge: Int, fromTo: Bool, order: Double)? = nil
            for e in edges.indices where !expanded[e] {
                let a = visited[edges[e].from], b = visited[edges[e].to]
                guard a || b else { continue }
                let order = (a && b) ? -1 : nodeCount(a ? edges[e].to : edges[e].from)
                if choice == nil || order < choice!.order { choice = (e, a, order) }
            }
            guard let choice else { return cost }
            let edge = edges[choice.edge]
            let from = choice.fromTo ? edge.from : edge.to, to = choice.fromTo ? edge.to : edge.from
            expanded[choice.edge] = true
            let produced = rows * degree(edge, from: from)
            cost += produced
            if visited[to] {
                // Closing a cycle: a row survives when one of its relationships reaches the bound node.
                rows = produced / max(1, nodeCount(to))
            } else {
                visited[to] = true
                rows = produced * selectivity[to]
            }
        }
    }
}
