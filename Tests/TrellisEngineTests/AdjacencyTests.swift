import Testing
import TrellisCore
import TrellisGraph

/// The adjacency tables must list exactly the live relationships of each node, by type then
/// relationship id, through changes, rollbacks, merges of the changed lists, bulk loads and
/// suspended imports.
@Suite("Adjacency")
struct AdjacencyTests {
    /// The adjacency of every node computed from the relationship arrays alone.
    static func expected(_ g: PropertyGraph, _ direction: AdjacencyDirection) -> [[AdjacencyEntry]] {
        var lists = [[AdjacencyEntry]](repeating: [], count: g.nodeCapacity)
        for r in 0..<g.relationshipCapacity where g.isRelationshipAlive(r) {
            let (from, to) = direction == .outgoing ? (g.relationshipStart[r], g.relationshipEnd[r])
                                                    : (g.relationshipEnd[r], g.relationshipStart[r])
            lists[from].append(AdjacencyEntry(relationship: r, other: to, type: g.relationshipType[r]))
        }
        return lists.map { $0.sorted { ($0.type, $0.relationship) < ($1.type, $1.relationship) } }
    }

    /// Walks with `forEachAdjacent`, in place or on copies.
    static func walked(_ g: PropertyGraph, _ n: NodeID, _ direction: AdjacencyDirection, types: [Int32]?,
                       inPlace: Bool) -> [AdjacencyEntry] {
        var seen: [AdjacencyEntry] = []
        _ = try? g.forEachAdjacent(n, direction, types: types, inPlace: inPlace) { seen.append($0); return true }
        return seen
    }

    static func expectAgree(_ g: PropertyGraph, typeCount: Int32, _ context: String) {
        var degrees = [Int](repeating: 0, count: g.nodeCapacity)
        for r in 0..<g.relationshipCapacity where g.isRelationshipAlive(r) {
            degrees[g.relationshipStart[r]] += 1
            degrees[g.relationshipEnd[r]] += 1
        }
        let outgoing = expected(g, .outgoing), incoming = expected(g, .incoming)
        for n in 0..<g.nodeCapacity {
            for direction in [AdjacencyDirection.outgoing, .incoming] {
                let want = direction == .outgoing ? outgoing[n] : incoming[n]
                guard g.adjacency(of: n, direction) == want,
                      walked(g, n, direction, types: nil, inPlace: true) == want,
                      walked(g, n, direction, types: nil, inPlace: false) == want else {
                    Issue.record("\(context): node \(n) \(direction) lists \(g.adjacency(of: n, direction)), expected \(want)")
                    return
                }
                for t in 0..<typeCount {
                    let ofType = want.filter { $0.type == t }
                    guard g.adjacency(of: n, direction, type: t) == ofType,
                          walked(g, n, direction, types: [t], inPlace: true) == ofType else {
                        Issue.record("\(context): node \(n) \(direction) type \(t)")
                        return
                    }
                }
            }
            guard g.degree(n) == degrees[n] else {
                Issue.record("\(context): node \(n) has degree \(g.degree(n)), expected \(degrees[n])")
                return
            }
        }
    }

    /// Enough changes, over enough nodes, that the changed lists are merged several times, some
    /// of them in the middle of a statement that is then rolled back.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomChangesCommittedAndRolledBack(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let g = PropertyGraph()
        let types = (0..<3).map { g.internType("T\($0)") }
        for _ in 0..<1500 { g.createNode() }
        // A compact start, as after opening a database.
        for _ in 0..<3000 {
            g.createRelationship(type: types.randomElement(using: &rng)!, from: Int.random(in: 0..<1500, using: &rng),
                                 to: Int.random(in: 0..<1500, using: &rng))
        }
        var live = Set(0..<g.relationshipCapacity)
        for statement in 0..<12 {
            let before = StoreState(g)
            let rollBack = statement % 3 == 2
            g.beginStatement()
            var created: [RelationshipID] = [], deleted: [RelationshipID] = []
            for _ in 0..<Int.random(in: 200...1500, using: &rng) {
                if Bool.random(using: &rng), let r = live.randomElement(using: &rng) {
                    g.deleteRelationship(r)
                    live.remove(r)
                    deleted.append(r)
                } else {
                    if Int.random(in: 0..<20, using: &rng) == 0 { g.createNode() }
                    let n = g.nodeCapacity
                    let r = g.createRelationship(type: types.randomElement(using: &rng)!, from: Int.random(in: 0..<n, using: &rng),
                                                 to: Int.random(in: 0..<n, using: &rng))
                    live.insert(r)
                    created.append(r)
                }
            }
            if rollBack {
                g.rollbackStatement()
                live.subtract(created)
                live.formUnion(deleted.filter { $0 < g.relationshipCapacity })
                #expect(StoreState(g) == before, "statement \(statement) rolled back")
            } else {
                g.commitStatement()
            }
            Self.expectAgree(g, typeCount: 3, "seed \(seed), statement \(statement)")
        }
        #expect(g.adjacencyMergeCount() >= 6, "the changed lists were merged into the compact arrays")
    }

    /// The labels every neighbour of a type has (``PropertyGraph/commonNeighbourLabels(_:types:)``)
    /// are never more than the neighbours really have, through changes of relationships and labels
    /// and rollbacks; after a bulk build they are exactly the labels all of them share.
    @Test(arguments: [4, 5, 6] as [UInt64])
    func commonNeighbourLabelsNeverClaimTooMuch(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let g = PropertyGraph()
        let labels = (0..<3).map { g.internLabel("L\($0)") }
        let types = (0..<2).map { g.internType("T\($0)") }
        func check(_ context: String) {
            for (t, type) in types.enumerated() {
                let out = g.commonNeighbourLabels(.outgoing, types: [type]), into = g.commonNeighbourLabels(.incoming, types: [type])
                for r in 0..<g.relationshipCapacity where g.isRelationshipAlive(r) && g.relationshipType[r] == type {
                    let ends = g.nodeLabelBits[g.relationshipEnd[r]], starts = g.nodeLabelBits[g.relationshipStart[r]]
                    if ends & out != out || starts & into != into {
                        Issue.record("\(context): type \(t) claims labels relationship \(r) lacks")
                        return
                    }
                }
            }
        }
        for _ in 0..<60 { g.createNode(labels: labels.filter { _ in Bool.random(using: &rng) }) }
        for statement in 0..<40 {
            g.beginStatement()
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                let n = Int.random(in: 0..<g.nodeCapacity, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: g.addLabel(n, labels.randomElement(using: &rng)!)
                case 1: g.removeLabel(n, labels.randomElement(using: &rng)!)
                case 2:
                    let live = (0..<g.relationshipCapacity).filter(g.isRelationshipAlive)
                    if let r = live.randomElement(using: &rng) { g.deleteRelationship(r) }
                default:
                    g.createRelationship(type: types.randomElement(using: &rng)!, from: n,
                                         to: Int.random(in: 0..<g.nodeCapacity, using: &rng))
                }
            }
            if statement % 4 == 3 { g.rollbackStatement() } else { g.commitStatement() }
            check("seed \(seed), statement \(statement)")
        }
        g.suspendAdjacency()
        g.resumeAdjacency()
        check("after a rebuild")
        for type in types {
            var shared = ~UInt64(0)
            for r in 0..<g.relationshipCapacity where g.isRelationshipAlive(r) && g.relationshipType[r] == type {
                shared &= g.nodeLabelBits[g.relationshipEnd[r]]
            }
            #expect(g.commonNeighbourLabels(.outgoing, types: [type]) == shared)
        }
    }

    @Test func importWithSuspendedAdjacencyBuildsTheSameTables() {
        var rng = SeededGenerator(seed: 9)
        let grown = PropertyGraph(), imported = PropertyGraph()
        for g in [grown, imported] {
            _ = g.internType("A"); _ = g.internType("B")
            for _ in 0..<200 { g.createNode() }
        }
        for _ in 0..<50 {
            let t = Int32.random(in: 0...1, using: &rng), s = Int.random(in: 0..<200, using: &rng), e = Int.random(in: 0..<200, using: &rng)
            grown.createRelationship(type: t, from: s, to: e)
            imported.createRelationship(type: t, from: s, to: e)
        }
        imported.suspendAdjacency()
        imported.beginStatement()
        for _ in 0..<800 {
            let t = Int32.random(in: 0...2, using: &rng), s = Int.random(in: 0..<200, using: &rng), e = Int.random(in: 0..<200, using: &rng)
            _ = grown.internType("C")
            grown.createRelationship(type: t, from: s, to: e)
            _ = imported.internType("C")
            imported.createRelationship(type: t, from: s, to: e)
        }
        imported.commitStatement()
        imported.resumeAdjacency()
        #expect(StoreState(imported) == StoreState(grown))
        Self.expectAgree(imported, typeCount: 3, "after the import")
        // A rolled-back import leaves the tables as they were.
        let before = StoreState(imported)
        imported.suspendAdjacency()
        imported.beginStatement()
        for _ in 0..<100 { imported.createRelationship(type: 1, from: 3, to: 4) }
        imported.deleteRelationship(0)
        imported.rollbackStatement()
        imported.resumeAdjacency()
        #expect(StoreState(imported) == before)
        Self.expectAgree(imported, typeCount: 3, "after a rolled-back import")
    }

    /// A graph of `nodes` nodes and relationships of one type between the given ones.
    static func graph(nodes: Int, _ relationships: [(NodeID, NodeID)]) -> (PropertyGraph, Int32) {
        let g = PropertyGraph()
        let t = g.internType("T")
        for _ in 0..<nodes { g.createNode() }
        for (s, e) in relationships { g.createRelationship(type: t, from: s, to: e) }
        return (g, t)
    }

    /// A walk on copies (a statement that writes) sees the relationships as they were when it
    /// reached each type, even when its body adds and removes relationships of that node.
    @Test func walkOnCopiesIgnoresChangesMadeByItsBody() throws {
        let (g, t) = Self.graph(nodes: 3, [(0, 1), (0, 2)])
        var seen: [NodeID] = []
        _ = try g.forEachAdjacent(0, .outgoing, types: nil, inPlace: false) { e in
            seen.append(e.other)
            g.createRelationship(type: t, from: 0, to: e.other)
            g.deleteRelationship(1)
            return true
        }
        #expect(seen == [1, 2])
        #expect(g.adjacency(of: 0, .outgoing).map(\.other) == [1, 1, 2])
    }

    /// `skipping` leaves out entries whose other node is the given one (loops, in an undirected walk).
    @Test func skippingLeavesOutLoops() throws {
        let (g, t) = Self.graph(nodes: 2, [(0, 0), (1, 0)])
        var seen: [NodeID] = []
        _ = try g.forEachAdjacent(0, .incoming, types: [t], skipping: 0, inPlace: true) { seen.append($0.other); return true }
        #expect(seen == [1])
    }
}
