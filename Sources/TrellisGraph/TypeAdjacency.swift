import TrellisCore

/// The relationships of one type in one direction, for every node: which relationship leads to
/// which node at its other end.
///
/// Most of it is one compact array in node order (a "compressed sparse row" layout): the entries of
/// node `n` are `neighbours[offsets[n - first] ..< offsets[n - first + 1]]`. Expanding a type touches
/// only that type's entries, in memory laid out by node id, with no search and no per-node object.
///
/// Changes after the compact array was built go to whole replacement lists for the nodes they touch
/// (`changed`, flagged in `changedBits` so that an unchanged node costs no hash lookup). When those
/// lists grow large next to the compact array, they are merged into a new one.
///
/// Within a node, entries are in ascending relationship id order, whatever the order of changes
/// and rollbacks, so a graph rebuilt from storage has exactly the adjacency of the graph saved.
///
/// The compact arrays are memory this table allocates and frees itself, never changed in place
/// (a merge replaces them): a walk in place reads them without retaining anything, which matters
/// at one walk per row.
final class TypeAdjacency: @unchecked Sendable {
    /// The first node id `offsets` covers.
    @exclusivity(unchecked) private(set) var first = 0
    /// Start of each covered node's entries in `neighbours`, plus the end of the last.
    private(set) var offsets: UnsafeMutableBufferPointer<UInt32>
    private(set) var neighbours: UnsafeMutableBufferPointer<Neighbour>
    /// Some node's entries are in `changed` (checked before the bits, to keep the common case short).
    @exclusivity(unchecked) private var hasChanges = false
    /// One bit per node id: set when the node's entries are in `changed` instead.
    @exclusivity(unchecked) private var changedBits: [UInt64] = []
    @exclusivity(unchecked) private var changed: [NodeID: [Neighbour]] = [:]
    /// Labels (their bits, for label ids below 64) that every node at the other end of an entry
    /// has, or fewer: the graph takes away the bits of each node added as another end, and a label
    /// removed from any node; adding a label or removing an entry leaves it as it is.
    @exclusivity(unchecked) var otherLabels: UInt64 = ~0
    /// How many entries the lists in `changed` hold together.
    private var changedEntryCount = 0

    /// One entry: a relationship and the node at its other end.
    struct Neighbour: Hashable, Sendable {
        var relationship: RelationshipID
        var other: NodeID
    }

    init() {
        offsets = .allocate(capacity: 1)
        offsets.initialize(repeating: 0)
        neighbours = .allocate(capacity: 0)
    }

    deinit {
        offsets.deallocate()
        neighbours.deallocate()
    }

    /// Builds the compact array from `count` entries given as (node, relationship, other node),
    /// produced twice by `entries` (once to count, once to place); each node's entries must come in
    /// ascending relationship order.
    init(count: Int, lowest: NodeID, highest: NodeID,
         entries: ((NodeID, RelationshipID, NodeID) -> Void) -> Void) {
        precondition(count <= Int(UInt32.max), "too many relationships of one type")
        guard count > 0 else {
            offsets = .allocate(capacity: 1)
            offsets.initialize(repeating: 0)
            neighbours = .allocate(capacity: 0)
            return
        }
        first = lowest
        let starts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: highest - lowest + 2)
        starts.initialize(repeating: 0)
        entries { n, _, _ in starts[n - lowest + 1] &+= 1 }
        for i in 1..<starts.count { starts[i] &+= starts[i - 1] }
        var next = Array(starts)
        let placed = UnsafeMutableBufferPointer<Neighbour>.allocate(capacity: count)
        placed.initialize(repeating: Neighbour(relationship: 0, other: 0))
        entries { n, r, o in
            let i = n - lowest
            placed[Int(next[i])] = Neighbour(relationship: r, other: o)
            next[i] &+= 1
        }
        offsets = starts
        neighbours = placed
    }

    // MARK: - Reading

    @inline(__always) func isChanged(_ n: NodeID) -> Bool {
        guard hasChanges else { return false }
        let word = n >> 6
        return word < changedBits.count && changedBits[word] & (1 << UInt64(n & 63)) != 0
    }

    /// The index range of `n`'s entries in `neighbours`, for a node that is not changed.
    @inline(__always) func compactRange(_ n: NodeID) -> Range<Int> {
        let i = n - first
        guard i >= 0 && i + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[i])..<Int(offsets[i + 1])
    }

    /// The entries of `n`, as a copy.
    func entries(of n: NodeID) -> [Neighbour] {
        if isChanged(n) { return changed[n] ?? [] }
        let range = compactRange(n)
        return range.isEmpty ? [] : Array(neighbours[range])
    }

    func count(of n: NodeID) -> Int {
        isChanged(n) ? changed[n]?.count ?? 0 : compactRange(n).count
    }

    /// Calls `body` with the entries of `n` in place. Nothing may change this adjacency while
    /// `body` runs: the buffer it sees would be invalid.
    @inline(__always)
    func withEntries<R>(of n: NodeID, _ body: (UnsafeBufferPointer<Neighbour>) throws -> R) rethrows -> R {
        if isChanged(n), let list = changed[n] { return try list.withUnsafeBufferPointer(body) }
        return try body(UnsafeBufferPointer(rebasing: neighbours[compactRange(n)]))
    }

    // MARK: - Changing

    /// Adds an entry for node `n` at its place in relationship order.
    func insert(_ n: NodeID, _ entry: Neighbour) {
        modify(n) { list in
            if let last = list.last, last.relationship > entry.relationship {
                let i = list.firstIndex { $0.relationship > entry.relationship } ?? list.count
                list.insert(entry, at: i)
            } else {
                list.append(entry)
            }
        }
        changedEntryCount += 1
        mergeIfLarge()
    }

    /// Removes the entry of relationship `r` from node `n`'s entries.
    func remove(_ n: NodeID, relationship r: RelationshipID) {
        modify(n) { list in
            if let i = list.firstIndex(where: { $0.relationship == r }) { list.remove(at: i) }
        }
        mergeIfLarge()
    }

    private func modify(_ n: NodeID, _ change: (inout [Neighbour]) -> Void) {
        if !isChanged(n) {
            hasChanges = true
            let word = n >> 6
            if word >= changedBits.count { changedBits.append(contentsOf: repeatElement(0, count: word - changedBits.count + 1)) }
            changedBits[word] |= 1 << UInt64(n & 63)
            let range = compactRange(n)
            changed[n] = range.isEmpty ? [] : Array(neighbours[range])
            changedEntryCount += range.count
        }
        change(&changed[n, default: []])
    }

    /// Merges once the changed lists hold as much as half the compact array (and more than a
    /// little): each merge costs about the compact array's size, so merges stay rare.
    private func mergeIfLarge() {
        if changed.count > 1024 && changedEntryCount > neighbours.count / 2 { mergeChanges() }
    }

    /// Folds the changed lists into a new compact array.
    func mergeChanges() {
        guard !changed.isEmpty else { return }
        var lowest = Int.max, highest = Int.min
        var total = 0
        if offsets.count > 1 {
            for i in 0..<offsets.count - 1 where offsets[i] != offsets[i + 1] {
                lowest = first + i
                break
            }
            var i = offsets.count - 2
            while i >= 0 {
                if offsets[i] != offsets[i + 1] { highest = first + i; break }
                i -= 1
            }
        }
        for (n, list) in changed where !list.isEmpty {
            lowest = min(lowest, n)
            highest = max(highest, n)
        }
        for (n, list) in changed { total += list.count - compactRange(n).count }
        total += neighbours.count
        let merged: TypeAdjacency
        if lowest > highest {
            merged = TypeAdjacency()
        } else {
            merged = TypeAdjacency(count: total, lowest: lowest, highest: highest) { add in
                for n in lowest...highest {
                    if self.isChanged(n) {
                        for e in self.changed[n] ?? [] { add(n, e.relationship, e.other) }
                    } else {
                        for i in self.compactRange(n) { add(n, self.neighbours[i].relationship, self.neighbours[i].other) }
                    }
                }
            }
        }
        // The merged table takes the old arrays, and frees them as it goes.
        (first, offsets, neighbours, merged.offsets, merged.neighbours) = (merged.first, merged.offsets, merged.neighbours, offsets, neighbours)
        hasChanges = false
        changedBits = []
        changed = [:]
        changedEntryCount = 0
        mergeCount += 1
    }

    /// How many times changes were merged into a new compact array (for tests).
    private(set) var mergeCount = 0
}
