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

    /// Builds every column from the property lists, each allocated once at its final size.
    func rebuildColumns() {
        nodeColumns = Self.columns(of: nodeProperties, keyCount: keys.count)
        relationshipColumns = Self.columns(of: relationshipProperties, keyCount: keys.count)
    }

    private static func columns(of lists: [PropertyList], keyCount: Int) -> [PropertyColumn?] {
        var lowest = Array(repeating: Int.max, count: keyCount), highest = Array(repeating: -1, count: keyCount)
        for (id, list) in lists.enumerated() {
            for e in list.entries {
                let k = Int(e.key)
                if id < lowest[k] { lowest[k] = id }
                highest[k] = id
            }
        }
        let columns: [PropertyColumn?] = (0..<keyCount).map { k in
            highest[k] < 0 ? nil : PropertyColumn(base: lowest[k], count: highest[k] - lowest[k] + 1)
        }
        for (id, list) in lists.enumerated() {
            for e in list.entries { columns[Int(e.key)]!.fill(id, e.value) }
        }
        return columns
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
