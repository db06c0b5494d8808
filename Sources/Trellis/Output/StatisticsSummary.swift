extension UpdateStatistics {
    /// One sentence describing what a statement changed, e.g.
    /// `Created 3 nodes, set 6 properties, created 2 relationships.`; `No changes.` when nothing changed.
    public var summary: String {
        var parts: [String] = []
        func add(_ count: Int, _ verb: String, _ singular: String, _ plural: String) {
            guard count != 0 else { return }
            parts.append("\(verb) \(count) \(count == 1 ? singular : plural)")
        }
        add(nodesCreated, "created", "node", "nodes")
        add(nodesDeleted, "deleted", "node", "nodes")
        add(propertiesSet, "set", "property", "properties")
        add(relationshipsCreated, "created", "relationship", "relationships")
        add(relationshipsDeleted, "deleted", "relationship", "relationships")
        add(labelsAdded, "added", "label", "labels")
        add(labelsRemoved, "removed", "label", "labels")
        add(indexesAdded, "added", "index", "indexes")
        add(indexesRemoved, "removed", "index", "indexes")
        guard let first = parts.first else { return "No changes." }
        parts[0] = first.prefix(1).uppercased() + first.dropFirst()
        return parts.joined(separator: ", ") + "."
    }
}
