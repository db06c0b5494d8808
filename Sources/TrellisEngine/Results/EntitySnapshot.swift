import TrellisCore

/// A node as seen when a result was produced: identity, labels and properties.
public struct NodeSnapshot: Sendable, Hashable {
    public var id: NodeID
    public var labels: [String]
    public var properties: [String: Value]
    public init(id: NodeID, labels: [String], properties: [String: Value]) {
        self.id = id
        self.labels = labels
        self.properties = properties
    }
}

/// A relationship as seen when a result was produced.
public struct RelationshipSnapshot: Sendable, Hashable {
    public var id: RelationshipID
    public var type: String
    public var start: NodeID
    public var end: NodeID
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
