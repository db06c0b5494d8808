/// What a statement changed.
public struct UpdateStatistics: Sendable, Hashable {
    /// Nodes the statement created.
    public var nodesCreated = 0
    /// Nodes the statement deleted.
    public var nodesDeleted = 0
    /// Relationships the statement created.
    public var relationshipsCreated = 0
    /// Relationships the statement deleted (also those a `DETACH DELETE` removed).
    public var relationshipsDeleted = 0
    /// Labels added to nodes, counting each node and label once.
    public var labelsAdded = 0
    /// Labels removed from nodes.
    public var labelsRemoved = 0
    /// Properties set or removed (set to null).
    public var propertiesSet = 0
    /// Indexes created.
    public var indexesAdded = 0
    /// Indexes dropped.
    public var indexesRemoved = 0

    /// Nothing changed.
    public init() {}

    /// Whether the statement changed anything.
    public var containsUpdates: Bool { self != UpdateStatistics() }
}
