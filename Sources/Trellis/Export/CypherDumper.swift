import TrellisEngine
import TrellisGraph

/// Writes a whole graph as a script of statements that recreates it: Trellis reloads it exactly
/// (labels in order, types, and every property value with its type), and databases in the
/// openCypher family such as Neo4j can load it as it is.
///
/// The script has four parts:
/// 1. the property indexes, `CREATE INDEX FOR (n:School) ON (n.urn);`, and a temporary index;
/// 2. the nodes, in batches of consecutive nodes with the same labels:
///    `UNWIND [{_dumpId: 0, urn: 900101, ...}, ...] AS row CREATE (n:School:_DumpNode) SET n = row;`
///    — each node carries a temporary label and a temporary id property while loading;
/// 3. the relationships, in batches of consecutive ones of the same type, whose ends are found
///    by that id: `UNWIND [{from: 0, to: 5, properties: {...}}, ...] AS row MATCH (a:_DumpNode
///    {_dumpId: row.from}), (b:_DumpNode {_dumpId: row.to}) CREATE (a)-[r:IN_AUTHORITY]->(b) SET r = row.properties;`
/// 4. the removal of the temporary label, property and index.
///
/// Nodes and relationships are written in the order of their ids, so a graph without deleted
/// entities reloads with the same ids. Values are written as literals that read back as the
/// same value: floats in their shortest exact form (`0.1`, `1.0E-300`; `toFloat('NaN')` and
/// `toFloat('Infinity')` for the special values), strings escaped, temporal values as
/// `date('2023-09-01')`, `datetime('2024-03-01T09:30+01:00[Europe/London]')`, `duration('P1Y2M')`.
struct CypherDumper {
    let graph: PropertyGraph
    /// Rows per UNWIND statement.
    var batchSize = 1000

    /// Writes the script piece by piece.
    func write(to output: (String) throws -> Void) throws {
        let label = freshName("_DumpNode") { name in
            guard let id = graph.labels.lookup(name) else { return false }
            return !graph.members(of: id).isEmpty || graph.indexes.keys.contains { $0.label == id }
        }
        let key = freshName("_dumpId") { name in
            guard let id = graph.keys.lookup(name) else { return false }
            return (0..<graph.nodeCapacity).contains { graph.isNodeAlive($0) && graph.nodeHasProperty($0, id) }
        }
        let temporaryLabel = LiteralText.name(label), temporaryKey = LiteralText.name(key)

        try output("""
            // A Trellis dump: \(graph.liveNodeCount) nodes and \(graph.liveRelationshipCount) relationships.
            // Load it with `trellis run FILE`; databases in the openCypher family load it as it is.
            // While loading, every node carries the label \(label) and the property \(key), by which
            // relationships find their ends; the last statements remove them.

            """)
        if let schema = graph.schema {
            try output("// The database enforced the schema '\(schema.name)'; apply it again after loading.\n")
        }

        let indexes = graph.indexes.keys.map { (graph.labels.name($0.label), graph.keys.name($0.key)) }.sorted { $0 < $1 }
        for (indexLabel, indexKey) in indexes {
            try output("CREATE INDEX FOR (n:\(LiteralText.name(indexLabel))) ON (n.\(LiteralText.name(indexKey)));\n")
        }
        try output("CREATE INDEX FOR (n:\(temporaryLabel)) ON (n.\(temporaryKey));\n")

        // Nodes: batches of consecutive nodes with the same labels.
        var batch: [String] = []
        var batchLabels: [Int32] = []
        func flushNodes() throws {
            guard !batch.isEmpty else { return }
            let labels = batchLabels.map { ":" + LiteralText.name(graph.labels.name($0)) }.joined()
            try output("UNWIND [\n  " + batch.joined(separator: ",\n  ") + "\n] AS row\nCREATE (n\(labels):\(temporaryLabel)) SET n = row;\n")
            batch.removeAll(keepingCapacity: true)
        }
        for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) {
            let labels = graph.nodeLabels[n]
            if labels != batchLabels || batch.count >= batchSize {
                try flushNodes()
                batchLabels = labels
            }
            batch.append(map([(temporaryKey, String(n))] + properties(graph.nodePropertyList(n))))
        }
        try flushNodes()

        // Relationships: batches of consecutive relationships of one type, with or without properties.
        var batchType: Int32 = -1
        var batchHasProperties = false
        func flushRelationships() throws {
            guard !batch.isEmpty else { return }
            let type = LiteralText.name(graph.types.name(batchType))
            let create = batchHasProperties ? "CREATE (a)-[r:\(type)]->(b) SET r = row.properties" : "CREATE (a)-[:\(type)]->(b)"
            try output("UNWIND [\n  " + batch.joined(separator: ",\n  ") + "\n] AS row\n"
                + "MATCH (a:\(temporaryLabel) {\(temporaryKey): row.from}), (b:\(temporaryLabel) {\(temporaryKey): row.to})\n"
                + create + ";\n")
            batch.removeAll(keepingCapacity: true)
        }
        for r in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(r) {
            let type = graph.relationshipType[r]
            let properties = graph.relationshipPropertyList(r)
            if type != batchType || !properties.isEmpty != batchHasProperties || batch.count >= batchSize {
                try flushRelationships()
                batchType = type
                batchHasProperties = !properties.isEmpty
            }
            var fields = [("from", String(graph.relationshipStart[r])), ("to", String(graph.relationshipEnd[r]))]
            if !properties.isEmpty { fields.append(("properties", map(self.properties(properties)))) }
            batch.append(map(fields))
        }
        try flushRelationships()

        try output("MATCH (n:\(temporaryLabel)) REMOVE n:\(temporaryLabel), n.\(temporaryKey);\n")
        try output("DROP INDEX ON :\(temporaryLabel)(\(temporaryKey));\n")
    }

    /// The script as one string.
    func script() -> String {
        var text = ""
        try? write { text += $0 }
        return text
    }

    private func properties(_ list: PropertyList) -> [(String, String)] {
        var fields: [(String, String)] = []
        fields.reserveCapacity(list.count)
        list.forEach { key, value in fields.append((LiteralText.name(graph.keys.name(key)), Self.literal(value))) }
        return fields
    }

    private func map(_ fields: [(String, String)]) -> String {
        "{" + fields.map { $0.0 + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// `base`, or `base` with a number after it: the first name the graph does not use.
    private func freshName(_ base: String, isUsed: (String) -> Bool) -> String {
        var name = base
        var number = 1
        while isUsed(name) {
            number += 1
            name = base + String(number)
        }
        return name
    }

    /// A property value as a literal that reads back as exactly the same value.
    static func literal(_ value: Value) -> String {
        switch value {
        case .float(let d) where d.isNaN: return "toFloat('NaN')"
        case .float(let d) where d.isInfinite: return d < 0 ? "toFloat('-Infinity')" : "toFloat('Infinity')"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        default: return ValueFormatting.cypherLiteral(value)
        }
    }
}
