import TrellisCore

/// Fast entry points for filling an empty graph from storage: symbols first, then every node
/// slot and every relationship slot in id order (deleted ones included, so that ids stay the
/// same) with their property columns, then ``PropertyGraph/finishLoading(indexes:)`` builds label
/// lists, adjacency and indexes (or its two steps, ``PropertyGraph/finishLoadingSlots(alongside:_:)``
/// and ``PropertyGraph/finishLoadingIndexes(_:)``, with the columns loaded in between).
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

    /// Appends node slots: `alive[i]` tells whether the next one is live, `labels[i]` its labels
    /// (empty for a deleted one, whose id stays taken). Their properties come with
    /// ``loadNodeColumns(_:)``. Touches only the nodes' arrays.
    public func loadNodes(alive: [Bool], labels: [[Int32]]) {
        precondition(alive.count == labels.count)
        nodeAlive.append(contentsOf: alive)
        // Read through buffers, the label arrays are borrowed rather than retained one by one.
        nodeLabelBits.reserveCapacity(nodeLabelBits.count + labels.count)
        labels.withUnsafeBufferPointer { all in
            for i in all.indices {
                nodeLabelBits.append(all[i].withUnsafeBufferPointer { $0.reduce(0) { $0 | Self.labelBit($1) } })
            }
        }
        if nodeLabels.isEmpty {
            nodeLabels = labels
        } else {
            nodeLabels.append(contentsOf: labels)
        }
        liveNodeCount += alive.lazy.filter { $0 }.count
    }

    /// Appends the next node slot: a live node with `labels`.
    public func loadNode(labels labelIDs: [Int32]) {
        loadNodes(alive: [true], labels: [labelIDs])
    }

    /// Appends the next node slot as a deleted node: its id stays taken.
    public func loadDeletedNode() {
        loadNodes(alive: [false], labels: [[]])
    }

    /// Appends relationship slots, the i-th of each array describing one. A live relationship must
    /// join live nodes (loaded before ``finishLoading(indexes:)``); a deleted one keeps its type
    /// and ends (it is never linked). Their properties come with ``loadRelationshipColumns(_:)``.
    /// Touches only the relationships' arrays.
    public func loadRelationships(alive: [Bool], types: [Int32], starts: [NodeID], ends: [NodeID]) {
        precondition(alive.count == types.count && alive.count == starts.count && alive.count == ends.count)
        relationshipAlive.append(contentsOf: alive)
        relationshipType.append(contentsOf: types)
        relationshipStart.append(contentsOf: starts)
        relationshipEnd.append(contentsOf: ends)
        liveRelationshipCount += alive.lazy.filter { $0 }.count
    }

    /// Appends the next relationship slot (see ``loadRelationships(alive:types:starts:ends:)``).
    public func loadRelationship(alive: Bool, type: Int32, start: NodeID, end: NodeID) {
        loadRelationships(alive: [alive], types: [type], starts: [start], ends: [end])
    }

    /// Sets the properties of the loaded nodes. Touches only the nodes' columns.
    public func loadNodeColumns(_ builder: PropertyColumnsBuilder) {
        nodeColumns = builder.build()
    }

    /// Sets the properties of the loaded relationships. Touches only the relationships' columns.
    public func loadRelationshipColumns(_ builder: PropertyColumnsBuilder) {
        relationshipColumns = builder.build()
    }

    /// Sets the values of node property `key` for the nodes from `base` on, to be given by
    /// `decode` when the key is first read or changed, or by ``decodeColumnsInBackground()``
    /// (once, on whichever thread gets there first): a column loaded but not decoded until
    /// needed. `decode` must give one value per node from `base` on (null where a node has none),
    /// the first and last not null, and cannot fail: its input is checked beforehand.
    public func loadNodeColumn(_ key: Int32, base: NodeID, decode: @escaping @Sendable () -> [Value]) {
        Self.load(&nodeColumns, key, encodedColumn(base: base, decode: decode))
    }

    /// Sets the values of relationship property `key` as ``loadNodeColumn(_:base:decode:)`` does.
    public func loadRelationshipColumn(_ key: Int32, base: RelationshipID, decode: @escaping @Sendable () -> [Value]) {
        Self.load(&relationshipColumns, key, encodedColumn(base: base, decode: decode))
    }

    private func encodedColumn(base: Int, decode: @escaping @Sendable () -> [Value]) -> PropertyColumn {
        columnsToDecode.add(1, ordering: .relaxed)
        return PropertyColumn(base: base, decode: decode) { [weak self] in
            self?.columnsToDecode.subtract(1, ordering: .releasing)
        }
    }

    /// Decodes, on a thread of its own, every property column loaded still encoded that nothing
    /// has decoded yet; statements meanwhile decode what they need themselves. Returns at once.
    /// The thread stops early when the graph goes.
    public func decodeColumnsInBackground() {
        let encoded = (nodeColumns + relationshipColumns).compactMap { $0 }.filter(\.isEncoded)
        guard !encoded.isEmpty else { return }
        BackgroundWork.start { [weak self] in
            for column in encoded {
                guard self != nil else { return }
                column.decodeIfNeeded()
            }
        }
    }

    /// Decodes, on the calling thread, every property column loaded still encoded that is not
    /// decoded yet (waiting for any another thread is decoding): afterwards no decoding of this
    /// graph's columns goes on anywhere.
    package func decodeAllColumns() {
        for column in nodeColumns + relationshipColumns { column?.decodeIfNeeded() }
    }

    private static func load(_ columns: inout [PropertyColumn?], _ key: Int32, _ column: PropertyColumn) {
        let k = Int(key)
        while columns.count <= k { columns.append(nil) }
        columns[k] = column
    }

    /// Builds what is derived from the loaded slots (label member lists, adjacency, indexes) and
    /// declares the loaded symbols recorded.
    public func finishLoading(indexes indexKeys: [IndexKey]) {
        finishLoadingSlots()
        finishLoadingIndexes(indexKeys)
    }

    /// Builds what is derived from the loaded slots alone: label member lists, relationship counts
    /// and adjacency (its two directions at once).
    public func finishLoadingSlots() {
        linkLoadedSlots()
        rebuildAdjacency()
    }

    /// Builds what ``finishLoadingSlots()`` builds while other work goes on: `work` is called
    /// with every index below `count`, on a second thread meanwhile and on the calling thread too
    /// once adjacency is built. `work` may read the slots but must not touch what this builds
    /// (label member lists, relationship counts, adjacency).
    public func finishLoadingSlots(alongside count: Int, _ work: (Int) -> Void) {
        ForkJoin.forEach(count, first: {
            linkLoadedSlots()
            rebuildAdjacency(inParallel: false)
        }, work)
    }

    private func linkLoadedSlots() {
        nodeLabels.withUnsafeBufferPointer { all in
            for n in 0..<nodeAlive.count where nodeAlive[n] {
                all[n].withUnsafeBufferPointer { for label in $0 { labelMembers[Int(label)].append(n) } }
            }
        }
        // Counted in a local array: the graph's own is checked for exclusive access at every change.
        var counts = relationshipTypeCounts
        if counts.count < types.count { counts.append(contentsOf: repeatElement(0, count: types.count - counts.count)) }
        for r in 0..<relationshipAlive.count where relationshipAlive[r] {
            counts[Int(relationshipType[r])] += 1
        }
        relationshipTypeCounts = counts
    }

    /// Makes the property indexes of `indexKeys`, each built when first read, and declares the
    /// loaded symbols recorded: the last step of a load, after ``finishLoadingSlots(alongside:_:)``.
    public func finishLoadingIndexes(_ indexKeys: [IndexKey]) {
        for key in indexKeys where indexes[key] == nil {
            indexes[key] = PropertyIndex { [weak self] in self?.indexEntries(key) ?? [:] }
        }
        markSymbolsRecorded()
    }
}
