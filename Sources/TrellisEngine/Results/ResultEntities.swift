import TrellisCore

/// The labels, types and properties of the nodes and relationships that result rows mention,
/// as they were when the statement produced the rows.
///
/// Result values hold nodes and relationships by identity (``Value/node(_:)``); look them up here.
public struct ResultEntities: Sendable, Hashable {
    public var nodes: [NodeID: NodeSnapshot]
    public var relationships: [RelationshipID: RelationshipSnapshot]

    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// The node `id` as the result saw it, or nil when the result does not mention it.
    public func node(_ id: NodeID) -> NodeSnapshot? { nodes[id] }

    /// The relationship `id` as the result saw it, or nil when the result does not mention it.
    public func relationship(_ id: RelationshipID) -> RelationshipSnapshot? { relationships[id] }

    /// Adds every node and relationship inside `value` (in lists, maps and paths too) that is not here yet.
    mutating func collect(_ value: Value, node: (NodeID) -> NodeSnapshot, relationship: (RelationshipID) -> RelationshipSnapshot) {
        switch value {
        case .node(let n): if nodes[n] == nil { nodes[n] = node(n) }
        case .relationship(let r): if relationships[r] == nil { relationships[r] = relationship(r) }
        case .path(let p):
            for n in p.nodes where nodes[n] == nil { nodes[n] = node(n) }
            for r in p.relationships where relationships[r] == nil { relationships[r] = relationship(r) }
        case .list(let items): for item in items { collect(item, node: node, relationship: relationship) }
        case .map(let m): for item in m.values { collect(item, node: node, relationship: relationship) }
        default: break
        }
    }
}
