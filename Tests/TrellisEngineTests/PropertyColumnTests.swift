import Testing
import TrellisCore
import TrellisGraph

/// The property columns are the only record of properties: through every kind of change and
/// rollback they must hold what a plain model of the same changes holds.
@Suite("Property columns")
struct PropertyColumnTests {
    /// A value for the key at `position` among the test's keys: the second, third and fourth keys
    /// hold integers, floats and strings (so that their columns keep them unboxed) but for a rare
    /// value of another type, the others any type.
    static func randomValue(_ rng: inout SeededGenerator, position: Int) -> Value {
        let single = (1...3).contains(position) && Int.random(in: 0..<50, using: &rng) != 0
        switch single ? (Int.random(in: 0..<5, using: &rng) == 0 ? 0 : position) : Int.random(in: 0..<6, using: &rng) {
        case 0: return .null
        case 1: return .int(Int64.random(in: -5...5, using: &rng))
        case 2: return .float(Double(Int.random(in: 0...100, using: &rng)) / 8)
        case 3: return .string(String(repeating: "ab", count: Int.random(in: 1...12, using: &rng)))
        case 4: return .bool(Bool.random(using: &rng))
        default: return .list([.int(1), .string("x")])
        }
    }

    /// Each entity's properties by key, kept by hand beside the graph.
    struct Model {
        var nodes: [[Int32: Value]] = []
        var relationships: [[Int32: Value]] = []

        static func set(_ properties: inout [Int32: Value], _ key: Int32, _ value: Value) {
            if value.isNull { properties.removeValue(forKey: key) } else { properties[key] = value }
        }
    }

    /// Every property read back from the graph, one key at a time and as a whole entity, equals the model's.
    static func expectReadsAgree(_ g: PropertyGraph, _ model: Model, keys: [Int32], _ context: String) {
        #expect(g.nodeCapacity == model.nodes.count, "\(context)")
        #expect(g.relationshipCapacity == model.relationships.count, "\(context)")
        for (n, expected) in model.nodes.enumerated() where n < g.nodeCapacity {
            let list = g.nodePropertyList(n)
            let agrees = keys.allSatisfy { g.nodeProperty(n, $0) == expected[$0] && g.nodeHasProperty(n, $0) == (expected[$0] != nil) }
            if !agrees || list.keys != expected.keys.sorted() || list.entries.contains(where: { expected[$0.key] != $0.value }) {
                Issue.record("\(context): node \(n) has \(list.entries), expected \(expected)")
                return
            }
        }
        for (r, expected) in model.relationships.enumerated() where r < g.relationshipCapacity {
            let list = g.relationshipPropertyList(r)
            let agrees = keys.allSatisfy { g.relationshipProperty(r, $0) == expected[$0] }
            if !agrees || list.keys != expected.keys.sorted() || list.entries.contains(where: { expected[$0.key] != $0.value }) {
                Issue.record("\(context): relationship \(r) has \(list.entries), expected \(expected)")
                return
            }
        }
        for k in keys {
            var ids: [Int] = []
            g.forEachNode(havingProperty: k) { n, value in
                ids.append(n)
                #expect(model.nodes[n][k] == value, "\(context)")
            }
            #expect(ids == model.nodes.indices.filter { model.nodes[$0][k] != nil }, "\(context): nodes with key \(k)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomChangesCommittedAndRolledBack(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let g = PropertyGraph()
        var model = Model()
        let label = g.internLabel("School"), type = g.internType("MEMBER_OF")
        let keys = (0..<5).map { g.internKey("k\($0)") }
        _ = g.createIndex(IndexKey(label: label, key: keys[0]))
        for statement in 0..<60 {
            let before = model
            g.beginStatement(recordingChanges: true)
            for _ in 0..<Int.random(in: 1...25, using: &rng) {
                let live = (0..<g.nodeCapacity).filter { g.isNodeAlive($0) }
                switch Int.random(in: 0..<7, using: &rng) {
                case 0, 1:
                    var p = PropertyList(), expected: [Int32: Value] = [:]
                    // Keys in any order: the graph lists them in key id order.
                    for k in keys.shuffled(using: &rng) where Bool.random(using: &rng) {
                        let v = Self.randomValue(&rng, position: keys.firstIndex(of: k)!)
                        p.set(k, v)
                        Model.set(&expected, k, v)
                    }
                    g.createNode(labels: [label], properties: p)
                    model.nodes.append(expected)
                case 2:
                    guard live.count >= 2, let a = live.randomElement(using: &rng), let b = live.randomElement(using: &rng) else { continue }
                    var p = PropertyList(), expected: [Int32: Value] = [:]
                    for k in keys where Bool.random(using: &rng) {
                        let v = Self.randomValue(&rng, position: keys.firstIndex(of: k)!)
                        p.set(k, v)
                        Model.set(&expected, k, v)
                    }
                    g.createRelationship(type: type, from: a, to: b, properties: p)
                    model.relationships.append(expected)
                case 3, 4:
                    // Descending ids as well as ascending ones: the columns grow both ways.
                    for n in live.reversed() where Int.random(in: 0..<3, using: &rng) == 0 {
                        let k = keys.randomElement(using: &rng)!, v = Self.randomValue(&rng, position: keys.firstIndex(of: k)!)
                        g.setNodeProperty(n, k, v)
                        Model.set(&model.nodes[n], k, v)
                    }
                case 5:
                    let rels = (0..<g.relationshipCapacity).filter { g.isRelationshipAlive($0) }
                    if let r = rels.randomElement(using: &rng) {
                        let k = keys.randomElement(using: &rng)!, v = Self.randomValue(&rng, position: keys.firstIndex(of: k)!)
                        g.setRelationshipProperty(r, k, v)
                        Model.set(&model.relationships[r], k, v)
                    }
                default:
                    let rels = (0..<g.relationshipCapacity).filter { g.isRelationshipAlive($0) }
                    if let r = rels.randomElement(using: &rng) { g.deleteRelationship(r) }
                }
            }
            let rollback = Int.random(in: 0..<3, using: &rng) == 0
            if rollback {
                g.rollbackStatement()
                model = before
            } else {
                g.commitStatement()
            }
            Self.expectReadsAgree(g, model, keys: keys, "seed \(seed), statement \(statement), rolled back \(rollback)")
            let indexed = g.index(label: label, key: keys[0])
            let expectedIndexed = model.nodes.indices.filter { model.nodes[$0][keys[0]] != nil }.count
            #expect(indexed.map { $0.entries.values.reduce(0) { $0 + $1.count } } == expectedIndexed, "index after statement \(statement)")
        }
        #expect(g.nodeCapacity > 20)
    }

    @Test func bulkLoadTakesTheBuiltColumns() {
        let g = PropertyGraph()
        g.loadSymbols(labels: ["Result"], types: ["NEXT"], keys: ["year", "measure"])
        var nodes = PropertyColumnsBuilder(keyCount: 2)
        var nodesAdded = false
        g.loadNode(labels: [0])
        nodesAdded = nodes.append(0, 0, .int(2024)); #expect(nodesAdded)
        nodesAdded = nodes.append(0, 1, "reading"); #expect(nodesAdded)
        g.loadDeletedNode()
        g.loadNode(labels: [0])
        nodesAdded = nodes.append(2, 1, "maths"); #expect(nodesAdded)
        // A key twice for one entity is refused and leaves the column as it was.
        nodesAdded = nodes.append(2, 1, "science"); #expect(!nodesAdded)
        g.loadNodeColumns(nodes)
        var relationships = PropertyColumnsBuilder(keyCount: 2)
        var relationshipsAdded = false
        g.loadRelationship(alive: true, type: 0, start: 0, end: 2)
        relationshipsAdded = relationships.append(0, 0, .int(2025)); #expect(relationshipsAdded)
        g.loadRelationship(alive: false, type: 0, start: 2, end: 0)
        g.loadRelationshipColumns(relationships)
        g.finishLoading(indexes: [IndexKey(label: 0, key: 1)])
        #expect(g.nodeProperty(0, 0) == .int(2024))
        #expect(g.nodeProperty(2, 0) == nil)
        #expect(g.nodeProperty(2, 1) == .string("maths"))
        #expect(g.nodePropertyList(0).keys == [0, 1])
        #expect(g.relationshipProperty(0, 0) == .int(2025))
        #expect(g.relationshipProperty(1, 0) == nil)
        #expect(g.nodeProperty(2, 7) == nil)
        #expect(g.index(label: 0, key: 1)?.lookup(.string("maths")) == [2])
    }

    @Test func rollingBackCreationsEmptiesTheColumns() {
        let g = PropertyGraph()
        let key = g.internKey("name")
        g.createNode(properties: { var p = PropertyList(); p.set(key, "kept"); return p }())
        g.beginStatement()
        for i in 0..<100 {
            var p = PropertyList(); p.set(key, .string("school \(i)"))
            g.createNode(properties: p)
        }
        #expect(g.nodeProperty(99, key) == .string("school 98"))
        g.rollbackStatement()
        #expect(g.nodeCapacity == 1)
        #expect(g.nodeProperty(0, key) == .string("kept"))
        var ids: [Int] = []
        g.forEachNode(havingProperty: key) { n, _ in ids.append(n) }
        #expect(ids == [0])
        // The ids are given out again: the new nodes must not see the old values.
        g.createNode()
        #expect(g.nodeProperty(1, key) == nil)
    }
}
