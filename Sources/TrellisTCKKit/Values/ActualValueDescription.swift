import Trellis

/// Renders actual result values in the TCK's cell notation, resolving nodes and relationships
/// through a result's snapshots, so that differences read like the expected tables.
public struct ActualValueDescription: Sendable {
    public var nodes: [NodeID: NodeSnapshot]
    public var relationships: [RelationshipID: RelationshipSnapshot]

    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// A description resolving entities through `result`.
    public init(result: QueryResult) {
        self.init(nodes: result.nodes, relationships: result.relationships)
    }

    /// `value` in cell notation; temporal values are shown as their quoted ISO string, as the TCK writes them.
    public func text(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return FloatNotation.text(of: number)
        case .string(let string): return StringNotation.quoted(string)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return StringNotation.quoted(TemporalNotation.text(of: value) ?? "")
        case .list(let items): return "[" + items.map(text(of:)).joined(separator: ", ") + "]"
        case .map(let entries): return MapNotation.text(of: entries.mapValues(text(of:)))
        case .node(let id): return nodeText(id)
        case .relationship(let id): return relationshipText(id)
        case .path(let path): return pathText(path)
        }
    }

    private func nodeText(_ id: NodeID) -> String {
        guard let node = nodes[id] else { return "(?node \(id) not in result)" }
        return NodeNotation.text(labels: node.labels, properties: node.properties.mapValues(text(of:)))
    }

    private func relationshipText(_ id: RelationshipID) -> String {
        guard let relationship = relationships[id] else { return "[?relationship \(id) not in result]" }
        return RelationshipNotation.text(type: relationship.type, properties: relationship.properties.mapValues(text(of:)))
    }

    private func pathText(_ path: PathValue) -> String {
        guard let first = path.nodes.first else { return "<>" }
        var output = "<" + nodeText(first)
        for (offset, id) in path.relationships.enumerated() {
            let from = offset < path.nodes.count ? path.nodes[offset] : -1
            let to = offset + 1 < path.nodes.count ? path.nodes[offset + 1] : -1
            let relationship = relationshipText(id)
            let isBackward = relationships[id].map { $0.start == to && $0.end == from && $0.start != $0.end } ?? false
            output += isBackward ? "<-\(relationship)-" : "-\(relationship)->"
            output += offset + 1 < path.nodes.count ? nodeText(to) : "(?missing node)"
        }
        return output + ">"
    }
}
