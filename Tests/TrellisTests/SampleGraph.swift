import Trellis

/// A small hand-built partnership graph for formatter tests.
enum SampleGraph {
    static let oak = NodeSnapshot(id: 1, labels: ["School"], properties: ["name": "Oak Academy", "urn": 100])
    static let trust = NodeSnapshot(id: 2, labels: ["Partnership"], properties: ["name": "North Trust"])
    static let elm = NodeSnapshot(id: 3, labels: ["School", "Primary"], properties: [:])
    static let memberOf = RelationshipSnapshot(id: 10, type: "MEMBER_OF", start: 1, end: 2, properties: ["role": "lead"])
    static let supports = RelationshipSnapshot(id: 11, type: "SUPPORTS", start: 3, end: 2, properties: [:])

    static let nodes: [NodeID: NodeSnapshot] = [1: oak, 2: trust, 3: elm]
    static let relationships: [RelationshipID: RelationshipSnapshot] = [10: memberOf, 11: supports]

    static let renderer = ValueRenderer(nodes: nodes, relationships: relationships)

    /// A result over the sample graph.
    static func result(columns: [String], rows: [[Value]], statistics: UpdateStatistics = UpdateStatistics(),
                       plan: String? = nil) -> QueryResult {
        QueryResult(columns: columns, rows: rows, statistics: statistics, nodes: nodes,
                    relationships: relationships, plan: plan)
    }
}
