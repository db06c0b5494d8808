import TrellisCore
import TrellisGraph

/// `CALL trellis.schema() YIELD kind, name, count`: what the graph holds — each label with its
/// node count, each relationship type with its count, each property key with the number of nodes
/// and relationships that have it, each index, and — when the database has a schema — each of its
/// rules (`kind` 'rule', counted over the nodes or relationships it governs).
enum SchemaProcedure {
    static let procedure = BuiltInProcedures.make(
        "trellis.schema", [], [("kind", "STRING"), ("name", "STRING"), ("count", "INTEGER")]
    ) { context, _ in
        let g = context.graph
        var rows: [[Value]] = []
        for (i, name) in g.labels.names.enumerated() {
            let count = g.members(of: Int32(i)).count
            if count > 0 { rows.append(["label", .string(name), .int(Int64(count))]) }
        }
        var typeCounts = [Int](repeating: 0, count: g.types.count)
        var keyCounts = [Int](repeating: 0, count: g.keys.count)
        for r in 0..<g.relationshipCapacity where g.isRelationshipAlive(r) {
            typeCounts[Int(g.relationshipType[r])] += 1
        }
        for k in keyCounts.indices {
            g.forEachRelationship(havingProperty: Int32(k)) { r, _ in if g.isRelationshipAlive(r) { keyCounts[k] += 1 } }
            g.forEachNode(havingProperty: Int32(k)) { n, _ in if g.isNodeAlive(n) { keyCounts[k] += 1 } }
        }
        for (i, count) in typeCounts.enumerated() where count > 0 {
            rows.append(["relationship type", .string(g.types.name(Int32(i))), .int(Int64(count))])
        }
        for (i, count) in keyCounts.enumerated() where count > 0 {
            rows.append(["property key", .string(g.keys.name(Int32(i))), .int(Int64(count))])
        }
        for (key, index) in g.indexes.sorted(by: { ($0.key.label, $0.key.key) < ($1.key.label, $1.key.key) }) {
            let entries = index.entries.values.reduce(0) { $0 + $1.count }
            rows.append(["index", .string(":\(g.labels.name(key.label))(\(g.keys.name(key.key)))"), .int(Int64(entries))])
        }
        if let schema = g.schema {
            for rule in schema.nodes {
                let count = g.labels.lookup(rule.label).map { g.members(of: $0).count } ?? 0
                for p in rule.properties {
                    rows.append(["rule", .string(":\(rule.label)(\(p.name)) " + describe(p)), .int(Int64(count))])
                }
            }
            for rule in schema.relationships {
                let count = g.types.lookup(rule.type).map { t in typeCounts.indices.contains(Int(t)) ? typeCounts[Int(t)] : 0 } ?? 0
                for e in rule.endpoints {
                    rows.append(["rule", .string("(:\(e.from))-[:\(rule.type)]->(:\(e.to))"), .int(Int64(count))])
                }
                for p in rule.properties {
                    rows.append(["rule", .string("[:\(rule.type)](\(p.name)) " + describe(p)), .int(Int64(count))])
                }
            }
        }
        return rows
    }

    static func describe(_ p: GraphSchema.PropertyRule) -> String {
        var parts = [p.type.rawValue]
        if p.unique { parts.append("unique") } else if p.required { parts.append("required") }
        if let allowed = p.allowedValues { parts.append("one of " + allowed.joined(separator: "|")) }
        if let r = p.integerRange { parts.append("\(r.lowerBound)..\(r.upperBound)") }
        return parts.joined(separator: ", ")
    }
}
