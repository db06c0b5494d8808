import TrellisCore

/// The inverse of one change to the graph, recorded while a statement runs so that
/// a failing statement can be rolled back exactly.
public enum UndoRecord: Sendable {
    /// Nodes created one after the other: consecutive creations share one record, so that a bulk
    /// load does not keep a record per node.
    case createdNodes(Range<NodeID>)
    /// Relationships created one after the other, sharing one record like ``createdNodes(_:)``.
    case createdRelationships(Range<RelationshipID>)
    case deletedNode(NodeID)
    case deletedRelationship(RelationshipID)
    /// `position` is where the key stood before the change, so undo restores the order too.
    case setNodeProperty(NodeID, key: Int32, old: Value?, position: Int?)
    case setRelationshipProperty(RelationshipID, key: Int32, old: Value?, position: Int?)
    case addedLabel(NodeID, Int32)
    case removedLabel(NodeID, Int32, position: Int)
    case createdIndex(IndexKey)
    case droppedIndex(IndexKey)
}
