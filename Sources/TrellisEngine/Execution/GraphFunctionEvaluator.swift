import TrellisCore
import TrellisGraph

extension Executor {
    /// Functions that read the graph; non-entity arguments fall through to the scalar versions.
    func graphFunction(_ g: GraphFunction, _ v: Value, _ range: SourceRange) throws -> Value {
        if v.isNull { return .null }
        switch (g, v) {
        case (.id, .node(let n)), (.id, .relationship(let n)): return .int(Int64(n))
        case (.elementId, .node(let n)): return .string("n\(n)")
        case (.elementId, .relationship(let r)): return .string("r\(r)")
        case (.labels, .node(let n)):
            try checkAlive(v)
            return .list(graph.labelNames(n).map(Value.string))
        case (.type, .relationship(let r)):
            return .string(graph.types.name(graph.relationshipType[r]))
        case (.properties, .node), (.properties, .relationship):
            return .map(try allProperties(of: v, range))
        case (.keys, .node(let n)):
            try checkAlive(v)
            return .list(graph.nodePropertyList(n).keys.map { .string(graph.keys.name($0)) })
        case (.keys, .relationship(let r)):
            try checkAlive(v)
            return .list(graph.relationshipPropertyList(r).keys.map { .string(graph.keys.name($0)) })
        case (.startNode, .relationship(let r)): return .node(graph.relationshipStart[r])
        case (.endNode, .relationship(let r)): return .node(graph.relationshipEnd[r])
        case (.nodes, .path(let p)): return .list(p.nodes.map(Value.node))
        case (.relationships, .path(let p)): return .list(p.relationships.map(Value.relationship))
        case (.length, .path(let p)): return .int(Int64(p.length))
        case (.exists, _): return .bool(true)
        case (.keys, .map), (.properties, .map), (.size, _), (.length, .string), (.length, .list):
            guard let f = ScalarFunctions.lookup(g.rawValue) else { break }
            return try f.body([v])
        default: break
        }
        throw TrellisError.type("InvalidArgumentValue", "\(g.rawValue)() cannot be applied to \(v.typeName)")
    }
}
