import TrellisCore

/// How the nodes and relationships of one connected part of a pattern are found: the tree the
/// join-order optimizer chose, lowered into operators by the planner (``QueryCompiler/planMatch``).
indirect enum JoinTree {
    /// The nodes bound before the MATCH, then the edges among them (checked).
    case arguments([Int], closing: [Int])
    /// A node found by itself (index seek, range seek or label scan), then its self loops.
    case start(Int, closing: [Int])
    /// Extends the rows of `from` along `edge` to the new node `to`, then checks `closing`, the
    /// other edges between `to` and the nodes already found.
    case expand(JoinTree, edge: Int, to: Int, closing: [Int])
    /// The rows of `probe` joined with those of `build` on the nodes `keys` (one or two), which
    /// both find; then `closing`, the edges between the two sides' other nodes. `build` reads
    /// nothing `probe` binds, so it runs once and its rows are looked up by the keys' nodes.
    case hashJoin(probe: JoinTree, build: JoinTree, keys: [Int], closing: [Int])
}

/// Chooses the join order of a pattern: for each connected part, the cheapest plan made of
/// scans or seeks, expansions (which close cycles by checking the edges back to nodes already
/// found) and hash joins on a shared node, by dynamic programming over the subsets of its nodes
/// (bushy trees, as in the optimizers of the engines we learn from); a part of more than
/// ``exhaustiveLimit`` nodes is ordered greedily. Costs count the rows each operator produces or
/// looks at, from ``CardinalityEstimator``.
struct JoinOrder {
    /// Parts with more nodes than this are ordered greedily (the exhaustive search grows as 3^n).
    static let exhaustiveLimit = 10
    /// What building a hash table costs per row, against one produced by an expansion.
    static let buildWeight = 2.0

    let pattern: PatternGraph
    let estimator: CardinalityEstimator
    /// Per node: the work of starting at it (a scan reads every candidate cheaply; a seek, one).
    let startCost: [Double]
    /// Per node: the edges touching it.
    let edgesAt: [[Int]]

    /// Hash joins may be chosen (not in a statement that writes: see ``QueryCompiler/allowsHashJoins``).
    let allowsHashJoins: Bool

    init(pattern: PatternGraph, estimator: CardinalityEstimator, startCost: [Double], allowsHashJoins: Bool = true) {
        self.allowsHashJoins = allowsHashJoins
        self.pattern = pattern
        self.estimator = estimator
        self.startCost = startCost
        var edgesAt = Array(repeating: [Int](), count: pattern.nodes.count)
        for (e, edge) in pattern.edges.enumerated() {
            edgesAt[edge.from].append(e)
            if edge.to != edge.from { edgesAt[edge.to].append(e) }
        }
        self.edgesAt = edgesAt
    }

    /// The nodes of each connected part, bound-before nodes counting as connected to each other
    /// (they are all found at once, as arguments); the part holding them first.
    static func components(of pattern: PatternGraph) -> [[Int]] {
        let n = pattern.nodes.count
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { parent[find(a)] = find(b) }
        for e in pattern.edges { union(e.from, e.to) }
        let bound = pattern.nodes.indices.filter { pattern.nodes[$0].boundBefore }
        for b in bound.dropFirst() { union(b, bound[0]) }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in 0..<n {
            let r = find(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(i)
        }
        var parts = order.map { groups[$0]! }
        if let first = bound.first, let k = parts.firstIndex(where: { $0.contains(first) }), k > 0 {
            parts.insert(parts.remove(at: k), at: 0)
        }
        return parts
    }

    /// The plan of one connected part and its estimated cost; with `startingAt`, the plan whose
    /// first node is that one (when the part has no bound-before node).
    func plan(_ part: [Int], startingAt root: Int? = nil) -> (tree: JoinTree, cost: Double) {
        if part.count > Self.exhaustiveLimit { return greedy(part) }
        var search = Exhaustive(order: self, part: part)
        return search.solve(root: root.flatMap { part.firstIndex(of: $0) })
    }

    // MARK: - Greedy

    /// Starts at the cheapest node (or the bound ones) and adds, each time, the node reached
    /// through the edge that yields the fewest rows.
    private func greedy(_ part: [Int]) -> (tree: JoinTree, cost: Double) {
        var inSet = Array(repeating: false, count: pattern.nodes.count)
        let bound = part.filter { pattern.nodes[$0].boundBefore }
        var tree: JoinTree
        var cost = 0.0
        var rows = 1.0
        if bound.isEmpty {
            let first = part.min { startCost[$0] < startCost[$1] }!
            inSet[first] = true
            rows = estimator.factor(adding: first) { _ in false }
            cost = startCost[first]
            tree = .start(first, closing: loops(first))
        } else {
            for b in bound {
                rows *= estimator.factor(adding: b) { inSet[$0] }
                inSet[b] = true
            }
            let closing = pattern.edges.indices.filter { inSet[pattern.edges[$0].from] && inSet[pattern.edges[$0].to] }
            tree = .arguments(bound, closing: closing)
        }
        var remaining = part.count - max(bound.count, 1)
        while remaining > 0 {
            var best: (v: Int, edge: Int, rows: Double, work: Double)? = nil
            for v in part where !inSet[v] {
                let links = edgesAt[v].filter { e in
                    let other = pattern.edges[e].from == v ? pattern.edges[e].to : pattern.edges[e].from
                    return other != v && inSet[other]
                }
                guard !links.isEmpty else { continue }
                let after = rows * estimator.factor(adding: v) { inSet[$0] }
                for e in links {
                    let work = expandWork(rows, e, from: pattern.edges[e].from == v ? pattern.edges[e].to : pattern.edges[e].from,
                                          closing: links.filter { $0 != e } + loops(v))
                    if best == nil || after < best!.rows || (after == best!.rows && work < best!.work) {
                        best = (v, e, after, work)
                    }
                }
            }
            guard let best else { break }
            let closing = edgesAt[best.v].filter { e in
                e != best.edge && inSet[pattern.edges[e].from == best.v ? pattern.edges[e].to : pattern.edges[e].from]
                    || (pattern.edges[e].from == best.v && pattern.edges[e].to == best.v)
            }
            tree = .expand(tree, edge: best.edge, to: best.v, closing: closing)
            cost += best.work
            rows = best.rows
            inSet[best.v] = true
            remaining -= 1
        }
        return (tree, cost)
    }

    /// The edges from node `v` to itself.
    func loops(_ v: Int) -> [Int] {
        edgesAt[v].filter { pattern.edges[$0].from == v && pattern.edges[$0].to == v }
    }

    /// The work of expanding `rows` rows along `edge` from its end `from`, then checking `closing`
    /// edges on each row produced.
    func expandWork(_ rows: Double, _ edge: Int, from: Int, closing: [Int]) -> Double {
        let produced = rows * estimator.degree(edge, from: from)
        var work = produced
        for c in closing { work += produced * estimator.degree(c, from: pattern.edges[c].from) }
        return work
    }
}

/// The exhaustive search of ``JoinOrder``: the cheapest plan of every connected subset of a
/// part's nodes, smallest subsets first, each made by adding a node to a smaller subset or by
/// joining two subsets that share one node.
private struct Exhaustive {
    let order: JoinOrder
    let part: [Int]
    /// Bit i stands for part[i].
    let full: Int
    let boundMask: Int
    /// Per local node: the local nodes it shares an edge with.
    let neighbours: [Int]
    /// Per edge of the pattern inside the part: its local ends.
    let localEdges: [(edge: Int, from: Int, to: Int)]
    /// Pattern node → local index.
    let local: [Int: Int]
    private var rowsMemo: [Double]

    struct Entry {
        var cost: Double
        var tree: JoinTree
    }

    init(order: JoinOrder, part: [Int]) {
        self.order = order
        self.part = part
        full = (1 << part.count) - 1
        var local: [Int: Int] = [:]
        for (i, n) in part.enumerated() { local[n] = i }
        var bound = 0
        for (i, n) in part.enumerated() where order.pattern.nodes[n].boundBefore { bound |= 1 << i }
        boundMask = bound
        var neighbours = Array(repeating: 0, count: part.count)
        var edges: [(Int, Int, Int)] = []
        for (e, edge) in order.pattern.edges.enumerated() {
            guard let a = local[edge.from], let b = local[edge.to] else { continue }
            edges.append((e, a, b))
            neighbours[a] |= 1 << b
            neighbours[b] |= 1 << a
        }
        self.neighbours = neighbours
        self.local = local
        localEdges = edges
        rowsMemo = Array(repeating: -1, count: 1 << part.count)
    }

    /// Estimated rows of the subset `s` (built up node by node; any order gives the same).
    mutating func rows(_ s: Int) -> Double {
        if s == 0 { return 1 }
        if rowsMemo[s] >= 0 { return rowsMemo[s] }
        let v = s.trailingZeroBitCount
        let rest = s & ~(1 << v)
        let local = self.local
        let inRest = { (n: Int) -> Bool in
            guard let i = local[n] else { return false }
            return rest & (1 << i) != 0
        }
        let value = rows(rest) * order.estimator.factor(adding: part[v], to: inRest)
        rowsMemo[s] = value
        return value
    }

    /// Whether `s` is connected (the bound nodes counting as one).
    func isConnected(_ s: Int) -> Bool {
        var reached = s & boundMask != 0 ? s & boundMask : s & -s
        while true {
            var next = reached
            var bits = reached
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                next |= neighbours[i] & s
            }
            if next == reached { return reached == s }
            reached = next
        }
    }

    /// The edges with both ends in `s`.
    func edges(inside s: Int) -> [Int] {
        localEdges.filter { s & (1 << $0.from) != 0 && s & (1 << $0.to) != 0 }.map(\.edge)
    }

    /// The edges between `a` and `b` (one end in each).
    func edges(between a: Int, _ b: Int) -> [Int] {
        localEdges.filter {
            (a & (1 << $0.from) != 0 && b & (1 << $0.to) != 0) || (b & (1 << $0.from) != 0 && a & (1 << $0.to) != 0)
        }.map(\.edge)
    }

    mutating func solve(root: Int?) -> (tree: JoinTree, cost: Double) {
        let any = table(root: nil, builds: nil)
        guard let root, boundMask == 0, root < part.count else { return (any[full]!.tree, any[full]!.cost) }
        let rooted = table(root: root, builds: any)
        // A plan starting at the requested node is taken when it costs at most twice the best.
        if let r = rooted[full], r.cost <= 2 * any[full]!.cost { return (r.tree, r.cost) }
        return (any[full]!.tree, any[full]!.cost)
    }

    /// The best plan of each subset. With `root`, the plans whose first node is `root` (hash joins
    /// then build from `builds`, the unrestricted table).
    private mutating func table(root: Int?, builds: [Entry?]?) -> [Entry?] {
        var best = [Entry?](repeating: nil, count: full + 1)
        let pattern = order.pattern
        if boundMask != 0 {
            let nodes = (0..<part.count).filter { boundMask & (1 << $0) != 0 }.map { part[$0] }
            let closing = edges(inside: boundMask)
            var cost = 0.0
            for c in closing { cost += order.estimator.degree(c, from: pattern.edges[c].from) }
            best[boundMask] = Entry(cost: cost, tree: .arguments(nodes, closing: closing))
        }
        for i in 0..<part.count where boundMask & (1 << i) == 0 {
            if let root, root != i { continue }
            let n = part[i]
            var cost = order.startCost[n]
            let loops = order.loops(n)
            let r = order.estimator.rowFactor[n]
            for l in loops { cost += r * order.estimator.degree(l, from: n) }
            best[1 << i] = Entry(cost: cost, tree: .start(n, closing: loops))
        }
        // Subsets in order of size, so that every smaller subset is final when it is used.
        let subsets = (1...full).sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }
        for s in subsets {
            guard let entry = best[s] else { continue }
            let rowsS = rows(s)
            // Add one node, reached through one of its edges into s.
            var candidates = 0
            var bits = s
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                candidates |= neighbours[i]
            }
            candidates &= ~s & ~boundMask
            var vs = candidates
            while vs != 0 {
                let v = vs.trailingZeroBitCount
                vs &= vs - 1
                let links = edges(between: s, 1 << v)
                let loops = order.loops(part[v])
                let target = s | (1 << v)
                for e in links {
                    let edge = pattern.edges[e]
                    let from = edge.to == part[v] && edge.from != part[v] ? edge.from : edge.to
                    let cost = entry.cost + order.expandWork(rowsS, e, from: from, closing: links.filter { $0 != e } + loops)
                    if best[target] == nil || cost < best[target]!.cost {
                        best[target] = Entry(cost: cost, tree: .expand(entry.tree, edge: e, to: part[v],
                                                                       closing: links.filter { $0 != e } + loops))
                    }
                }
            }
            // Join with a subset that shares one or two nodes with s (no edge between them, which
            // both sides would match) and reads nothing bound before.
            guard part.count >= 3, order.allowsHashJoins else { continue }
            let builds = builds ?? best
            let outside = full & ~s & ~boundMask
            let keyNodes = (0..<part.count).filter { s & ~boundMask & (1 << $0) != 0 && order.loops(part[$0]).isEmpty }
            var keySets: [Int] = keyNodes.map { 1 << $0 }
            for (x, a) in keyNodes.enumerated() {
                for b in keyNodes[(x + 1)...] where neighbours[a] & (1 << b) == 0 { keySets.append(1 << a | 1 << b) }
            }
            // (Joining on every node of s would only repeat the build side's own rows.)
            for keyMask in keySets where keyMask != s {
                var t = outside
                while t != 0 {
                    defer { t = (t - 1) & outside }
                    let other = t | keyMask
                    // (A subset has a plan only when it is connected.)
                    guard let build = builds[other], edges(inside: other).allSatisfy({ pattern.isBuildable($0) }) else { continue }
                    let target = s | t
                    let closing = edges(between: s & ~keyMask, t)
                    let joined = rowsS * rows(other) / max(rows(keyMask), 1e-9)
                    var cost = entry.cost + build.cost + JoinOrder.buildWeight * rows(other) + rowsS + joined
                    for c in closing { cost += joined * order.estimator.degree(c, from: pattern.edges[c].from) }
                    if best[target] == nil || cost < best[target]!.cost {
                        let keys = (0..<part.count).filter { keyMask & (1 << $0) != 0 }.map { part[$0] }
                        best[target] = Entry(cost: cost, tree: .hashJoin(probe: entry.tree, build: build.tree,
                                                                         keys: keys, closing: closing))
                    }
                }
            }
        }
        return best
    }
}
