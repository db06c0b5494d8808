/// What a statement changed.
public struct UpdateStatistics: Sendable, Hashable {
    public var nodesCreated = 0
    public var nodesDeleted = 0
    public var relationshipsCreated = 0
    public var relationshipsDeleted = 0
    public var labelsAdded = 0
    public var labelsRemoved = 0
    public var propertiesSet = 0
    public var indexesAdded = 0
    public var indexesRemoved = 0

    public init() {}

    public var containsUpdates: Bool { self != UpdateStatistics() }
}
