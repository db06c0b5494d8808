import TrellisCore

/// A recorded change that does not fit the graph it is applied to: it names an id that is not
/// the next free one, an entity that does not exist, or a symbol that is not defined.
public struct ChangeConflict: Error, Sendable, Hashable, CustomStringConvertible {
    /// What does not fit, e.g. "node 12 is created but the next node id is 11".
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension PropertyGraph {
    /// Applies one recorded change, as the statement that recorded it did, after checking that it
    /// fits this graph. A graph that is in the state a statement started from, given that
    /// statement's ``pendingChanges()`` in order, ends in exactly the state the statement left.
    ///
    /// Outside a statement nothing is recorded for undo; inside one, the change is recorded like
    /// any other.
    /// - Throws: ``ChangeConflict`` when the change does not fit; the graph is then unchanged.
    public func apply(_ change: ChangeRecord) throws(ChangeConflict) {
        switch change {
        case let .defineLabel(id, name):
            try checkDefinition("label", id: id, name: name, existing: labels.lookup(name), count: labels.count)
            _ = internLabel(name)
            recordedSymbolCounts.labels = max(recordedSymbolCounts.labels, labels.count)
        case let .defineType(id, name):
            try checkDefinition("relationship type", id: id, name: name, existing: types.lookup(name), count: types.count)
            _ = internType(name)
            recordedSymbolCounts.types = max(recordedSymbolCounts.types, types.count)
        case let .defineKey(id, name):
            try checkDefinition("property key", id: id, name: name, existing: keys.lookup(name), count: keys.count)
            _ = internKey(name)
            recordedSymbolCounts.keys = max(recordedSymbolCounts.keys, keys.count)
        case let .createNode(id, labelIDs, properties):
            guard id == nodeCapacity else {
                throw ChangeConflict("node \(id) is created but the next node id is \(nodeCapacity)")
            }
            for label in labelIDs { try checkLabel(label) }
            guard Set(labelIDs).count == labelIDs.count else { throw ChangeConflict("node \(id) is created with a label twice") }
            try checkProperties(properties, of: "node \(id)")
            createNode(labels: labelIDs, properties: properties)
        case let .createRelationship(id, type, start, end, properties):
            guard id == relationshipCapacity else {
                throw ChangeConflict("relationship \(id) is created but the next relationship id is \(relationshipCapacity)")
            }
            guard type >= 0, Int(type) < types.count else { throw ChangeConflict("relationship type \(type) is not defined") }
            try checkNode(start)
            try checkNode(end)
            try checkProperties(properties, of: "relationship \(id)")
            createRelationship(type: type, from: start, to: end, properties: properties)
        case .deleteNode(let n):
            try checkNode(n)
            guard degree(n) == 0 else { throw ChangeConflict("node \(n) is deleted but still has relationships") }
            deleteNode(n)
        case .deleteRelationship(let r):
            try checkRelationship(r)
            deleteRelationship(r)
        case let .setNodeProperty(n, key, value):
            try checkNode(n)
            try checkKey(key)
            guard value.isStorable else { throw ChangeConflict("node \(n) is given a \(value.typeName) property") }
            setNodeProperty(n, key, value)
        case let .setRelationshipProperty(r, key, value):
            try checkRelationship(r)
            try checkKey(key)
            guard value.isStorable else { throw ChangeConflict("relationship \(r) is given a \(value.typeName) property") }
            setRelationshipProperty(r, key, value)
        case let .addLabel(n, label):
            try checkNode(n)
            try checkLabel(label)
            addLabel(n, label)
        case let .removeLabel(n, label):
            try checkNode(n)
            try checkLabel(label)
            removeLabel(n, label)
        case .createIndex(let key):
            try checkLabel(key.label)
            try checkKey(key.key)
            createIndex(key)
        case .dropIndex(let key):
            try checkLabel(key.label)
            try checkKey(key.key)
            dropIndex(key)
        }
    }

    private func checkDefinition(_ kind: String, id: Int32, name: String, existing: Int32?, count: Int) throws(ChangeConflict) {
        if let existing {
            guard existing == id else {
                throw ChangeConflict("\(kind) '\(name)' is defined as \(id) but is already \(existing)")
            }
            return
        }
        guard Int(id) == count else {
            throw ChangeConflict("\(kind) '\(name)' is defined as \(id) but the next \(kind) id is \(count)")
        }
    }

    private func checkNode(_ n: NodeID) throws(ChangeConflict) {
        guard isNodeAlive(n) else { throw ChangeConflict("node \(n) does not exist") }
    }

    private func checkRelationship(_ r: RelationshipID) throws(ChangeConflict) {
        guard isRelationshipAlive(r) else { throw ChangeConflict("relationship \(r) does not exist") }
    }

    private func checkLabel(_ label: Int32) throws(ChangeConflict) {
        guard label >= 0, Int(label) < labels.count else { throw ChangeConflict("label \(label) is not defined") }
    }

    private func checkKey(_ key: Int32) throws(ChangeConflict) {
        guard key >= 0, Int(key) < keys.count else { throw ChangeConflict("property key \(key) is not defined") }
    }

    private func checkProperties(_ properties: PropertyList, of owner: String) throws(ChangeConflict) {
        var seen = Set<Int32>()
        var failure: ChangeConflict?
        properties.forEach { key, value in
            guard failure == nil else { return }
            if key < 0 || Int(key) >= keys.count {
                failure = ChangeConflict("property key \(key) of \(owner) is not defined")
            } else if !seen.insert(key).inserted {
                failure = ChangeConflict("\(owner) has property key \(key) twice")
            } else if value.isNull || !value.isStorable {
                failure = ChangeConflict("\(owner) has a \(value.typeName) property")
            }
        }
        if let failure { throw failure }
    }
}
