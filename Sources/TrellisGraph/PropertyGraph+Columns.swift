import TrellisCore

/// The property columns (``PropertyColumn``): made when a key is first set, cut back when a
/// rollback takes ids back.
extension PropertyGraph {
    /// The column of a node property key, made when first needed.
    func nodeColumn(_ key: Int32) -> PropertyColumn { Self.column(&nodeColumns, key) }

    /// The column of a relationship property key, made when first needed.
    func relationshipColumn(_ key: Int32) -> PropertyColumn { Self.column(&relationshipColumns, key) }

    private static func column(_ columns: inout [PropertyColumn?], _ key: Int32) -> PropertyColumn {
        let k = Int(key)
        while columns.count <= k { columns.append(nil) }
        if let column = columns[k] { return column }
        let column = PropertyColumn()
        columns[k] = column
        return column
    }

    /// Forgets every node property of ids `first` and above.
    func truncateColumns(nodesFrom first: NodeID) {
        for column in nodeColumns { column?.truncate(from: first) }
    }

    /// Forgets every relationship property of ids `first` and above.
    func truncateColumns(relationshipsFrom first: RelationshipID) {
        for column in relationshipColumns { column?.truncate(from: first) }
    }

    /// The values of node property `key` laid out for tests over many nodes (see ``ScanColumn``).
    public func nodeScanColumn(_ key: Int32) -> ScanColumn {
        let k = Int(key)
        guard k >= 0 && k < nodeColumns.count else { return ScanColumn(base: 0, values: []) }
        return nodeColumns[k]?.scanColumn ?? ScanColumn(base: 0, values: [])
    }

    /// The ids from the first to the last live node that has property `key`: the part of its
    /// column a snapshot keeps. Nil when no live node has it.
    public func nodeColumnExtent(_ key: Int32) -> Range<NodeID>? {
        let k = Int(key)
        guard k >= 0 && k < nodeColumns.count, let column = nodeColumns[k] else { return nil }
        return column.extent { self.nodeAlive[$0] }
    }

    /// The ids from the first to the last live relationship that has property `key`; nil when
    /// no live relationship has it.
    public func relationshipColumnExtent(_ key: Int32) -> Range<RelationshipID>? {
        let k = Int(key)
        guard k >= 0 && k < relationshipColumns.count, let column = relationshipColumns[k] else { return nil }
        return column.extent { self.relationshipAlive[$0] }
    }

    /// How many node and relationship columns were loaded still encoded and have not been used
    /// since (for tests).
    package func encodedColumnCount() -> Int {
        (nodeColumns + relationshipColumns).reduce(0) { $0 + ($1?.isEncoded == true ? 1 : 0) }
    }

    /// The graph's own count of columns still to decode, which decides how property reads go
    /// (for tests: it must equal ``encodedColumnCount()``).
    package var columnsLeftToDecode: Int { columnsToDecode.load(ordering: .acquiring) }

    /// How many property indexes were loaded to be built when first read and have not been read
    /// since (for tests).
    package func unbuiltIndexCount() -> Int {
        indexes.values.reduce(0) { $0 + ($1.isWaitingToBeBuilt ? 1 : 0) }
    }
}
