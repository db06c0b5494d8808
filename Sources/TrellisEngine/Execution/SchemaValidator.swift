import TrellisCore
import TrellisGraph

/// Checks data against a ``GraphSchema``: after each write statement for what it touched,
/// or for the whole graph when a schema is first applied.
package enum SchemaValidator {
    /// Checks the nodes and relationships a statement created or changed.
    package static func validate(_ graph: PropertyGraph, _ schema: GraphSchema, changes: [UndoRecord]) throws {
        var nodes = Set<NodeID>(), relationships = Set<RelationshipID>()
        for change in changes {
            switch change {
            case .createdNodes(let created): nodes.formUnion(created)
            case .setNodeProperty(let n, _, _), .addedLabel(let n, _): nodes.insert(n)
            case .removedLabel(let n, _, _):
                nodes.insert(n)
                guard graph.isNodeAlive(n) else { continue }
                for e in graph.adjacency(of: n, .outgoing) { relationships.insert(e.relationship) }
                for e in graph.adjacency(of: n, .incoming) { relationships.insert(e.relationship) }
            case .createdRelationships(let created): relationships.formUnion(created)
            case .setRelationshipProperty(let r, _, _): relationships.insert(r)
            default: continue
            }
        }
        for n in nodes.sorted() where graph.isNodeAlive(n) { try check(node: n, graph, schema) }
        for r in relationships.sorted() where graph.isRelationshipAlive(r) { try check(relationship: r, graph, schema) }
    }

    /// Checks every live node and relationship.
    package static func validateAll(_ graph: PropertyGraph, _ schema: GraphSchema) throws {
        for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) { try check(node: n, graph, schema) }
        for r in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(r) { try check(relationship: r, graph, schema) }
    }

    static func describe(node n: NodeID, _ graph: PropertyGraph) -> String {
        let labels = graph.labelNames(n).map { ":" + $0 }.joined()
        let props = graph.nodePropertyMap(n)
        let shown = ["urn", "code", "id", "name"].compactMap { k in props[k].map { "\(k): \(ValueFormatting.cypherLiteral($0))" } }.prefix(2)
        return "(\(labels)" + (shown.isEmpty ? "" : " {" + shown.joined(separator: ", ") + "}") + ")"
    }

    static func check(node n: NodeID, _ graph: PropertyGraph, _ schema: GraphSchema) throws {
        for label in graph.labelNames(n) {
            guard let rule = schema.rule(forLabel: label) else { continue }
            for p in rule.properties {
                let value = graph.keys.lookup(p.name).flatMap { graph.nodeProperty(n, $0) }
                try check(value, p, owner: "\(label) node \(describe(node: n, graph))", entity: label)
                guard p.unique, let value, let l = graph.labels.lookup(label), let k = graph.keys.lookup(p.name) else { continue }
                let holders = graph.index(label: l, key: k)?.lookup(value)
                    ?? graph.members(of: l).filter { Value.equals(graph.nodeProperty($0, k) ?? .null, value) == true }
                if holders.filter(graph.isNodeAlive).count > 1 {
                    throw TrellisError(.constraintVerificationFailed, "UniqueProperty",
                                       "another \(label) already has \(p.name) \(ValueFormatting.cypherLiteral(value)); \(p.name) must be unique")
                }
            }
        }
    }

    static func check(relationship r: RelationshipID, _ graph: PropertyGraph, _ schema: GraphSchema) throws {
        let type = graph.types.name(graph.relationshipType[r])
        guard let rule = schema.rule(forType: type) else { return }
        let start = graph.relationshipStart[r], end = graph.relationshipEnd[r]
        let startLabels = graph.labelNames(start), endLabels = graph.labelNames(end)
        if !rule.endpoints.contains(where: { startLabels.contains($0.from) && endLabels.contains($0.to) }) {
            let allowed = rule.endpoints.map { "(:\($0.from))-[:\(type)]->(:\($0.to))" }.joined(separator: " or ")
            throw TrellisError(.constraintVerificationFailed, "RelationshipEndpoints",
                               "\(type) cannot connect \(describe(node: start, graph)) to \(describe(node: end, graph)); it must be \(allowed)")
        }
        for p in rule.properties {
            let value = graph.keys.lookup(p.name).flatMap { graph.relationshipProperty(r, $0) }
            try check(value, p, owner: "\(type) relationship", entity: type)
        }
    }

    static func check(_ value: Value?, _ p: GraphSchema.PropertyRule, owner: String, entity: String) throws {
        guard let value else {
            if p.required {
                throw TrellisError(.constraintVerificationFailed, "RequiredProperty",
                                   "\(owner) has no \(p.name); every \(entity) needs one (\(p.type.phrase))")
            }
            return
        }
        guard p.type.admits(value) else {
            throw TrellisError(.constraintVerificationFailed, "PropertyType",
                               "\(owner) has \(p.name) \(ValueFormatting.cypherLiteral(value)), but \(p.name) must be \(p.type.phrase)")
        }
        if let allowed = p.allowedValues, case .string(let s) = value, !allowed.contains(s) {
            throw TrellisError(.constraintVerificationFailed, "AllowedValues",
                               "\(owner) has \(p.name) '\(s)', but \(p.name) must be one of: \(allowed.joined(separator: ", "))")
        }
        if let range = p.integerRange, case .int(let i) = value, !range.contains(i) {
            throw TrellisError(.constraintVerificationFailed, "ValueOutOfRange",
                               "\(owner) has \(p.name) \(i), but \(p.name) must be from \(range.lowerBound) to \(range.upperBound)")
        }
    }
}
