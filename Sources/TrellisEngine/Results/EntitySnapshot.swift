import TrellisCore

/// A node as seen when a result was produced: identity, labels and properties.
public struct NodeSnapshot: Sendable, Hashable {
    /// The node's identity in its graph.
    public var id: NodeID
    /// The node's labels.
    public var labels: [String]
    /// The node's properties.
    public var properties: [String: Value]
    public init(id: NodeID, labels: [String], properties: [String: Value]) {
        self.id = id
        self.labels = labels
        self.properties = properties
    }
}

/// A relationship as seen when a result was produced.
public struct RelationshipSnapshot: Sendable, Hashable {
    /// The relationship's identity in its graph.
    public var id: RelationshipID
    /// The relationship's type.
    public var type: String
    /// The node it starts at.
    public var start: NodeID
    /// The node it ends at.
    public var end: NodeID
    /// The relationship's properties.
    public var properties: [String: Value]
    public init(id: RelationshipID, type: String, start: NodeID, end: NodeID, properties: [String: Value]) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties
    }
}

/// Every node and relationship of a graph at one moment.
public struct GraphSnapshot: Sendable, Hashable {
    public var nodes: [NodeSnapshot]
    public var relationships: [RelationshipSnapshot]
    public init(nodes: [NodeSnapshot], relationships: [RelationshipSnapshot]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}
