import Trellis

/// The eight side-effect counters of the TCK, computed by diffing graph snapshots.
///
/// The counting follows the openCypher reference harness (tck-api `SideEffectOps`), which
/// measures the graph before and after the query and takes set differences of:
/// - **nodes** and **relationships**: the sets of their identities;
/// - **labels**: the set of label *names* in use anywhere in the graph, so `+labels` counts
///   label names that no node carried before and some node carries after (adding `:A` to a
///   second node when another node already has `:A` is not a side effect), and `-labels`
///   counts names no longer carried by any node;
/// - **properties**: the set of `(entity, key, value)` triples over all nodes and
///   relationships, so setting a property to a new value counts as one `-properties` and one
///   `+properties`, setting it to the value it already has counts nothing, and deleting an
///   entity counts each of its properties as removed.
///
/// Property values are compared by type and value (`1` and `1.0` differ; `NaN` equals `NaN`).
/// Unlike the reference, node and relationship identities are kept apart in the property
/// triples, so a node and a relationship that happen to share a number never mask each other.
public struct SideEffects: Sendable, Hashable, CustomStringConvertible {
    public var addedNodes = 0
    public var deletedNodes = 0
    public var addedRelationships = 0
    public var deletedRelationships = 0
    public var addedLabels = 0
    public var deletedLabels = 0
    public var addedProperties = 0
    public var deletedProperties = 0

    /// No side effects: every counter zero.
    public init() {}

    /// The counters as named in side-effect tables, in the order the TCK lists them.
    public static let counterNames = ["+nodes", "-nodes", "+relationships", "-relationships",
                                      "+labels", "-labels", "+properties", "-properties"]

    private static func keyPath(named name: String) -> WritableKeyPath<SideEffects, Int>? {
        switch name {
        case "+nodes": \.addedNodes
        case "-nodes": \.deletedNodes
        case "+relationships": \.addedRelationships
        case "-relationships": \.deletedRelationships
        case "+labels": \.addedLabels
        case "-labels": \.deletedLabels
        case "+properties": \.addedProperties
        case "-properties": \.deletedProperties
        default: nil
        }
    }

    /// The counter called `name` (e.g. `+nodes`), or nil for an unknown name.
    public subscript(name: String) -> Int? {
        Self.keyPath(named: name).map { self[keyPath: $0] }
    }

    /// Reads a `| +nodes | 1 |` table; counters it does not name are zero.
    /// - Throws: ``SideEffectTableError`` for unknown counters, repeated counters or non-numbers.
    public init(table: DataTable) throws {
        var seen: Set<String> = []
        for row in table.rows {
            guard row.count == 2 else { throw SideEffectTableError(message: "side-effect rows need two cells, got \(row)") }
            guard let keyPath = Self.keyPath(named: row[0]) else {
                throw SideEffectTableError(message: "unknown side effect \(row[0])")
            }
            guard let count = Int(row[1]), count >= 0 else {
                throw SideEffectTableError(message: "side effect \(row[0]) has count \(row[1])")
            }
            guard seen.insert(row[0]).inserted else { throw SideEffectTableError(message: "side effect \(row[0]) listed twice") }
            self[keyPath: keyPath] = count
        }
    }

    /// What changed from `before` to `after`.
    public init(from before: GraphSnapshot, to after: GraphSnapshot) {
        let old = GraphFacts(before), new = GraphFacts(after)
        addedNodes = new.nodes.subtracting(old.nodes).count
        deletedNodes = old.nodes.subtracting(new.nodes).count
        addedRelationships = new.relationships.subtracting(old.relationships).count
        deletedRelationships = old.relationships.subtracting(new.relationships).count
        addedLabels = new.labels.subtracting(old.labels).count
        deletedLabels = old.labels.subtracting(new.labels).count
        addedProperties = new.properties.subtracting(old.properties).count
        deletedProperties = old.properties.subtracting(new.properties).count
    }

    /// Non-zero counters, e.g. `+nodes 1, +properties 2`; `none` when all are zero.
    public var description: String {
        let parts = Self.counterNames.compactMap { name in
            self[name].flatMap { $0 == 0 ? nil : "\(name) \($0)" }
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}

/// A side-effect table that cannot be read.
public struct SideEffectTableError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The sets the side-effect counters are differences of.
private struct GraphFacts {
    enum Entity: Hashable {
        case node(NodeID)
        case relationship(RelationshipID)
    }

    struct PropertyFact: Hashable {
        var entity: Entity
        var key: String
        var value: ExactValue
    }

    var nodes: Set<NodeID> = []
    var relationships: Set<RelationshipID> = []
    var labels: Set<String> = []
    var properties: Set<PropertyFact> = []

    init(_ snapshot: GraphSnapshot) {
        for node in snapshot.nodes {
            nodes.insert(node.id)
            labels.formUnion(node.labels)
            for (key, value) in node.properties where !value.isNull {
                properties.insert(PropertyFact(entity: .node(node.id), key: key, value: ExactValue(value)))
            }
        }
        for relationship in snapshot.relationships {
            relationships.insert(relationship.id)
            for (key, value) in relationship.properties where !value.isNull {
                properties.insert(PropertyFact(entity: .relationship(relationship.id), key: key, value: ExactValue(value)))
            }
        }
    }
}

/// A property value compared by type and value: unlike `Value`'s equivalence, `1` and `1.0` differ.
struct ExactValue: Hashable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: ExactValue, rhs: ExactValue) -> Bool { same(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    private static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case (.date, _), (.localTime, _), (.time, _), (.localDateTime, _), (.dateTime, _), (.duration, _):
            return sameTemporal(a, b)
        case let (.list(xs), .list(ys)): return xs.count == ys.count && zip(xs, ys).allSatisfy { same($0, $1) }
        case let (.map(xs), .map(ys)):
            return xs.count == ys.count && xs.allSatisfy { key, x in ys[key].map { same(x, $0) } ?? false }
        case let (.node(x), .node(y)): return x == y
        case let (.relationship(x), .relationship(y)): return x == y
        case let (.path(x), .path(y)): return x == y
        default: return false
        }
    }

    /// Temporal values are the same when they have the same type and the same canonical text,
    /// which also tells apart equal instants seen in different zones.
    private static func sameTemporal(_ a: Value, _ b: Value) -> Bool {
        guard let x = TemporalNotation.text(of: a), let y = TemporalNotation.text(of: b) else { return false }
        return a.typeName == b.typeName && x == y
    }
}
