import Testing
import TrellisCore
import TrellisGraph

/// The property columns must hold exactly what the property lists hold, through every kind of change.
@Suite("Property columns")
struct PropertyColumnTests {
    static func randomValue(_ rng: inout SeededGenerator) -> Value {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return .null
        case 1: return .int(Int64.random(in: -5...5, using: &rng))
        case 2: return .float(Double(Int.random(in: 0...100, using: &rng)) / 8)
        case 3: return .string(String(repeating: "ab", count: Int.random(in: 1...12, using: &rng)))
        case 4: return .bool(Bool.random(using: &rng))
        default: return .list([.int(1), .string("x")])
        }
    }

    /// Every stored property read back through ``PropertyGraph/nodeProperty(_:_:)`` and
    /// ``PropertyGraph/relationshipProperty(_:_:)`` equals the one in the entity's list.
    static func expectReadsAgree(_ g: PropertyGraph, keys: [Int32], _ context: String) {
        #expect(g.propertyColumnMismatch() == nil, "\(context)")
        for n in 0..<g.nodeCapacity {
            for k in keys where g.nodeProperty(n, k) != g.nodeProperties[n][k] {
                Issue.record("\(context): node \(n) key \(k) reads \(String(describing: g.nodeProperty(n, k)))")
                return
            }
        }
        for r in 0..<g.relationshipCapacity {
            for k in keys where g.relationshipProperty(r, k) != g.relationshipProperties[r][k] {
                Issue.record("\(context): relationship \(r) key \(k) reads \(String(describing: g.relationshipProperty(r, k)))")
                return
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomChangesCommittedAndRolledBack(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let g = PropertyGraph()
        let label = g.internLabel("School"), type = g.internType("MEMBER_OF")
        let keys = (0..<5).map { g.internKey("k\($0)") }
        _ = g.createIndex(IndexKey(label: label, key: keys[0]))
        for statement in 0..<60 {
            g.beginStatement(recordingChanges: true)
            for _ in 0..<Int.random(in: 1...25, using: &rng) {
                let live = (0..<g.nodeCapacity).filter { g.isNodeAlive($0) }
                switch Int.random(in: 0..<7, using: &rng) {
                case 0, 1:
                    var p = PropertyList()
                    for k in keys where Bool.random(using: &rng) { p.set(k, Self.randomValue(&rng)) }
                    g.createNode(labels: [label], properties: p)
                case 2:
                    guard live.count >= 2, let a = live.randomElement(using: &rng), let b = live.randomElement(using: &rng) else { continue }
                    var p = PropertyList()
                    for k in keys where Bool.random(using: &rng) { p.set(k, Self.randomValue(&rng)) }
                    g.createRelationship(type: type, from: a, to: b, properties: p)
                case 3, 4:
                    // Descending ids as well as ascending ones: the columns grow both ways.
                    for n in live.reversed() where Int.random(in: 0..<3, using: &rng) == 0 {
                        g.setNodeProperty(n, keys.randomElement(using: &rng)!, Self.randomValue(&rng))
                    }
                case 5:
                    let rels = (0..<g.relationshipCapacity).filter { g.isRelationshipAlive($0) }
                    if let r = rels.randomElement(using: &rng) {
                        g.setRelationshipProperty(r, keys.randomElement(using: &rng)!, Self.randomValue(&rng))
                    }
                default:
                    let rels = (0..<g.relationshipCapacity).filter { g.isRelationshipAlive($0) }
                    if let r = rels.randomElement(using: &rng) { g.deleteRelationship(r) }
                }
            }
            let rollback = Int.random(in: 0..<3, using: &rng) == 0
            if rollback { g.rollbackStatement() } else { g.commitStatement() }
            Self.expectReadsAgree(g, keys: keys, "seed \(seed), statement \(statement), rolled back \(rollback)")
        }
        #expect(g.nodeCapacity > 20)
    }

    @Test func bulkLoadBuildsTheColumns() {
        let g = PropertyGraph()
        g.loadSymbols(labels: ["Result"], types: ["NEXT"], keys: ["year", "measure"])
        g.reserveCapacity(nodes: 4, relationships: 2)
        var p = PropertyList(); p.set(0, .int(2024)); p.set(1, "reading")
        g.loadNode(labels: [0], properties: p)
        g.loadDeletedNode()
        var q = PropertyList(); q.set(1, "maths")
        g.loadNode(labels: [0], properties: q)
        var r = PropertyList(); r.set(0, .int(2025))
        g.loadRelationship(alive: true, type: 0, start: 0, end: 2, properties: r)
        g.loadRelationship(alive: false, type: 0, start: 2, end: 0, properties: PropertyList())
        g.finishLoading(indexes: [])
        Self.expectReadsAgree(g, keys: [0, 1], "after loading")
        #expect(g.nodeProperty(0, 0) == .int(2024))
        #expect(g.nodeProperty(2, 0) == nil)
        #expect(g.nodeProperty(2, 1) == .string("maths"))
        #expect(g.relationshipProperty(0, 0) == .int(2025))
        #expect(g.nodeProperty(2, 7) == nil)
    }

    @Test func suspendedColumnsAreRebuiltAtTheirFinalSize() {
        let g = PropertyGraph()
        let key = g.internKey("urn"), other = g.internKey("name")
        var p = PropertyList(); p.set(key, .int(1))
        g.createNode(properties: p)
        g.suspendColumns()
        g.beginStatement()
        for i in 2...50 {
            var q = PropertyList(); q.set(key, .int(Int64(i))); if i % 7 == 0 { q.set(other, .string("n\(i)")) }
            g.createNode(properties: q)
        }
        g.setNodeProperty(0, key, .int(100))
        // Reads use the lists meanwhile.
        #expect(g.nodeProperty(0, key) == .int(100))
        #expect(g.nodeProperty(13, other) == .string("n14"))
        g.commitStatement()
        g.beginStatement()
        g.setNodeProperty(3, other, .string("gone"))
        g.rollbackStatement()
        g.resumeColumns()
        Self.expectReadsAgree(g, keys: [key, other], "after resuming")
        #expect(g.nodeProperty(0, key) == .int(100))
        #expect(g.nodeProperty(3, other) == nil)
        #expect(g.nodeProperty(48, other) == .string("n49"))
    }

    @Test func rollingBackCreationsEmptiesTheColumns() {
        let g = PropertyGraph()
        let key = g.internKey("name")
        g.beginStatement()
        for i in 0..<100 {
            var p = PropertyList(); p.set(key, .string("school \(i)"))
            g.createNode(properties: p)
        }
        #expect(g.nodeProperty(99, key) == .string("school 99"))
        g.rollbackStatement()
        #expect(g.nodeCapacity == 0)
        Self.expectReadsAgree(g, keys: [key], "after rollback")
        // The ids are given out again: the new nodes must not see the old values.
        g.createNode()
        #expect(g.nodeProperty(0, key) == nil)
    }
}
