import TrellisCore

/// Reading a node's relationships, kept per relationship type and direction (see ``TypeAdjacency``).
extension PropertyGraph {
    /// The relationships of `n` in `direction`, by type id, then relationship id.
    public func adjacency(of n: NodeID, _ direction: AdjacencyDirection) -> [AdjacencyEntry] {
        let tables = direction == .outgoing ? outgoingByType : incomingByType
        var entries: [AdjacencyEntry] = []
        for (t, table) in tables.enumerated() {
            for e in table.entries(of: n) { entries.append(AdjacencyEntry(relationship: e.relationship, other: e.other, type: Int32(t))) }
        }
        return entries
    }

    /// The relationships of `n` in `direction` with type `type`, by relationship id.
    public func adjacency(of n: NodeID, _ direction: AdjacencyDirection, type: Int32) -> [AdjacencyEntry] {
        guard let table = adjacencyTable(direction, type) else { return [] }
        return table.entries(of: n).map { AdjacencyEntry(relationship: $0.relationship, other: $0.other, type: type) }
    }

    /// How many relationships start or end at `n` (a relationship from `n` to itself counts twice).
    public func degree(_ n: NodeID) -> Int {
        var count = 0
        for table in outgoingByType { count += table.count(of: n) }
        for table in incomingByType { count += table.count(of: n) }
        return count
    }

    /// Calls `body` with each relationship of `n` in `direction` whose type is one of `types` (nil:
    /// any type, by type id), by relationship id within a type, until `body` returns false; returns
    /// false then. Entries whose other node is `skipping` are left out.
    ///
    /// With `inPlace`, `body` reads the entries where they are stored, without copying them first:
    /// only for callers that change no relationship of the graph until this returns (a statement
    /// that only reads). Otherwise each type's entries are copied before `body` sees them.
    public func forEachAdjacent(_ n: NodeID, _ direction: AdjacencyDirection, types: [Int32]?,
                                skipping: NodeID? = nil, inPlace: Bool,
                                _ body: (AdjacencyEntry) throws -> Bool) throws -> Bool {
        let skip = skipping ?? -1
        func walk(_ table: TypeAdjacency, _ type: Int32) throws -> Bool {
            if inPlace {
                return try table.withEntries(of: n) { entries in
                    for e in entries where e.other != skip {
                        if try !body(AdjacencyEntry(relationship: e.relationship, other: e.other, type: type)) { return false }
                    }
                    return true
                }
            }
            for e in table.entries(of: n) where e.other != skip {
                if try !body(AdjacencyEntry(relationship: e.relationship, other: e.other, type: type)) { return false }
            }
            return true
        }
        if let types {
            for t in types {
                guard let table = borrowedAdjacencyTable(direction, t) else { continue }
                if try !table._withUnsafeGuaranteedRef({ try walk($0, t) }) { return false }
            }
        } else {
            let tables = direction == .outgoing ? outgoingByType : incomingByType
            for t in tables.indices {
                if try !walk(tables[t], Int32(t)) { return false }
            }
        }
        return true
    }

    /// Stops keeping the adjacency tables for a bulk change that reads no relationships of a node
    /// until ``resumeAdjacency()``, which builds them again in one pass.
    public func suspendAdjacency() {
        adjacencySuspended = true
        outgoingByType = []
        incomingByType = []
    }

    /// Ends ``suspendAdjacency()``: builds every table from the live relationships.
    public func resumeAdjacency() {
        adjacencySuspended = false
        rebuildAdjacency()
    }

    /// How many times the tables folded their changed lists into new compact arrays (for tests).
    package func adjacencyMergeCount() -> Int {
        (outgoingByType + incomingByType).reduce(0) { $0 + $1.mergeCount }
    }

    /// The labels every node at the other end of `direction` relationships of `types` (nil: any
    /// type) has, as bits for label ids below 64 (see ``labelBits(_:)``), or fewer of them: a node
    /// reached that way needs no check of these labels.
    public func commonNeighbourLabels(_ direction: AdjacencyDirection, types: [Int32]?) -> UInt64 {
        var bits = ~UInt64(0)
        if let types {
            for t in types { bits &= adjacencyTable(direction, t)?.otherLabels ?? ~0 }
        } else {
            for table in direction == .outgoing ? outgoingByType : incomingByType { bits &= table.otherLabels }
        }
        return bits
    }

    /// The bits of `labels` as ``commonNeighbourLabels(_:types:)`` gives them; nil when a label id
    /// is 64 or more (those have no bit).
    public static func labelBits(_ labels: [Int32]) -> UInt64? {
        var bits: UInt64 = 0
        for label in labels {
            guard label >= 0 && label < 64 else { return nil }
            bits |= labelBit(label)
        }
        return bits
    }

    @inline(__always) func adjacencyTable(_ direction: AdjacencyDirection, _ type: Int32) -> TypeAdjacency? {
        let t = Int(type)
        if direction == .outgoing { return t >= 0 && t < outgoingByType.count ? outgoingByType[t] : nil }
        return t >= 0 && t < incomingByType.count ? incomingByType[t] : nil
    }

    /// The table of `type` in `direction`, not retained (for walks, which run while nothing can
    /// replace a table: the caller holds the graph).
    @inline(__always) func borrowedAdjacencyTable(_ direction: AdjacencyDirection, _ type: Int32) -> Unmanaged<TypeAdjacency>? {
        let t = Int(type)
        func borrow(_ tables: UnsafeBufferPointer<TypeAdjacency>) -> Unmanaged<TypeAdjacency>? {
            t >= 0 && t < tables.count ? Unmanaged.passUnretained(tables[t]) : nil
        }
        return direction == .outgoing ? outgoingByType.withUnsafeBufferPointer(borrow) : incomingByType.withUnsafeBufferPointer(borrow)
    }

    /// Makes sure both directions have a table for every type up to `type`.
    func makeAdjacencyTables(through type: Int32) {
        while outgoingByType.count <= Int(type) { outgoingByType.append(TypeAdjacency()) }
        while incomingByType.count <= Int(type) { incomingByType.append(TypeAdjacency()) }
    }

    /// Rebuilds every table in one pass over the live relationships (after a bulk load); the two
    /// directions at once unless `inParallel` is false.
    func rebuildAdjacency(inParallel: Bool = true) {
        let typeCount = types.count
        // The live relationships of each type, in id order.
        var ofType = [[RelationshipID]](repeating: [], count: typeCount)
        for r in 0..<relationshipAlive.count where relationshipAlive[r] {
            ofType[Int(relationshipType[r])].append(r)
        }
        let starts = relationshipStart, ends = relationshipEnd
        guard inParallel else {
            outgoingByType = ofType.map { table($0, from: starts, to: ends) }
            incomingByType = ofType.map { table($0, from: ends, to: starts) }
            return
        }
        // The two directions are built at once, the outgoing tables on a second thread.
        (outgoingByType, incomingByType) = ForkJoin.run({
            ofType.map { table($0, from: starts, to: ends) }
        }, {
            ofType.map { table($0, from: ends, to: starts) }
        })
    }

    private func table(_ rels: [RelationshipID], from: [NodeID], to: [NodeID]) -> TypeAdjacency {
        guard !rels.isEmpty else { return TypeAdjacency() }
        var lowest = Int.max, highest = Int.min
        var common = ~UInt64(0)
        for r in rels {
            lowest = min(lowest, from[r])
            highest = max(highest, from[r])
            common &= nodeLabelBits[to[r]]
        }
        let table = TypeAdjacency(count: rels.count, lowest: lowest, highest: highest) { add in
            for r in rels { add(from[r], r, to[r]) }
        }
        table.otherLabels = common
        return table
    }
}
