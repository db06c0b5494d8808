/// Renders values in the query-literal style used to show results.
///
/// - Scalars: `null`, `true`, `42`, `3.5`, `1.0`, `NaN`, `Infinity`, dates as `2024-09-01`.
/// - Strings: raw at the top level of a cell (``display(_:)``), single-quoted inside lists and maps
///   and in ``literal(_:)``.
/// - Lists `[1, 2]`; maps `{n: 1, name: 'x'}` with keys sorted.
/// - Nodes `(:School {name: 'X', urn: 1})`, relationships `[:MEMBER_OF {role: 'lead'}]`
///   and paths `(:A)-[:T]->(:B)<-[:U]-(:C)`, resolved through the snapshots of the result.
///   An entity missing from the snapshots is shown by its identity: `(#5)`, `[#7]`.
public struct ValueRenderer: Sendable {
    /// Node snapshots used to show nodes and paths.
    public var nodes: [NodeID: NodeSnapshot]
    /// Relationship snapshots used to show relationships and paths.
    public var relationships: [RelationshipID: RelationshipSnapshot]

    /// A renderer resolving entities through the given snapshots.
    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// A renderer resolving entities through the snapshots carried by `result`.
    public init(for result: QueryResult) {
        self.init(nodes: result.nodes, relationships: result.relationships)
    }

    /// A value as shown in a result cell: a string as is, anything else as a literal.
    public func display(_ value: Value) -> String {
        if case .string(let string) = value { return string }
        return literal(value)
    }

    /// A value in query-literal style, strings quoted.
    public func literal(_ value: Value) -> String {
        var out = ""
        appendLiteral(value, to: &out)
        return out
    }

    func appendLiteral(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .float(let number): out += LiteralText.float(number)
        case .string(let string): out += LiteralText.quoted(string)
        case .date(let date): out += date.description
        case .localTime(let t): out += t.description
        case .time(let t): out += t.description
        case .localDateTime(let t): out += t.description
        case .dateTime(let t): out += t.description
        case .duration(let d): out += d.description
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                appendLiteral(item, to: &out)
            }
            out += "]"
        case .map(let entries): appendMap(entries, to: &out)
        case .node(let id): appendNode(id, to: &out)
        case .relationship(let id): appendRelationship(id, to: &out)
        case .path(let path): appendPath(path, to: &out)
        }
    }

    func appendMap(_ entries: [String: Value], to out: inout String) {
        out += "{"
        for (index, key) in entries.keys.sortedByScalars().enumerated() {
            if index > 0 { out += ", " }
            out += LiteralText.name(key)
            out += ": "
            appendLiteral(entries[key]!, to: &out)
        }
        out += "}"
    }

    func appendNode(_ id: NodeID, to out: inout String) {
        guard let node = nodes[id] else {
            out += "(#\(id))"
            return
        }
        out += "("
        for label in node.labels {
            out += ":"
            out += LiteralText.name(label)
        }
        if !node.properties.isEmpty {
            if !node.labels.isEmpty { out += " " }
            appendMap(node.properties, to: &out)
        }
        out += ")"
    }

    func appendRelationship(_ id: RelationshipID, to out: inout String) {
        guard let relationship = relationships[id] else {
            out += "[#\(id)]"
            return
        }
        out += "[:"
        out += LiteralText.name(relationship.type)
        if !relationship.properties.isEmpty {
            out += " "
            appendMap(relationship.properties, to: &out)
        }
        out += "]"
    }

    func appendPath(_ path: PathValue, to out: inout String) {
        guard let first = path.nodes.first else { return }
        appendNode(first, to: &out)
        for (index, relationshipID) in path.relationships.enumerated() {
            let from = path.nodes[index]
            let to = index + 1 < path.nodes.count ? path.nodes[index + 1] : nil
            let backwards = relationships[relationshipID].map { $0.start != from && $0.end == from } ?? false
            out += backwards ? "<-" : "-"
            appendRelationship(relationshipID, to: &out)
            out += backwards ? "-" : "->"
            if let to { appendNode(to, to: &out) }
        }
    }
}

extension Collection where Element == String {
    /// Sorted by Unicode scalar values, the order used for deterministic map output.
    func sortedByScalars() -> [String] {
        sorted { Value.compareStrings($0, $1) < 0 }
    }
}
