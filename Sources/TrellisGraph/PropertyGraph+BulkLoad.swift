import TrellisCore

/// Fast entry points for filling an empty graph from storage: symbols first, then every node
/// slot and every relationship slot in id order (deleted ones included, so that ids stay the
/// same) with their property columns, then ``PropertyGraph/finishLoading(indexes:)`` builds label
/// lists, adjacency and indexes.
///
/// The caller checks what it loads (ids of symbols and nodes in range, keys distinct, values
/// storable); these entry points only append.
extension PropertyGraph {
    /// Defines the symbol tables of an empty graph.
    public func loadSymbols(labels labelNames: [String], types typeNames: [String], keys keyNames: [String]) {
        precondition(labels.count == 0 && types.count == 0 && keys.count == 0 && nodeCapacity == 0,
                     "symbols are loaded into an empty graph")
        for name in labelNames { _ = internLabel(name) }
        for name in typeNames { _ = internType(name) }
        for name in keyNames { _ = internKey(name) }
    }

    /// Makes room for `nodes` node slots and `relationships` relationship slots.
    public func reserveCapacity(nodes: Int, relationships: Int) {
        reserveNodeCapacity(nodes)
        reserveRelationshipCapacity(relationships)
    }

    /// Makes room for `count` node slots. Touches only the nodes' arrays: the nodes and the
    /// relationships of a snapshot may be loaded on two threads at once.
    public func reserveNodeCapacity(_ count: Int) {
        nodeAlive.reserveCapacity(count)
        nodeLabels.reserveCapacity(count)
        nodeLabelBits.reserveCapacity(count)
    }

    /// Makes room for `count` relationship slots. Touches only the relationships' arrays.
    public func reserveRelationshipCapacity(_ count: Int) {
        relationshipAlive.reserveCapacity(count)
        relationshipType.reserveCapacity(count)
        relationshipStart.reserveCapacity(count)
        relationshipEnd.reserveCapacity(count)
    }

    /// Appends the next node slot: a live node with `labels`. Its properties come with
    /// ``loadNodeColumns(_:)``.
    public func loadNode(labels labelIDs: [Int32]) {
        nodeAlive.append(true)
        nodeLabels.append(labelIDs)
        nodeLabelBits.append(labelIDs.reduce(0) { $0 | Self.labelBit($1) })
        liveNodeCount += 1
    }

    /// Appends the next node slot as a deleted node: its id stays taken.
    public func loadDeletedNode() {
        nodeAlive.append(false)
        nodeLabels.append([])
        nodeLabelBits.append(0)
    }

    /// Appends the next relationship slot. A live relationship must join live nodes (loaded before
    /// ``finishLoading(indexes:)``); a deleted one keeps its type and ends (it is never linked).
    /// Touches only the relationships' arrays; its properties come with ``loadRelationshipColumns(_:)``.
    public func loadRelationship(alive: Bool, type: Int32, start: NodeID, end: NodeID) {
        relationshipAlive.append(alive)
        relationshipType.append(type)
        relationshipStart.append(start)
        relationshipEnd.append(end)
        if alive { liveRelationshipCount += 1 }
    }

    /// Sets the properties of the loaded nodes. Touches only the nodes' columns.
    public func loadNodeColumns(_ builder: PropertyColumnsBuilder) {
        nodeColumns = builder.build()
    }

    /// Sets the properties of the loaded relationships. Touches only the relationships' columns.
    public func loadRelationshipColumns(_ builder: PropertyColumnsBuilder) {
        relationshipColumns = builder.build()
    }

    /// Builds what is derived from the loaded slots (label member lists, adjacency, indexes) and
    /// declares the loaded symbols recorded.
    public func finishLoading(indexes indexKeys: [IndexKey]) {
        for n in 0..<nodeAlive.count where nodeAlive[n] {
            for label in nodeLabels[n] { labelMembers[Int(label)].append(n) }
        }
        for r in 0..<relationshipAlive.count where relationshipAlive[r] {
            countRelationship(type: relationshipType[r], by: 1)
        }
        rebuildAdjacency()
        for key in indexKeys where indexes[key] == nil { buildIndex(key) }
        markSymbolsRecorded()
    }
}
