import TrellisCore

/// One forward (redo) change to a graph, as recorded while a write statement runs.
///
/// A committed statement's changes, applied in order with ``PropertyGraph/apply(_:)`` to a graph
/// in the state the statement started from, reproduce exactly the graph the statement left:
/// the same node and relationship ids, the same symbol ids and the same order of labels and
/// properties. Nothing is re-evaluated, so replay is deterministic even for statements that
/// called `rand()` or `datetime()`.
public enum ChangeRecord: Sendable, Hashable {
    /// A label name was interned with the given id (always the next free one).
    case defineLabel(Int32, String)
    /// A relationship type name was interned with the given id (always the next free one).
    case defineType(Int32, String)
    /// A property key name was interned with the given id (always the next free one).
    case defineKey(Int32, String)
    /// A node was created with the given id (always the next free one), labels and properties.
    case createNode(NodeID, labels: [Int32], properties: PropertyList)
    /// A relationship was created with the given id (always the next free one).
    case createRelationship(RelationshipID, type: Int32, start: NodeID, end: NodeID, properties: PropertyList)
    /// A node without live relationships was deleted; its id is never reused.
    case deleteNode(NodeID)
    /// A relationship was deleted; its id is never reused.
    case deleteRelationship(RelationshipID)
    /// A node property was set; `.null` removes it.
    case setNodeProperty(NodeID, key: Int32, value: Value)
    /// A relationship property was set; `.null` removes it.
    case setRelationshipProperty(RelationshipID, key: Int32, value: Value)
    /// A label was added to a node (at the end of its labels).
    case addLabel(NodeID, Int32)
    /// A label was removed from a node.
    case removeLabel(NodeID, Int32)
    /// A property index was created.
    case createIndex(IndexKey)
    /// A property index was dropped.
    case dropIndex(IndexKey)
}
