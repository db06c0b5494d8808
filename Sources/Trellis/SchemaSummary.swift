import TrellisGraph

/// What a graph holds, in outline: its labels, relationship types, property keys and indexes,
/// each with how often it is used. Computed by ``Database/schemaSummary()``.
public struct SchemaSummary: Sendable, Hashable {
    /// A property key as used on the nodes of one label or the relationships of one type.
    public struct PropertyUse: Sendable, Hashable {
        /// The property key.
        public var key: String
        /// How many of the nodes or relationships have it.
        public var count: Int

        /// A property key used `count` times.
        public init(key: String, count: Int) {
            self.key = key
            self.count = count
        }
    }

    /// A node label.
    public struct Label: Sendable, Hashable {
        /// The label's name.
        public var name: String
        /// How many nodes carry it.
        public var nodeCount: Int
        /// The property keys of those nodes, by name.
        public var properties: [PropertyUse]

        /// A label summary.
        public init(name: String, nodeCount: Int, properties: [PropertyUse]) {
            self.name = name
            self.nodeCount = nodeCount
            self.properties = properties
        }
    }

    /// The labels at both ends of some relationships of one type, e.g. `(:School)-[:MEMBER_OF]->(:Partnership)`.
    public struct Endpoints: Sendable, Hashable {
        /// The labels of the start nodes, sorted; empty for unlabelled nodes.
        public var startLabels: [String]
        /// The labels of the end nodes, sorted; empty for unlabelled nodes.
        public var endLabels: [String]
        /// How many relationships connect nodes labelled so.
        public var count: Int

        /// Endpoints used by `count` relationships.
        public init(startLabels: [String], endLabels: [String], count: Int) {
            self.startLabels = startLabels
            self.endLabels = endLabels
            self.count = count
        }
    }

    /// A relationship type.
    public struct RelationshipType: Sendable, Hashable {
        /// The type's name.
        public var name: String
        /// How many relationships have it.
        public var relationshipCount: Int
        /// The labels the relationships connect, most frequent first.
        public var endpoints: [Endpoints]
        /// The property keys of those relationships, by name.
        public var properties: [PropertyUse]

        /// A relationship type summary.
        public init(name: String, relationshipCount: Int, endpoints: [Endpoints], properties: [PropertyUse]) {
            self.name = name
            self.relationshipCount = relationshipCount
            self.endpoints = endpoints
            self.properties = properties
        }
    }

    /// A property key across the whole graph.
    public struct PropertyKey: Sendable, Hashable {
        /// The key.
        public var name: String
        /// How many nodes have it.
        public var nodeCount: Int
        /// How many relationships have it.
        public var relationshipCount: Int

        /// A property key summary.
        public init(name: String, nodeCount: Int, relationshipCount: Int) {
            self.name = name
            self.nodeCount = nodeCount
            self.relationshipCount = relationshipCount
        }
    }

    /// A property index, `CREATE INDEX FOR (s:School) ON (s.urn)`.
    public struct Index: Sendable, Hashable {
        /// The indexed label.
        public var label: String
        /// The indexed property key.
        public var key: String
        /// How many nodes the index holds.
        public var entryCount: Int

        /// An index summary.
        public init(label: String, key: String, entryCount: Int) {
            self.label = label
            self.key = key
            self.entryCount = entryCount
        }
    }

    /// The number of nodes.
    public var nodeCount: Int
    /// The number of relationships.
    public var relationshipCount: Int
    /// Labels in use, by name.
    public var labels: [Label]
    /// Relationship types in use, by name.
    public var relationshipTypes: [RelationshipType]
    /// Property keys in use, by name.
    public var propertyKeys: [PropertyKey]
    /// Property indexes, by label and key.
    public var indexes: [Index]

    /// A schema summary.
    public init(nodeCount: Int, relationshipCount: Int, labels: [Label], relationshipTypes: [RelationshipType],
                propertyKeys: [PropertyKey], indexes: [Index]) {
        self.nodeCount = nodeCount
        self.relationshipCount = relationshipCount
        self.labels = labels
        self.relationshipTypes = relationshipTypes
        self.propertyKeys = propertyKeys
        self.indexes = indexes
    }
}

extension Database {
    /// Outlines what the graph holds: labels, relationship types and property keys in use with
    /// their counts, and the property indexes. Names that were used once but no longer are left out.
    ///
    /// Reads every node and relationship once.
    public func schemaSummary() -> SchemaSummary {
        lock.withReadLock { SchemaCensus(graph: engine.graph).summary() }
    }
}

/// Counts what a graph uses, in one pass over its nodes and relationships.
private struct SchemaCensus {
    let graph: PropertyGraph

    func summary() -> SchemaSummary {
        var labelNodes: [Int32: Int] = [:]
        var labelKeys: [Int32: [Int32: Int]] = [:]
        var nodeKeys: [Int32: Int] = [:]
        for node in 0..<graph.nodeCapacity where graph.isNodeAlive(node) {
            for label in graph.nodeLabels[node] { labelNodes[label, default: 0] += 1 }
        }
        for key in 0..<Int32(graph.keys.count) {
            graph.forEachNode(havingProperty: key) { node, _ in
                guard graph.isNodeAlive(node) else { return }
                for label in graph.nodeLabels[node] { labelKeys[label, default: [:]][key, default: 0] += 1 }
                nodeKeys[key, default: 0] += 1
            }
        }

        var typeCounts: [Int32: Int] = [:]
        var typeKeys: [Int32: [Int32: Int]] = [:]
        var typeEndpoints: [Int32: [EndpointLabels: Int]] = [:]
        var relationshipKeys: [Int32: Int] = [:]
        for relationship in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(relationship) {
            let type = graph.relationshipType[relationship]
            typeCounts[type, default: 0] += 1
            let ends = EndpointLabels(start: sortedLabels(of: graph.relationshipStart[relationship]),
                                      end: sortedLabels(of: graph.relationshipEnd[relationship]))
            typeEndpoints[type, default: [:]][ends, default: 0] += 1
            graph.forEachRelationshipProperty(relationship) { key, _ in
                typeKeys[type, default: [:]][key, default: 0] += 1
                relationshipKeys[key, default: 0] += 1
            }
        }

        let labels = labelNodes.map { label, count in
            SchemaSummary.Label(name: graph.labels.name(label), nodeCount: count,
                                properties: uses(labelKeys[label] ?? [:]))
        }.sorted { $0.name < $1.name }
        let types = typeCounts.map { type, count in
            let endpoints = (typeEndpoints[type] ?? [:]).map { ends, count in
                SchemaSummary.Endpoints(startLabels: ends.start, endLabels: ends.end, count: count)
            }.sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                return (a.startLabels.joined(separator: ":"), a.endLabels.joined(separator: ":"))
                    < (b.startLabels.joined(separator: ":"), b.endLabels.joined(separator: ":"))
            }
            return SchemaSummary.RelationshipType(name: graph.types.name(type), relationshipCount: count,
                                                  endpoints: endpoints, properties: uses(typeKeys[type] ?? [:]))
        }.sorted { $0.name < $1.name }
        let keys = Set(nodeKeys.keys).union(relationshipKeys.keys).map { key in
            SchemaSummary.PropertyKey(name: graph.keys.name(key), nodeCount: nodeKeys[key] ?? 0,
                                      relationshipCount: relationshipKeys[key] ?? 0)
        }.sorted { $0.name < $1.name }
        let indexes = graph.indexes.map { key, index in
            SchemaSummary.Index(label: graph.labels.name(key.label), key: graph.keys.name(key.key),
                                entryCount: index.entries.values.reduce(0) { $0 + $1.count })
        }.sorted { ($0.label, $0.key) < ($1.label, $1.key) }
        return SchemaSummary(nodeCount: graph.liveNodeCount, relationshipCount: graph.liveRelationshipCount,
                             labels: labels, relationshipTypes: types, propertyKeys: keys, indexes: indexes)
    }

    private struct EndpointLabels: Hashable {
        var start: [String]
        var end: [String]
    }

    private func sortedLabels(of node: NodeID) -> [String] {
        graph.labelNames(node).sorted()
    }

    private func uses(_ counts: [Int32: Int]) -> [SchemaSummary.PropertyUse] {
        counts.map { SchemaSummary.PropertyUse(key: graph.keys.name($0.key), count: $0.value) }.sorted { $0.key < $1.key }
    }
}
