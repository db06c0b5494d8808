/// Renders expected values back in the TCK's cell notation, for difference messages.
extension ExpectedValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .float(let value): return FloatNotation.text(of: value)
        case .string(let value): return StringNotation.quoted(value)
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries): return MapNotation.text(of: entries.mapValues(\.description))
        case .node(let node): return node.description
        case .relationship(let relationship): return relationship.description
        case .path(let path): return path.description
        }
    }
}

extension ExpectedNode: CustomStringConvertible {
    public var description: String {
        NodeNotation.text(labels: labels.sorted(), properties: properties.mapValues(\.description))
    }
}

extension ExpectedRelationship: CustomStringConvertible {
    public var description: String {
        RelationshipNotation.text(type: type, properties: properties.mapValues(\.description))
    }
}

extension ExpectedPath: CustomStringConvertible {
    public var description: String {
        var text = "<" + start.description
        for step in steps {
            text += step.isForward ? "-\(step.relationship)->" : "<-\(step.relationship)-"
            text += step.node.description
        }
        return text + ">"
    }
}
