import Synchronization
import TrellisCore

/// The in-memory property graph: dense node and relationship ids, interned labels, types and
/// property keys, adjacency per relationship type and direction, label membership lists and
/// property indexes.
///
/// Not thread-safe by itself: ``Database`` guards it with a readers-writer lock.
/// While ``beginStatement(recordingChanges:)`` is active, every change records its inverse so that
/// ``rollbackStatement()`` can restore the graph exactly; when asked, it also records the change
/// itself as a ``ChangeRecord``, so that a journal can replay committed statements with ``apply(_:)``.
///
/// Ids are dense and only grow: a deleted node or relationship keeps its slot (``isNodeAlive(_:)``
/// is false) and its id is never given out again. Only rolling back a creation takes the last id back.
public final class PropertyGraph: @unchecked Sendable {
    public internal(set) var labels = SymbolTable()
    public internal(set) var types = SymbolTable()
    public internal(set) var keys = SymbolTable()

    // The arrays read for every row of a query are exempt from dynamic exclusivity checks, which
    // cost more than the reads themselves: the readers-writer lock of ``Database`` already keeps
    // readers and writers apart, and no accessor of this class overlaps two accesses to one array.

    // Nodes, indexed by NodeID.
    @exclusivity(unchecked) public internal(set) var nodeAlive: [Bool] = []
    @exclusivity(unchecked) public internal(set) var nodeLabels: [[Int32]] = []
    /// The labels with ids below 64 of each node as one bit each, in one flat array: checking a
    /// label then touches one word instead of the node's own label array.
    @exclusivity(unchecked) public internal(set) var nodeLabelBits: [UInt64] = []

    // Relationships, indexed by RelationshipID.
    @exclusivity(unchecked) public internal(set) var relationshipAlive: [Bool] = []
    @exclusivity(unchecked) public internal(set) var relationshipType: [Int32] = []
    @exclusivity(unchecked) public internal(set) var relationshipStart: [NodeID] = []
    @exclusivity(unchecked) public internal(set) var relationshipEnd: [NodeID] = []

    /// The properties: every node property key's values by node id, and every relationship
    /// property key's by relationship id, indexed by key id (see ``PropertyColumn``). They are the
    /// only record of properties; an entity's properties are listed in key id order.
    @exclusivity(unchecked) var nodeColumns: [PropertyColumn?] = []
    @exclusivity(unchecked) var relationshipColumns: [PropertyColumn?] = []

    /// The relationships of each type, indexed by type id, seen from their start nodes and from
    /// their end nodes (read them with ``forEachAdjacent(_:_:types:skipping:inPlace:_:)``).
    @exclusivity(unchecked) var outgoingByType: [TypeAdjacency] = []
    @exclusivity(unchecked) var incomingByType: [TypeAdjacency] = []
    /// While true (a bulk import), changes leave the adjacency tables alone (they are empty).
    var adjacencySuspended = false

    /// Live node ids per label, ascending.
    @exclusivity(unchecked) public internal(set) var labelMembers: [[NodeID]] = []
    public internal(set) var indexes: [IndexKey: PropertyIndex] = [:] {
        didSet {
            indexGeneration &+= 1
            indexedKeys = Set(indexes.keys.map(\.key))
        }
    }
    /// The property keys some index covers: setting any other key needs no index lookup.
    private var indexedKeys: Set<Int32> = []
    /// Moves on whenever an index is created or dropped (a query plan may depend on which exist).
    public private(set) var indexGeneration = 0

    /// How many property columns were loaded still encoded and are not decoded yet (see
    /// ``loadNodeColumn(_:base:decode:)``): while there are any, property reads check their
    /// column first; once there are none, they read straight away.
    let columnsToDecode = Atomic<Int>(0)

    public internal(set) var liveNodeCount = 0
    public internal(set) var liveRelationshipCount = 0
    /// Live relationships per type id (for the planner's estimates).
    public internal(set) var relationshipTypeCounts: [Int] = []
    /// Planner statistics per relationship type, made when first asked for and again once the
    /// type's count has moved by a tenth (see ``statistics(ofType:)``).
    let relationshipStatisticsCache = Mutex<[Int32: RelationshipStatistics]>([:])
    /// Estimated distinct values per (label, key), with the label's size when estimated.
    let distinctValuesCache = Mutex<[IndexKey: (members: Int, distinct: Double)]>([:])

    /// The inverse changes of the current statement (appended to for every change, like the
    /// arrays above exempt from dynamic exclusivity checks).
    @exclusivity(unchecked) private var undoLog: [UndoRecord]? = nil
    /// The forward changes of the current statement, when it records them.
    @exclusivity(unchecked) private var redoLog: [ChangeRecord]? = nil
    /// How many labels, types and keys earlier recorded changes (or a load) already account for:
    /// symbols interned beyond these are defined at the start of the next statement's changes.
    var recordedSymbolCounts = (labels: 0, types: 0, keys: 0)

    /// The rules this graph's data must follow, if any (see ``GraphSchema``).
    public var schema: GraphSchema? = nil

    public init() {}

    // MARK: - Symbols

    public func internLabel(_ name: String) -> Int32 {
        let id = labels.intern(name)
        while labelMembers.count <= Int(id) { labelMembers.append([]) }
        return id
    }
    public func internType(_ name: String) -> Int32 { types.intern(name) }
    public func internKey(_ name: String) -> Int32 { keys.intern(name) }

    // MARK: - Reading

    public var nodeCapacity: Int { nodeAlive.count }
    public var relationshipCapacity: Int { relationshipAlive.count }

    @inline(__always) public func isNodeAlive(_ n: NodeID) -> Bool { n >= 0 && n < nodeAlive.count && nodeAlive[n] }
    @inline(__always) public func isRelationshipAlive(_ r: RelationshipID) -> Bool {
        r >= 0 && r < relationshipAlive.count && relationshipAlive[r]
    }

    // The hot accessors borrow the nested arrays through buffer pointers instead of copying
    // them out (which costs a retain and a release per call).
    @inline(__always) public func nodeHasLabel(_ n: NodeID, _ label: Int32) -> Bool {
        if label < 64 { return nodeLabelBits.withUnsafeBufferPointer { $0[n] & (1 << UInt64(label)) != 0 } }
        return nodeLabels.withUnsafeBufferPointer { $0[n].contains(label) }
    }

    /// The bit of `label` in ``nodeLabelBits`` (0 for labels with ids of 64 and more).
    @inline(__always) static func labelBit(_ label: Int32) -> UInt64 { label < 64 ? 1 << UInt64(label) : 0 }

    // The four readers below read a column without any check on it once every column is
    // decoded (the common case: always, but for a while after a snapshot is loaded).

    @inline(__always) public func nodeProperty(_ n: NodeID, _ key: Int32) -> Value? {
        if _slowPath(someColumnIsEncoded) { return Self.column(nodeColumns, key)?[n] }
        return nodeColumns.withUnsafeBufferPointer { Self.column(key, in: $0)?.decodedValue(n) }
    }

    @inline(__always) public func relationshipProperty(_ r: RelationshipID, _ key: Int32) -> Value? {
        if _slowPath(someColumnIsEncoded) { return Self.column(relationshipColumns, key)?[r] }
        return relationshipColumns.withUnsafeBufferPointer { Self.column(key, in: $0)?.decodedValue(r) }
    }

    /// Whether node `n` has property `key`, without copying its value (for IS NULL tests).
    @inline(__always) public func nodeHasProperty(_ n: NodeID, _ key: Int32) -> Bool {
        if _slowPath(someColumnIsEncoded) { return Self.column(nodeColumns, key)?.has(n) ?? false }
        return nodeColumns.withUnsafeBufferPointer { Self.column(key, in: $0)?.decodedHas(n) ?? false }
    }

    /// Whether relationship `r` has property `key`, without copying its value.
    @inline(__always) public func relationshipHasProperty(_ r: RelationshipID, _ key: Int32) -> Bool {
        if _slowPath(someColumnIsEncoded) { return Self.column(relationshipColumns, key)?.has(r) ?? false }
        return relationshipColumns.withUnsafeBufferPointer { Self.column(key, in: $0)?.decodedHas(r) ?? false }
    }

    /// Whether some property column is still encoded (see ``columnsToDecode``).
    @inline(__always) var someColumnIsEncoded: Bool { columnsToDecode.load(ordering: .acquiring) != 0 }

    /// The column of `key` among `columns`, if any, borrowed where it is.
    @inline(__always) static func column(_ key: Int32, in columns: UnsafeBufferPointer<PropertyColumn?>) -> PropertyColumn? {
        let k = Int(key)
        return k >= 0 && k < columns.count ? columns[k] : nil
    }

    /// The column of `key` in `columns`, if any (read with its checked accessors).
    @inline(never) static func column(_ columns: [PropertyColumn?], _ key: Int32) -> PropertyColumn? {
        let k = Int(key)
        return k >= 0 && k < columns.count ? columns[k] : nil
    }

    public func members(of label: Int32) -> [NodeID] { Int(label) < labelMembers.count ? labelMembers[Int(label)] : [] }

    /// How many live relationships have type `type`.
    public func relationshipCount(type: Int32) -> Int {
        Int(type) < relationshipTypeCounts.count ? relationshipTypeCounts[Int(type)] : 0
    }

    func countRelationship(type: Int32, by delta: Int) {
        while relationshipTypeCounts.count <= Int(type) { relationshipTypeCounts.append(0) }
        relationshipTypeCounts[Int(type)] += delta
    }

    public func labelNames(_ n: NodeID) -> [String] { nodeLabels[n].map { labels.name($0) } }

    /// Calls `body` with each property of node `n`, in key id order.
    public func forEachNodeProperty(_ n: NodeID, _ body: (Int32, Value) throws -> Void) rethrows {
        try Self.forEachProperty(of: n, in: nodeColumns, body)
    }

    /// Calls `body` with each property of relationship `r`, in key id order.
    public func forEachRelationshipProperty(_ r: RelationshipID, _ body: (Int32, Value) throws -> Void) rethrows {
        try Self.forEachProperty(of: r, in: relationshipColumns, body)
    }

    private static func forEachProperty(of id: Int, in columns: [PropertyColumn?],
                                        _ body: (Int32, Value) throws -> Void) rethrows {
        for k in columns.indices {
            if let column = columns[k], let value = column[id] { try body(Int32(k), value) }
        }
    }

    /// The properties of node `n`, in key id order.
    public func nodePropertyList(_ n: NodeID) -> PropertyList {
        var list = PropertyList()
        forEachNodeProperty(n) { list.append($0, $1) }
        return list
    }

    /// The properties of relationship `r`, in key id order.
    public func relationshipPropertyList(_ r: RelationshipID) -> PropertyList {
        var list = PropertyList()
        forEachRelationshipProperty(r) { list.append($0, $1) }
        return list
    }

    /// The properties of node `n` by key name.
    public func nodePropertyMap(_ n: NodeID) -> [String: Value] {
        var map: [String: Value] = [:]
        forEachNodeProperty(n) { map[keys.name($0)] = $1 }
        return map
    }

    /// The properties of relationship `r` by key name.
    public func relationshipPropertyMap(_ r: RelationshipID) -> [String: Value] {
        var map: [String: Value] = [:]
        forEachRelationshipProperty(r) { map[keys.name($0)] = $1 }
        return map
    }

    /// Calls `body` with every node id that has property `key` and its value, ascending (deleted
    /// nodes included: they keep their properties until the snapshot drops them).
    public func forEachNode(havingProperty key: Int32, _ body: (NodeID, Value) throws -> Void) rethrows {
        let k = Int(key)
        guard k >= 0 && k < nodeColumns.count, let column = nodeColumns[k] else { return }
        try column.forEachValue(body)
    }

    /// Calls `body` with every relationship id that has property `key` and its value, ascending.
    public func forEachRelationship(havingProperty key: Int32, _ body: (RelationshipID, Value) throws -> Void) rethrows {
        let k = Int(key)
        guard k >= 0 && k < relationshipColumns.count, let column = relationshipColumns[k] else { return }
        try column.forEachValue(body)
    }

    // MARK: - Statements (undo)

    /// Starts recording inverse changes, and with `recordingChanges` the forward changes too
    /// (read them with ``pendingChanges()`` before committing).
    public func beginStatement(recordingChanges: Bool = false) {
        undoLog = []
        redoLog = recordingChanges ? [] : nil
    }

    /// Stops recording and forgets the inverse changes: the statement's effects stay.
    /// When the statement recorded changes, the symbols ``pendingChanges()`` defined with them count
    /// as recorded from now on (a statement that changed nothing leaves its new symbols to the next).
    public func commitStatement() {
        undoLog = nil
        if let redoLog, !redoLog.isEmpty { markSymbolsRecorded() }
        redoLog = nil
    }

    /// The forward changes of the current statement so far, in order, preceded by the definitions of
    /// every symbol interned since the last recorded commit (a failed statement's symbols stay
    /// interned, so they are defined by the next statement that commits). Empty when the statement
    /// changed nothing or does not record changes.
    public func pendingChanges() -> [ChangeRecord] {
        guard let redoLog, !redoLog.isEmpty else { return [] }
        var changes: [ChangeRecord] = []
        for id in recordedSymbolCounts.labels..<labels.count { changes.append(.defineLabel(Int32(id), labels.names[id])) }
        for id in recordedSymbolCounts.types..<types.count { changes.append(.defineType(Int32(id), types.names[id])) }
        for id in recordedSymbolCounts.keys..<keys.count { changes.append(.defineKey(Int32(id), keys.names[id])) }
        return changes.isEmpty ? redoLog : changes + redoLog
    }

    /// Declares every symbol interned so far as recorded, e.g. after loading a snapshot.
    public func markSymbolsRecorded() {
        recordedSymbolCounts = (labels.count, types.count, keys.count)
    }

    /// The changes recorded so far in the current statement (in order).
    public var pendingUndoCount: Int { undoLog?.count ?? 0 }

    /// What the current statement changed so far, as the records that would undo it, in order.
    public var statementChanges: [UndoRecord] { undoLog ?? [] }

    /// Undoes every change since ``beginStatement()``.
    public func rollbackStatement() {
        redoLog = nil
        guard let log = undoLog else { return }
        undoLog = nil
        for record in log.reversed() { undo(record) }
    }

    @inline(__always) private func record(_ r: UndoRecord) {
        if undoLog != nil { undoLog!.append(r) }
    }

    /// Records the creation of node `n`, extending the last record when it holds the node before.
    @inline(__always) private func recordCreated(node n: NodeID) {
        guard undoLog != nil else { return }
        if case .createdNodes(let nodes)? = undoLog!.last, nodes.upperBound == n {
            undoLog![undoLog!.count - 1] = .createdNodes(nodes.lowerBound..<n + 1)
        } else {
            undoLog!.append(.createdNodes(n..<n + 1))
        }
    }

    /// Records the creation of relationship `rel`, extending the last record when it holds the one before.
    @inline(__always) private func recordCreated(relationship rel: RelationshipID) {
        guard undoLog != nil else { return }
        if case .createdRelationships(let relationships)? = undoLog!.last, relationships.upperBound == rel {
            undoLog![undoLog!.count - 1] = .createdRelationships(relationships.lowerBound..<rel + 1)
        } else {
            undoLog!.append(.createdRelationships(rel..<rel + 1))
        }
    }

    @inline(__always) private func recordChange(_ change: @autoclosure () -> ChangeRecord) {
        if redoLog != nil { redoLog!.append(change()) }
    }

    private func undo(_ r: UndoRecord) {
        switch r {
        case .createdNodes(let nodes):
            // Created nodes are undone in reverse order, so each is the last id.
            for n in nodes.reversed() {
                precondition(n == nodeAlive.count - 1)
                if nodeAlive[n] { unlinkNodeFromIndexes(n) ; liveNodeCount -= 1 }
                nodeAlive.removeLast(); nodeLabels.removeLast(); nodeLabelBits.removeLast()
            }
            truncateColumns(nodesFrom: nodes.lowerBound)
        case .createdRelationships(let relationships):
            for rel in relationships.reversed() {
                precondition(rel == relationshipAlive.count - 1)
                if relationshipAlive[rel] { unlinkRelationship(rel); liveRelationshipCount -= 1 }
                relationshipAlive.removeLast(); relationshipType.removeLast(); relationshipStart.removeLast()
                relationshipEnd.removeLast()
            }
            truncateColumns(relationshipsFrom: relationships.lowerBound)
        case .deletedNode(let n):
            nodeAlive[n] = true
            liveNodeCount += 1
            linkNodeToIndexes(n)
        case .deletedRelationship(let rel):
            relationshipAlive[rel] = true
            liveRelationshipCount += 1
            linkRelationship(rel)
        case let .setNodeProperty(n, key, old):
            updateIndexes(node: n, key: key, old: nodeProperty(n, key), new: old)
            nodeColumn(key).set(n, old)
        case let .setRelationshipProperty(rel, key, old):
            relationshipColumn(key).set(rel, old)
        case let .addedLabel(n, label):
            removeLabelRaw(n, label)
        case let .removedLabel(n, label, position):
            addLabelRaw(n, label, at: position)
        case .createdIndex(let key):
            indexes[key] = nil
        case .droppedIndex(let key):
            buildIndex(key)
        }
    }

    // MARK: - Writing

    /// Creates a node and returns its id.
    @discardableResult
    public func createNode(labels labelIDs: [Int32] = [], properties: PropertyList = PropertyList()) -> NodeID {
        let n = nodeAlive.count
        nodeAlive.append(true)
        // A single label is taken as it is: the node shares the caller's array instead of building its own.
        let single = labelIDs.count == 1
        nodeLabels.append(single ? labelIDs : [])
        nodeLabelBits.append(0)
        for e in properties.entries { nodeColumn(e.key).set(n, e.value) }
        liveNodeCount += 1
        recordCreated(node: n)
        if single {
            linkLabel(n, labelIDs[0])
        } else {
            for l in labelIDs where !nodeLabels[n].contains(l) { addLabelRaw(n, l) }
        }
        recordChange(.createNode(n, labels: nodeLabels[n], properties: properties))
        return n
    }

    /// Creates a relationship between two live nodes and returns its id.
    @discardableResult
    public func createRelationship(type: Int32, from start: NodeID, to end: NodeID,
                                   properties: PropertyList = PropertyList()) -> RelationshipID {
        let rel = relationshipAlive.count
        relationshipAlive.append(true)
        relationshipType.append(type)
        relationshipStart.append(start)
        relationshipEnd.append(end)
        for e in properties.entries { relationshipColumn(e.key).set(rel, e.value) }
        liveRelationshipCount += 1
        linkRelationship(rel)
        recordCreated(relationship: rel)
        recordChange(.createRelationship(rel, type: type, start: start, end: end, properties: properties))
        return rel
    }

    /// Marks a node deleted. Its relationships must already be deleted (the caller checks).
    public func deleteNode(_ n: NodeID) {
        guard nodeAlive[n] else { return }
        nodeAlive[n] = false
        liveNodeCount -= 1
        unlinkNodeFromIndexes(n)
        record(.deletedNode(n))
        recordChange(.deleteNode(n))
    }

    public func deleteRelationship(_ rel: RelationshipID) {
        guard relationshipAlive[rel] else { return }
        relationshipAlive[rel] = false
        liveRelationshipCount -= 1
        unlinkRelationship(rel)
        record(.deletedRelationship(rel))
        recordChange(.deleteRelationship(rel))
    }

    /// Sets (or with null, removes) a node property. Returns true when the stored value changed.
    @discardableResult
    public func setNodeProperty(_ n: NodeID, _ key: Int32, _ value: Value) -> Bool {
        let old = nodeProperty(n, key)
        if old == nil && value.isNull { return false }
        updateIndexes(node: n, key: key, old: old, new: value.isNull ? nil : value)
        nodeColumn(key).set(n, value)
        record(.setNodeProperty(n, key: key, old: old))
        recordChange(.setNodeProperty(n, key: key, value: value))
        return true
    }

    @discardableResult
    public func setRelationshipProperty(_ rel: RelationshipID, _ key: Int32, _ value: Value) -> Bool {
        let old = relationshipProperty(rel, key)
        if old == nil && value.isNull { return false }
        relationshipColumn(key).set(rel, value)
        record(.setRelationshipProperty(rel, key: key, old: old))
        recordChange(.setRelationshipProperty(rel, key: key, value: value))
        return true
    }

    /// Adds a label; returns false if the node already had it.
    @discardableResult
    public func addLabel(_ n: NodeID, _ label: Int32) -> Bool {
        guard !nodeLabels[n].contains(label) else { return false }
        addLabelRaw(n, label)
        record(.addedLabel(n, label))
        recordChange(.addLabel(n, label))
        return true
    }

    @discardableResult
    public func removeLabel(_ n: NodeID, _ label: Int32) -> Bool {
        guard let position = nodeLabels[n].firstIndex(of: label) else { return false }
        removeLabelRaw(n, label)
        record(.removedLabel(n, label, position: position))
        recordChange(.removeLabel(n, label))
        return true
    }

    // MARK: - Indexes

    /// Creates a property index and fills it; returns false if it already existed.
    @discardableResult
    public func createIndex(_ key: IndexKey) -> Bool {
        guard indexes[key] == nil else { return false }
        buildIndex(key)
        record(.createdIndex(key))
        recordChange(.createIndex(key))
        return true
    }

    @discardableResult
    public func dropIndex(_ key: IndexKey) -> Bool {
        guard indexes[key] != nil else { return false }
        indexes[key] = nil
        record(.droppedIndex(key))
        recordChange(.dropIndex(key))
        return true
    }

    func buildIndex(_ key: IndexKey) {
        let index = PropertyIndex()
        for n in members(of: key.label) {
            if let v = nodeProperty(n, key.key) { index.add(v, n) }
        }
        indexes[key] = index
    }

    /// The entries of an index of `key` over the graph as it is; reads only.
    func indexEntries(_ key: IndexKey) -> [Value: [NodeID]] {
        let index = PropertyIndex()
        for n in members(of: key.label) {
            if let v = nodeProperty(n, key.key) { index.add(v, n) }
        }
        return index.entries
    }

    public func index(label: Int32, key: Int32) -> PropertyIndex? { indexes[IndexKey(label: label, key: key)] }

    // MARK: - Internals

    private func addLabelRaw(_ n: NodeID, _ label: Int32, at position: Int? = nil) {
        nodeLabels[n].insert(label, at: min(position ?? nodeLabels[n].count, nodeLabels[n].count))
        linkLabel(n, label)
    }

    /// Records a label already in the node's label list in the label bits, membership lists and indexes.
    private func linkLabel(_ n: NodeID, _ label: Int32) {
        nodeLabelBits[n] |= Self.labelBit(label)
        guard nodeAlive[n] else { return }
        insertMember(n, label)
        guard !indexes.isEmpty else { return }
        for (key, _) in indexes where key.label == label {
            if let v = nodeProperty(n, key.key) { indexes[key]?.add(v, n) }
        }
    }

    private func removeLabelRaw(_ n: NodeID, _ label: Int32) {
        if let i = nodeLabels[n].firstIndex(of: label) { nodeLabels[n].remove(at: i) }
        nodeLabelBits[n] &= ~Self.labelBit(label)
        for table in outgoingByType { table.otherLabels &= ~Self.labelBit(label) }
        for table in incomingByType { table.otherLabels &= ~Self.labelBit(label) }
        guard nodeAlive[n] else { return }
        removeMember(n, label)
        for (key, _) in indexes where key.label == label {
            if let v = nodeProperty(n, key.key) { indexes[key]?.remove(v, n) }
        }
    }

    private func insertMember(_ n: NodeID, _ label: Int32) {
        let l = Int(label)
        while labelMembers.count <= l { labelMembers.append([]) }
        if labelMembers[l].last.map({ $0 < n }) ?? true {
            labelMembers[l].append(n)
        } else {
            let i = lowerBound(labelMembers[l], n)
            if i == labelMembers[l].count || labelMembers[l][i] != n { labelMembers[l].insert(n, at: i) }
        }
    }

    private func removeMember(_ n: NodeID, _ label: Int32) {
        let l = Int(label)
        guard l < labelMembers.count else { return }
        let i = lowerBound(labelMembers[l], n)
        if i < labelMembers[l].count && labelMembers[l][i] == n { labelMembers[l].remove(at: i) }
    }

    private func lowerBound(_ a: [NodeID], _ x: NodeID) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func linkNodeToIndexes(_ n: NodeID) {
        for l in nodeLabels[n] {
            insertMember(n, l)
            for (key, _) in indexes where key.label == l {
                if let v = nodeProperty(n, key.key) { indexes[key]?.add(v, n) }
            }
        }
    }

    private func unlinkNodeFromIndexes(_ n: NodeID) {
        for l in nodeLabels[n] {
            removeMember(n, l)
            for (key, _) in indexes where key.label == l {
                if let v = nodeProperty(n, key.key) { indexes[key]?.remove(v, n) }
            }
        }
    }

    private func updateIndexes(node n: NodeID, key: Int32, old: Value?, new: Value?) {
        guard !indexes.isEmpty, indexedKeys.contains(key), nodeAlive[n] else { return }
        for l in nodeLabels[n] {
            let ik = IndexKey(label: l, key: key)
            guard indexes[ik] != nil else { continue }
            if let old { indexes[ik]?.remove(old, n) }
            if let new { indexes[ik]?.add(new, n) }
        }
    }

    private func linkRelationship(_ rel: RelationshipID) {
        let s = relationshipStart[rel], e = relationshipEnd[rel], t = relationshipType[rel]
        countRelationship(type: t, by: 1)
        guard !adjacencySuspended else { return }
        makeAdjacencyTables(through: t)
        outgoingByType[Int(t)].insert(s, .init(relationship: rel, other: e))
        outgoingByType[Int(t)].otherLabels &= nodeLabelBits[e]
        incomingByType[Int(t)].insert(e, .init(relationship: rel, other: s))
        incomingByType[Int(t)].otherLabels &= nodeLabelBits[s]
    }

    private func unlinkRelationship(_ rel: RelationshipID) {
        let s = relationshipStart[rel], e = relationshipEnd[rel], t = relationshipType[rel]
        countRelationship(type: t, by: -1)
        guard !adjacencySuspended else { return }
        outgoingByType[Int(t)].remove(s, relationship: rel)
        incomingByType[Int(t)].remove(e, relationship: rel)
    }
}
