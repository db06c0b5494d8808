import TrellisCore

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

extension PropertyGraph {
    /// How many members of a sample hold each distinct value when estimating them.
    static let distinctSample = 4096

    /// The estimated number of distinct values of `key` among the nodes with `label`, from a
    /// sample of up to ``distinctSample`` members spread over the label: a sample whose values are
    /// all different counts as a key (every member its own value). Made again when the label's
    /// size moves by a tenth.
    public func distinctValues(label: Int32, key: Int32) -> Double {
        let members = self.members(of: label)
        let cacheKey = IndexKey(label: label, key: key)
        if let cached = distinctValuesCache.withLock({ $0[cacheKey] }),
           abs(cached.members - members.count) <= max(16, cached.members / 10) {
            return cached.distinct
        }
        var seen = Set<Value>()
        var sampled = 0
        let step = max(1, members.count / Self.distinctSample)
        var i = 0
        while i < members.count {
            if let v = nodeProperty(members[i], key), !v.isNull {
                seen.insert(v)
                sampled += 1
            }
            i += step
        }
        let distinct: Double = sampled == 0 ? 1 : (seen.count == sampled ? Double(members.count) : Double(seen.count))
        distinctValuesCache.withLock { $0[cacheKey] = (members.count, max(1, distinct)) }
        return max(1, distinct)
    }
}
