/// What the planner knows of one relationship type beyond its count: how many distinct nodes its
/// relationships start and end at, so that the relationships per node are estimated for nodes
/// that have any (a node of unknown label, say) and not spread over every node.
public struct RelationshipStatistics: Sendable, Equatable {
    public var count: Int
    public var starts: Int
    public var ends: Int
}

extension PropertyGraph {
    /// The statistics of relationships of `type`. Kept up to date loosely, as planners' statistics
    /// are: made when first asked for, and made again when the type's count has moved by more than
    /// a tenth (and at least 16) since, so that writes cost nothing and plans follow the data.
    public func statistics(ofType type: Int32) -> RelationshipStatistics {
        let count = relationshipCount(type: type)
        if let cached = relationshipStatisticsCache.withLock({ $0[type] }),
           abs(cached.count - count) <= max(16, cached.count / 10) {
            return cached
        }
        var starts = [Bool](repeating: false, count: nodeCapacity)
        var ends = [Bool](repeating: false, count: nodeCapacity)
        var startCount = 0, endCount = 0
        for r in relationshipType.indices where relationshipType[r] == type && relationshipAlive[r] {
            let s = relationshipStart[r], e = relationshipEnd[r]
            if !starts[s] { starts[s] = true; startCount += 1 }
            if !ends[e] { ends[e] = true; endCount += 1 }
        }
        let made = RelationshipStatistics(count: count, starts: startCount, ends: endCount)
        relationshipStatisticsCache.withLock { $0[type] = made }
        return made
    }
}
