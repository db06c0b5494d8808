/// One relationship seen from one of its nodes: the relationship, the node at its other end, and its type.
public struct AdjacencyEntry: Sendable, Hashable {
    public var relationship: Int
    public var other: Int
    public var type: Int32

    public init(relationship: Int, other: Int, type: Int32) {
        self.relationship = relationship
        self.other = other
        self.type = type
    }
}

/// Which of a node's relationships: those that start at it, or those that end at it.
public enum AdjacencyDirection: Sendable {
    case outgoing
    case incoming
}
