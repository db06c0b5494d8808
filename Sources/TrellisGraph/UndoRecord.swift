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
    case setNodeProperty(NodeID, key: Int32, old: Value?)
    case setRelationshipProperty(RelationshipID, key: Int32, old: Value?)
    case addedLabel(NodeID, Int32)
    case removedLabel(NodeID, Int32, position: Int)
    case createdIndex(IndexKey)
    case droppedIndex(IndexKey)
}
