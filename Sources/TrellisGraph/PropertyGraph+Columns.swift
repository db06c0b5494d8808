import TrellisCore

/// Keeping the property columns (``PropertyColumn``) equal to the property lists.
extension PropertyGraph {
    /// The column of a node property key, made when first needed.
    func nodeColumn(_ key: Int32) -> PropertyColumn {
        let k = Int(key)
        while nodeColumns.count <= k { nodeColumns.append(nil) }
        if let column = nodeColumns[k] { return column }
        let column = PropertyColumn()
        nodeColumns[k] = column
        return column
    }

    /// The column of a relationship property key, made when first needed.
    func relationshipColumn(_ key: Int32) -> PropertyColumn {
        let k = Int(key)
        while relationshipColumns.count <= k { relationshipColumns.append(nil) }
        if let column = relationshipColumns[k] { return column }
        let column = PropertyColumn()
        relationshipColumns[k] = column
        return column
    }

    func fillColumns(node n: NodeID, _ properties: PropertyList) {
        for e in properties.entries { nodeColumn(e.key).set(n, e.value) }
    }

    func fillColumns(relationship r: RelationshipID, _ properties: PropertyList) {
        for e in properties.entries { relationshipColumn(e.key).set(r, e.value) }
    }

    func clearColumns(node n: NodeID) {
        for key in nodeProperties[n].keys { nodeColumn(key).set(n, nil) }
    }

    func clearColumns(relationship r: RelationshipID) {
        for key in relationshipProperties[r].keys { relationshipColumn(key).set(r, nil) }
    }

    /// Builds every column from the property lists (after a load).
    func rebuildColumns() {
        nodeColumns = []
        relationshipColumns = []
        for n in nodeProperties.indices { fillColumns(node: n, nodeProperties[n]) }
        for r in relationshipProperties.indices { fillColumns(relationship: r, relationshipProperties[r]) }
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
