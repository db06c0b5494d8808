import TrellisCore

/// The inverse of one change to the graph, recorded while a statement runs so that
/// a failing statement can be rolled back exactly.
public enum UndoRecord: Sendable {
    case createdNode(NodeID)
    case createdRelationship(RelationshipID)
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
