import Trellis

/// A graph written so that two graphs compare equal exactly when they hold the same nodes and
/// relationships, whatever their ids: every node as its labels (in order) and its properties with
/// their types, every relationship as its type, properties and the forms of its two ends.
///
/// Values are spelled field by field (floats by their bits), so `1` differs from `1.0`, `-0.0`
/// from `0.0`, and a datetime keeps its offset and zone.
struct GraphCanonicalForm: Equatable, CustomStringConvertible {
    var nodes: [String]
    var relationships: [String]

    init(_ snapshot: GraphSnapshot) {
        var nodeText: [NodeID: String] = [:]
        for node in snapshot.nodes {
            nodeText[node.id] = "(" + node.labels.map { ":" + $0 }.joined() + " " + Self.properties(node.properties) + ")"
        }
        nodes = nodeText.values.sorted()
        relationships = snapshot.relationships.map { r in
            (nodeText[r.start] ?? "?") + "-[:" + r.type + " " + Self.properties(r.properties) + "]->" + (nodeText[r.end] ?? "?")
        }.sorted()
    }

    static func properties(_ properties: [String: Value]) -> String {
        "{" + properties.keys.sorted().map { "\($0): \(typed(properties[$0]!))" }.joined(separator: ", ") + "}"
    }

    static func typed(_ value: Value) -> String {
        switch value {
        case .list(let items): return "LIST[" + items.map(typed).joined(separator: ", ") + "]"
        case .float(let d): return "FLOAT " + (d.isNaN ? "NaN" : String(d.bitPattern, radix: 16))
        default: return String(reflecting: value)
        }
    }

    var description: String { (nodes + relationships).joined(separator: "\n") }
}
