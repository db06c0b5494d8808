import Testing
import TrellisCore
import TrellisGraph

/// Everything observable about a graph, in a comparable form. Adjacency and index entries
/// are compared as multisets since their order carries no meaning.
struct StoreState: Equatable, CustomStringConvertible {
    var nodeAlive: [Bool]
    var nodeLabels: [[Int32]]
    var nodeProperties: [[Int32: Value]]
    var outgoing: [[AdjacencyEntry: Int]]
    var incoming: [[AdjacencyEntry: Int]]
    var relationshipAlive: [Bool]
    var relationshipType: [Int32]
    var relationshipStart: [NodeID]
    var relationshipEnd: [NodeID]
    var relationshipProperties: [[Int32: Value]]
    var labelMembers: [[NodeID]]
    var indexes: [IndexKey: [Value: Set<NodeID>]]
    var liveNodeCount: Int
    var liveRelationshipCount: Int
    var relationshipTypeCounts: [Int]

    init(_ g: PropertyGraph) {
        func map(_ list: PropertyList) -> [Int32: Value] {
            var m: [Int32: Value] = [:]
            list.forEach { m[$0] = $1 }
            return m
        }
        func bag(_ entries: [AdjacencyEntry]) -> [AdjacencyEntry: Int] {
            entries.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        nodeAlive = g.nodeAlive
        nodeLabels = g.nodeLabels.map { $0.sorted() }
        nodeProperties = (0..<g.nodeCapacity).map { map(g.nodePropertyList($0)) }
        outgoing = (0..<g.nodeCapacity).map { bag(g.adjacency(of: $0, .outgoing)) }
        incoming = (0..<g.nodeCapacity).map { bag(g.adjacency(of: $0, .incoming)) }
        relationshipAlive = g.relationshipAlive
        relationshipType = g.relationshipType
        relationshipStart = g.relationshipStart
        relationshipEnd = g.relationshipEnd
        relationshipProperties = (0..<g.relationshipCapacity).map { map(g.relationshipPropertyList($0)) }
        // Symbols interned during a statement stay interned; their empty member lists carry no state.
        labelMembers = g.labelMembers
        while labelMembers.last?.isEmpty == true { labelMembers.removeLast() }
        indexes = g.indexes.mapValues { $0.entries.mapValues(Set.init) }
        liveNodeCount = g.liveNodeCount
        liveRelationshipCount = g.liveRelationshipCount
        relationshipTypeCounts = (0..<Int32(g.types.count)).map { g.relationshipCount(type: $0) }
        while relationshipTypeCounts.last == 0 { relationshipTypeCounts.removeLast() }
    }

    var description: String { "nodes \(nodeAlive) labels \(nodeLabels) members \(labelMembers)" }
}

@Suite("Property graph store")
struct GraphStoreTests {
    /// School(0) -MEMBER_OF-> Partnership(1), School(2) -MEMBER_OF-> Partnership(1), School(0) -SUPPORTS-> School(2).
    func sample() -> (PropertyGraph, school: Int32, partnership: Int32, member: Int32, supports: Int32, name: Int32, urn: Int32) {
        let g = PropertyGraph()
        let school = g.internLabel("School"), partnership = g.internLabel("Partnership")
        let member = g.internType("MEMBER_OF"), supports = g.internType("SUPPORTS")
        let name = g.internKey("name"), urn = g.internKey("urn")
        var p0 = PropertyList(); p0.set(name, "Padnell Junior"); p0.set(urn, 116110)
        var p1 = PropertyList(); p1.set(name, "Solent Alliance")
        var p2 = PropertyList(); p2.set(name, "Highbury"); p2.set(urn, 116113)
        g.createNode(labels: [school], properties: p0)
        g.createNode(labels: [partnership], properties: p1)
        g.createNode(labels: [school], properties: p2)
        g.createRelationship(type: member, from: 0, to: 1)
        g.createRelationship(type: member, from: 2, to: 1)
        g.createRelationship(type: supports, from: 0, to: 2)
        return (g, school, partnership, member, supports, name, urn)
    }

    @Test func createsDenseIdsAndCounts() {
        let (g, school, partnership, _, _, _, _) = sample()
        #expect(g.nodeCapacity == 3 && g.liveNodeCount == 3)
        #expect(g.relationshipCapacity == 3 && g.liveRelationshipCount == 3)
        #expect(g.members(of: school) == [0, 2])
        #expect(g.members(of: partnership) == [1])
        #expect(g.labelNames(0) == ["School"])
    }

    @Test func symbolsAreInternedOnce() {
        let g = PropertyGraph()
        let a = g.internLabel("School"), b = g.internLabel("School"), c = g.internLabel("Authority")
        #expect(a == b && a != c)
        #expect(g.labels.lookup("Authority") == c)
        #expect(g.labels.lookup("Nursery") == nil)
        #expect(g.labels.name(c) == "Authority")
    }

    @Test func adjacencyInBothDirectionsGroupedByType() {
        let (g, _, _, member, supports, _, _) = sample()
        #expect(g.degree(0) == 2 && g.degree(1) == 2 && g.degree(2) == 2)
        #expect(g.adjacency(of: 0, .outgoing).map(\.other).sorted() == [1, 2])
        #expect(g.adjacency(of: 0, .outgoing, type: supports).map(\.other) == [2])
        #expect(g.adjacency(of: 1, .incoming, type: member).map(\.other).sorted() == [0, 2])
        #expect(g.adjacency(of: 1, .incoming, type: supports).isEmpty)
        // Entries stay grouped by type whatever the insertion order.
        g.createRelationship(type: member, from: 0, to: 1)
        let types = g.adjacency(of: 0, .outgoing).map(\.type)
        #expect(types == types.sorted())
    }

    @Test func propertiesSetAndRemove() {
        let (g, _, _, _, _, name, urn) = sample()
        #expect(g.nodeProperty(0, urn) == 116110)
        #expect(g.setNodeProperty(0, urn, 1))
        #expect(g.nodeProperty(0, urn) == 1)
        #expect(g.setNodeProperty(0, urn, .null))
        #expect(g.nodeProperty(0, urn) == nil)
        #expect(!g.setNodeProperty(0, urn, .null), "removing an absent property changes nothing")
        #expect(g.nodePropertyMap(0) == ["name": "Padnell Junior"])
        #expect(g.setRelationshipProperty(0, name, "lead"))
        #expect(g.relationshipProperty(0, name) == "lead")
    }

    @Test func labelsAddAndRemove() {
        let (g, school, _, _, _, _, _) = sample()
        let academy = g.internLabel("Academy")
        #expect(g.addLabel(2, academy))
        #expect(!g.addLabel(2, academy))
        #expect(g.members(of: academy) == [2])
        #expect(g.nodeHasLabel(2, academy))
        #expect(g.removeLabel(0, school))
        #expect(!g.removeLabel(0, school))
        #expect(g.members(of: school) == [2])
    }

    @Test func deleteRelationshipAndNode() {
        let (g, school, _, _, supports, _, _) = sample()
        g.deleteRelationship(2)
        #expect(!g.isRelationshipAlive(2))
        #expect(g.adjacency(of: 0, .outgoing, type: supports).isEmpty)
        #expect(g.degree(2) == 1)
        g.deleteRelationship(1)
        g.deleteNode(2)
        #expect(!g.isNodeAlive(2))
        #expect(g.liveNodeCount == 2 && g.liveRelationshipCount == 1)
        #expect(g.members(of: school) == [0])
        g.deleteNode(2)
        #expect(g.liveNodeCount == 2, "deleting twice is harmless")
    }

    @Test func indexFollowsChanges() {
        let (g, school, _, _, _, _, urn) = sample()
        let key = IndexKey(label: school, key: urn)
        #expect(g.createIndex(key))
        #expect(!g.createIndex(key))
        #expect(g.index(label: school, key: urn)?.lookup(116110) == [0])
        #expect(g.index(label: school, key: urn)?.lookup(116110.0) == [0], "1 and 1.0 are equivalent")
        g.setNodeProperty(0, urn, 5)
        #expect(g.index(label: school, key: urn)?.lookup(116110) == [])
        #expect(g.index(label: school, key: urn)?.lookup(5) == [0])
        g.removeLabel(0, school)
        #expect(g.index(label: school, key: urn)?.lookup(5) == [])
        g.addLabel(0, school)
        #expect(g.index(label: school, key: urn)?.lookup(5) == [0])
        g.deleteRelationship(2); g.deleteRelationship(1)
        g.deleteNode(2)
        #expect(g.index(label: school, key: urn)?.lookup(116113) == [])
        #expect(g.dropIndex(key))
        #expect(g.index(label: school, key: urn) == nil)
    }

    @Test func commitKeepsChanges() {
        let (g, _, _, _, _, name, _) = sample()
        g.beginStatement()
        g.setNodeProperty(1, name, "Renamed")
        #expect(g.pendingUndoCount == 1)
        g.commitStatement()
        g.rollbackStatement()
        #expect(g.nodeProperty(1, name) == "Renamed")
        #expect(g.pendingUndoCount == 0)
    }

    @Test func changesOutsideAStatementAreNotRecorded() {
        let (g, _, _, _, _, name, _) = sample()
        g.setNodeProperty(1, name, "Renamed")
        #expect(g.pendingUndoCount == 0)
        g.rollbackStatement()
        #expect(g.nodeProperty(1, name) == "Renamed")
    }

    @Test func consecutiveCreationsShareOneUndoRecordAndRollBack() {
        let (g, school, _, member, _, name, _) = sample()
        let before = StoreState(g)
        g.beginStatement()
        let a = g.createNode(labels: [school])
        let b = g.createNode(labels: [school])
        let c = g.createNode(labels: [school, g.internLabel("Academy")])
        #expect(g.pendingUndoCount == 1)
        g.createRelationship(type: member, from: a, to: b)
        g.createRelationship(type: member, from: b, to: c)
        #expect(g.pendingUndoCount == 2)
        g.setNodeProperty(c, name, "Later")
        _ = g.createNode()
        #expect(g.pendingUndoCount == 4)
        g.rollbackStatement()
        #expect(StoreState(g) == before)
    }

    @Test func rollbackRestoresEverything() {
        let (g, school, partnership, member, supports, name, urn) = sample()
        g.createIndex(IndexKey(label: school, key: urn))
        let before = StoreState(g)
        g.beginStatement()
        // New entities, including a relationship to an existing node.
        let n = g.createNode(labels: [school, g.internLabel("Academy")])
        g.setNodeProperty(n, urn, 116110)
        g.createRelationship(type: member, from: n, to: 1)
        // Property changes on old entities.
        g.setNodeProperty(0, urn, 42)
        g.setNodeProperty(0, name, .null)
        g.setNodeProperty(1, g.internKey("founded"), 2019)
        g.setRelationshipProperty(0, g.internKey("since"), 2019)
        // Labels.
        g.addLabel(1, school)
        g.removeLabel(2, school)
        g.addLabel(2, school)
        g.removeLabel(1, partnership)
        // Deletions.
        g.deleteRelationship(2)
        g.deleteRelationship(1)
        g.deleteNode(2)
        // Indexes.
        g.createIndex(IndexKey(label: partnership, key: name))
        g.dropIndex(IndexKey(label: school, key: urn))
        #expect(g.pendingUndoCount > 10)
        _ = supports
        g.rollbackStatement()
        let after = StoreState(g)
        #expect(after == before)
        #expect(g.pendingUndoCount == 0)
        #expect(g.index(label: school, key: urn)?.lookup(116110) == [0])
        #expect(g.index(label: partnership, key: name) == nil)
    }

    @Test func rollbackRestoresOrderOfLabelsAndProperties() {
        let (g, school, _, _, _, name, urn) = sample()
        let academy = g.internLabel("Academy")
        g.addLabel(0, academy)
        let labelsBefore = g.nodeLabels[0]
        let propertiesBefore = g.nodePropertyList(0)
        g.beginStatement()
        g.removeLabel(0, school)
        g.setNodeProperty(0, name, .null)
        g.setNodeProperty(0, urn, 1)
        g.rollbackStatement()
        let labelsAfter = g.nodeLabels[0]
        let propertiesAfter = g.nodePropertyList(0)
        #expect(labelsAfter == labelsBefore)
        #expect(propertiesAfter == propertiesBefore)
        // The content itself is right.
        #expect(Set(labelsAfter) == Set(labelsBefore))
        #expect(g.nodePropertyMap(0).count == propertiesBefore.count)
    }

    @Test func propertyListSemantics() {
        var list = PropertyList()
        #expect(list.isEmpty)
        #expect(list.set(1, "a") == nil)
        #expect(list.set(2, 5) == nil)
        #expect(list.set(1, "b") == "a")
        #expect(list[1] == "b" && list.count == 2)
        #expect(list.set(1, .null) == "b")
        #expect(list[1] == nil && list.count == 1)
        #expect(list.set(3, .null) == nil)
        #expect(list.count == 1)
    }
}
