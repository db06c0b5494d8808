import TrellisCore

/// The values each group of a ``GroupTable`` has seen so far for one DISTINCT aggregate.
///
/// Most groups see few distinct values. Those sit in a run of slots in one array shared by all
/// groups, found again by a short linear search: a new group allocates nothing of its own and no
/// value is hashed. A run starts with room for 2 values and moves to the end of the array with
/// twice the room when it fills (the slots it leaves are not reused, so at most half the array is
/// left over); a group that sees more than ``few`` values moves to a set of its own.
struct DistinctValues {
    /// How many values a group keeps in its run before it moves to a set.
    static let few = 8
    /// Where each group's run starts in `slots` (-1: the group has seen no value yet).
    private var runStart: [Int] = []
    /// How many values each group's run holds; ``overflowed`` once the group has its own set.
    private var runCount: [UInt8] = []
    /// How many values each group's run has room for.
    private var runRoom: [UInt8] = []
    private var slots: [Value] = []
    private var sets: [Int: Set<Value>] = [:]
    private static let overflowed = UInt8.max

    /// Adds `value` to group `group`'s values; returns whether it was new there.
    mutating func insert(_ value: Value, group: Int) -> Bool {
        if group >= runStart.count {
            let added = group - runStart.count + 1
            runStart.append(contentsOf: repeatElement(-1, count: added))
            runCount.append(contentsOf: repeatElement(0, count: added))
            runRoom.append(contentsOf: repeatElement(0, count: added))
        }
        let count = Int(runCount[group])
        if count == Int(Self.overflowed) { return sets[group]!.insert(value).inserted }
        let start = runStart[group]
        if start >= 0 {
            for i in start..<start + count where slots[i] == value { return false }
        }
        if count == Self.few {
            var set = Set(slots[start..<start + count])
            set.insert(value)
            sets[group] = set
            runCount[group] = Self.overflowed
            for i in start..<start + count { slots[i] = .null }
            return true
        }
        if count == Int(runRoom[group]) {
            // The run is full (or not made yet): a new one, twice as large, at the end.
            let room = max(2, count * 2)
            let moved = slots.count
            slots.append(contentsOf: repeatElement(Value.null, count: room))
            if start >= 0 {
                for k in 0..<count {
                    slots[moved + k] = slots[start + k]
                    slots[start + k] = .null
                }
            }
            runStart[group] = moved
            runRoom[group] = UInt8(room)
        }
        slots[runStart[group] + count] = value
        runCount[group] = UInt8(count + 1)
        return true
    }

    /// The values group `group` has seen (in the order they came while it has few).
    func values(of group: Int) -> [Value] {
        guard group < runStart.count else { return [] }
        let count = Int(runCount[group])
        if count == Int(Self.overflowed) { return Array(sets[group]!) }
        let start = runStart[group]
        return start < 0 ? [] : Array(slots[start..<start + count])
    }
}
