import TrellisCore

/// The inverse of one change to the graph, recorded while a statement runs so that
/// a failing statement can be rolled back exactly.
public enum UndoRecord: Sendable {
    case createdNode(NodeID)
    case createdRelationship(RelationshipID)
    case deletedNode(NodeID)
    case deletedRelationship(RelationshipID)
    case setNodeProperty(NodeID, key: Int32, old: Value?)
    case setRelationshipProperty(RelationshipID, key: Int32, old: Value?)
    case addedLabel(NodeID, Int32)
    case removedLabel(NodeID, Int32)
    case createdIndex(IndexKey)
    case droppedIndex(IndexKey)
}
