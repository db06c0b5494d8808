import TrellisCore
import TrellisGraph

/// The operation code that starts every encoded ``ChangeRecord`` in a journal record. The numbers
/// are part of the journal format: never renumber them, only add new ones.
enum ChangeOperation: UInt8 {
    case defineLabel = 1
    case defineType = 2
    case defineKey = 3
    case createNode = 4
    case createRelationship = 5
    case deleteNode = 6
    case deleteRelationship = 7
    case setNodeProperty = 8
    case setRelationshipProperty = 9
    case addLabel = 10
    case removeLabel = 11
    case createIndex = 12
    case dropIndex = 13
}

extension BinaryEncoder {
    /// The changes of one committed statement: their count, then each change.
    mutating func writeChanges(_ changes: [ChangeRecord]) {
        writeCount(changes.count)
        for change in changes { writeChange(change) }
    }

    mutating func writeChange(_ change: ChangeRecord) {
        func op(_ operation: ChangeOperation) { writeUInt8(operation.rawValue) }
        switch change {
        case let .defineLabel(id, name):
            op(.defineLabel); writeCount(Int(id)); writeString(name)
        case let .defineType(id, name):
            op(.defineType); writeCount(Int(id)); writeString(name)
        case let .defineKey(id, name):
            op(.defineKey); writeCount(Int(id)); writeString(name)
        case let .createNode(id, labels, properties):
            op(.createNode)
            writeCount(id)
            writeCount(labels.count)
            for label in labels { writeCount(Int(label)) }
            writeProperties(properties)
        case let .createRelationship(id, type, start, end, properties):
            op(.createRelationship)
            writeCount(id); writeCount(Int(type)); writeCount(start); writeCount(end)
            writeProperties(properties)
        case .deleteNode(let n):
            op(.deleteNode); writeCount(n)
        case .deleteRelationship(let r):
            op(.deleteRelationship); writeCount(r)
        case let .setNodeProperty(n, key, value):
            op(.setNodeProperty); writeCount(n); writeCount(Int(key)); writeValue(value)
        case let .setRelationshipProperty(r, key, value):
            op(.setRelationshipProperty); writeCount(r); writeCount(Int(key)); writeValue(value)
        case let .addLabel(n, label):
            op(.addLabel); writeCount(n); writeCount(Int(label))
        case let .removeLabel(n, label):
            op(.removeLabel); writeCount(n); writeCount(Int(label))
        case .createIndex(let key):
            op(.createIndex); writeCount(Int(key.label)); writeCount(Int(key.key))
        case .dropIndex(let key):
            op(.dropIndex); writeCount(Int(key.label)); writeCount(Int(key.key))
        }
    }
}

extension BinaryDecoder {
    /// The changes written by ``BinaryEncoder/writeChanges(_:)``. Ids are only checked to be
    /// plausible here; ``PropertyGraph/apply(_:)`` checks that they fit the graph.
    func readChanges() throws -> [ChangeRecord] {
        let count = try readCount(minimumSize: 2, "changes")
        var changes: [ChangeRecord] = []
        changes.reserveCapacity(count)
        for _ in 0..<count { changes.append(try readChange()) }
        return changes
    }

    func readChange() throws -> ChangeRecord {
        let raw = try readUInt8()
        guard let operation = ChangeOperation(rawValue: raw) else { throw DecodingFailure("holds an unknown change \(raw)") }
        let symbolLimit = Int(Int32.max)
        switch operation {
        case .defineLabel:
            return .defineLabel(Int32(try readIndex(below: symbolLimit, "label")), try readString())
        case .defineType:
            return .defineType(Int32(try readIndex(below: symbolLimit, "relationship type")), try readString())
        case .defineKey:
            return .defineKey(Int32(try readIndex(below: symbolLimit, "property key")), try readString())
        case .createNode:
            let id = try readIndex(below: Int.max, "node")
            let labelCount = try readCount("labels")
            var labels: [Int32] = []
            labels.reserveCapacity(labelCount)
            for _ in 0..<labelCount { labels.append(Int32(try readIndex(below: symbolLimit, "label"))) }
            return .createNode(id, labels: labels, properties: try readProperties(keyCount: symbolLimit))
        case .createRelationship:
            let id = try readIndex(below: Int.max, "relationship")
            let type = Int32(try readIndex(below: symbolLimit, "relationship type"))
            let start = try readIndex(below: Int.max, "node")
            let end = try readIndex(below: Int.max, "node")
            return .createRelationship(id, type: type, start: start, end: end, properties: try readProperties(keyCount: symbolLimit))
        case .deleteNode:
            return .deleteNode(try readIndex(below: Int.max, "node"))
        case .deleteRelationship:
            return .deleteRelationship(try readIndex(below: Int.max, "relationship"))
        case .setNodeProperty:
            let n = try readIndex(below: Int.max, "node")
            let key = Int32(try readIndex(below: symbolLimit, "property key"))
            return .setNodeProperty(n, key: key, value: try readValue())
        case .setRelationshipProperty:
            let r = try readIndex(below: Int.max, "relationship")
            let key = Int32(try readIndex(below: symbolLimit, "property key"))
            return .setRelationshipProperty(r, key: key, value: try readValue())
        case .addLabel:
            let n = try readIndex(below: Int.max, "node")
            return .addLabel(n, Int32(try readIndex(below: symbolLimit, "label")))
        case .removeLabel:
            let n = try readIndex(below: Int.max, "node")
            return .removeLabel(n, Int32(try readIndex(below: symbolLimit, "label")))
        case .createIndex:
            let label = Int32(try readIndex(below: symbolLimit, "label"))
            return .createIndex(IndexKey(label: label, key: Int32(try readIndex(below: symbolLimit, "property key"))))
        case .dropIndex:
            let label = Int32(try readIndex(below: symbolLimit, "label"))
            return .dropIndex(IndexKey(label: label, key: Int32(try readIndex(below: symbolLimit, "property key"))))
        }
    }
}
