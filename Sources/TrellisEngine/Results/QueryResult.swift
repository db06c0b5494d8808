import TrellisCore

/// The outcome of one statement: named columns, rows of values, and what changed.
///
/// Nodes and relationships in `rows` are identities; `nodes` and `relationships`
/// hold their labels, types and properties as they were when the statement finished.
public struct QueryResult: Sendable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows, each a value per column (read them as ``Row``s by iterating the result).
    public var rows: [[Value]]
    /// What the statement changed.
    public var statistics: UpdateStatistics
    /// The nodes the rows mention, with their labels and properties.
    public var nodes: [NodeID: NodeSnapshot]
    /// The relationships the rows mention, with their types, ends and properties.
    public var relationships: [RelationshipID: RelationshipSnapshot]
    /// For EXPLAIN: the plan, one operator a line.
    public var plan: String?

    public init(columns: [String], rows: [[Value]], statistics: UpdateStatistics = UpdateStatistics(),
                nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:],
                plan: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.statistics = statistics
        self.nodes = nodes
        self.relationships = relationships
        self.plan = plan
    }

    /// The nodes and relationships the rows mention, with their labels, types and properties.
    public var entities: ResultEntities { ResultEntities(nodes: nodes, relationships: relationships) }
}
