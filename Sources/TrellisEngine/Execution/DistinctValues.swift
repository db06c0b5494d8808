import TrellisCore

/// The values each group of a ``GroupTable`` has seen so far for one DISTINCT aggregate.
///
/// Most groups see few distinct values. Those sit in a run of ``few`` slots reserved in one array
/// shared by all groups, found again by a short linear search: a new group allocates nothing of
/// its own and no value is hashed. A group that sees more than ``few`` moves to a set of its own.
struct DistinctValues {
    /// How many values a group keeps in its run before it moves to a set.
    static let few = 8
    /// Where each group's run starts in `slots` (-1: the group has seen no value yet).
    private var runStart: [Int] = []
    /// How many values each group's run holds; ``overflowed`` once the group has its own set.
    private var runCount: [UInt8] = []
    private var slots: [Value] = []
    private var sets: [Int: Set<Value>] = [:]
    private static let overflowed = UInt8.max

    /// Adds `value` to group `group`'s values; returns whether it was new there.
    mutating func insert(_ value: Value, group: Int) -> Bool {
        if group >= runStart.count {
            runStart.append(contentsOf: repeatElement(-1, count: group - runStart.count + 1))
            runCount.append(contentsOf: repeatElement(0, count: group - runCount.count + 1))
        }
        let count = Int(runCount[group])
        if count == Int(Self.overflowed) { return sets[group]!.insert(value).inserted }
        var start = runStart[group]
        if start < 0 {
            start = slots.count
            runStart[group] = start
            slots.append(contentsOf: repeatElement(Value.null, count: Self.few))
        }
        for i in start..<start + count where slots[i] == value { return false }
        if count < Self.few {
            slots[start + count] = value
            runCount[group] = UInt8(count + 1)
            return true
        }
        var set = Set(slots[start..<start + count])
        set.insert(value)
        sets[group] = set
        runCount[group] = Self.overflowed
        for i in start..<start + count { slots[i] = .null }
        return true
    }
}
