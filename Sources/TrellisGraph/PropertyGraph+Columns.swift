import TrellisCore

/// Keeping the property columns (``PropertyColumn``) equal to the property lists.
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

    func setColumn(node n: NodeID, _ key: Int32, _ value: Value?) {
        if !columnsSuspended { nodeColumn(key).set(n, value) }
    }

    func setColumn(relationship r: RelationshipID, _ key: Int32, _ value: Value?) {
        if !columnsSuspended { relationshipColumn(key).set(r, value) }
    }

    func fillColumns(node n: NodeID, _ properties: PropertyList) {
        guard !columnsSuspended else { return }
        for e in properties.entries { nodeColumn(e.key).set(n, e.value) }
    }

    func fillColumns(relationship r: RelationshipID, _ properties: PropertyList) {
        guard !columnsSuspended else { return }
        for e in properties.entries { relationshipColumn(e.key).set(r, e.value) }
    }

    func clearColumns(node n: NodeID) {
        guard !columnsSuspended else { return }
        for key in nodeProperties[n].keys { nodeColumn(key).set(n, nil) }
    }

    func clearColumns(relationship r: RelationshipID) {
        guard !columnsSuspended else { return }
        for key in relationshipProperties[r].keys { relationshipColumn(key).set(r, nil) }
    }

    /// The values of node property `key` laid out for tests over many nodes (see ``ScanColumn``);
    /// nil while the columns are suspended.
    public func nodeScanColumn(_ key: Int32) -> ScanColumn? {
        guard !columnsSuspended else { return nil }
        let k = Int(key)
        guard k >= 0 && k < nodeColumns.count else { return ScanColumn(base: 0, values: []) }
        return nodeColumns[k]?.scanColumn ?? ScanColumn(base: 0, values: [])
    }

    /// Stops keeping the columns for a bulk change (reads use the property lists meanwhile);
    /// ``resumeColumns()`` builds them again in one pass, each at its final size.
    public func suspendColumns() {
        columnsSuspended = true
        nodeColumns = []
        relationshipColumns = []
    }

    /// Ends ``suspendColumns()``: builds every column from the property lists.
    public func resumeColumns() {
        columnsSuspended = false
        rebuildColumns()
    }

    /// Ends ``suspendColumns()`` with node columns already built by ``nodeColumns(of:keyCount:)``
    /// from the node property lists as they are now (built elsewhere while other work went on);
    /// the relationship columns are built here.
    public func resumeColumns(nodeColumns built: [PropertyColumn?]) {
        columnsSuspended = false
        nodeColumns = built
        relationshipColumns = Self.columns(of: relationshipProperties, keyCount: keys.count)
    }

    /// The node columns of `lists`, node property lists by node id (a pure function: it may run on
    /// another thread while the graph goes on changing anything but node properties).
    public static func nodeColumns(of lists: [PropertyList], keyCount: Int) -> [PropertyColumn?] {
        columns(of: lists, keyCount: keyCount)
    }

    /// Builds every column from the property lists, each allocated once at its final size.
    func rebuildColumns() {
        nodeColumns = Self.columns(of: nodeProperties, keyCount: keys.count)
        relationshipColumns = Self.columns(of: relationshipProperties, keyCount: keys.count)
    }

    /// The columns of `lists`, property lists by entity id, each allocated once at its final size.
    static func columns(of lists: [PropertyList], keyCount: Int) -> [PropertyColumn?] {
        // A first pass finds each key's first and last id, so that each column is allocated once;
        // the second, in id order, appends to each column with nulls for the ids between.
        var bases = Array(repeating: -1, count: keyCount)
        var lasts = Array(repeating: -1, count: keyCount)
        for (id, list) in lists.enumerated() {
            for e in list.entries {
                let k = Int(e.key)
                if bases[k] < 0 { bases[k] = id }
                lasts[k] = id
            }
        }
        var values = (0..<keyCount).map { k -> [Value] in
            var column: [Value] = []
            if bases[k] >= 0 { column.reserveCapacity(lasts[k] - bases[k] + 1) }
            return column
        }
        for (id, list) in lists.enumerated() {
            for e in list.entries {
                let k = Int(e.key)
                let gap = id - bases[k] - values[k].count
                if gap > 0 { values[k].append(contentsOf: repeatElement(Value.null, count: gap)) }
                values[k].append(e.value)
            }
        }
        return (0..<keyCount).map { k in bases[k] < 0 ? nil : PropertyColumn(base: bases[k], values: values[k]) }
    }

    /// A description of the first place where a column differs from the property lists, or nil
    /// when they agree everywhere (for tests).
    package func propertyColumnMismatch() -> String? {
        func check(_ lists: [PropertyList], _ columns: [PropertyColumn?], _ what: String) -> String? {
            for (id, list) in lists.enumerated() {
                for e in list.entries {
                    let k = Int(e.key)
                    guard k < columns.count, let column = columns[k], let v = column[id], v == e.value else {
                        return "\(what) \(id): key \(e.key) is \(e.value) in its list but not in its column"
                    }
                }
            }
            for (k, column) in columns.enumerated() {
                guard let column else { continue }
                for id in column.ids where id >= lists.count || lists[id][Int32(k)] == nil {
                    return "\(what) \(id): key \(k) is in its column but not in its list"
                }
            }
            return nil
        }
        return check(nodeProperties, nodeColumns, "node") ?? check(relationshipProperties, relationshipColumns, "relationship")
    }
}
