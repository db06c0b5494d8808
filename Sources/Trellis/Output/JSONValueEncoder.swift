/// Spells values and records as JSON.
///
/// | value | JSON |
/// | --- | --- |
/// | null, boolean, string | the same |
/// | integer, float | number; NaN and infinities as the strings `"NaN"`, `"Infinity"`, `"-Infinity"` |
/// | list, map | array, object (keys sorted) |
/// | date | `"2024-09-01"` |
/// | node | `{"_id": 1, "_labels": ["School"], …properties}` |
/// | relationship | `{"_id": 7, "_type": "MEMBER_OF", "_start": 1, "_end": 2, …properties}` |
/// | path | array alternating node and relationship objects |
///
/// Property keys that clash with the `_id`, `_labels`, `_type`, `_start` and `_end` entries are left out.
/// Output is compact, without spaces.
public struct JSONValueEncoder: Sendable {
    /// Snapshots used to describe nodes, relationships and paths.
    public var renderer: ValueRenderer

    /// An encoder resolving entities through the snapshots carried by `result`.
    public init(for result: QueryResult) {
        renderer = ValueRenderer(for: result)
    }

    /// An encoder resolving entities through the given snapshots.
    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        renderer = ValueRenderer(nodes: nodes, relationships: relationships)
    }

    /// The JSON text of one value.
    public func encode(_ value: Value) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// The JSON object of one record, keys in column order.
    public func encodeRecord(columns: [String], values: [Value]) -> String {
        var out = "{"
        for (index, column) in columns.enumerated() {
            if index > 0 { out += "," }
            Self.appendString(column, to: &out)
            out += ":"
            append(index < values.count ? values[index] : .null, to: &out)
        }
        return out + "}"
    }

    /// Appends the JSON text of `value` to `out`.
    public func append(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .float(let number):
            if number.isFinite { out += LiteralText.float(number) } else { Self.appendString(LiteralText.float(number), to: &out) }
        case .string(let string): Self.appendString(string, to: &out)
        case .date(let date): Self.appendString(date.description, to: &out)
        case .localTime(let t): Self.appendString(t.description, to: &out)
        case .time(let t): Self.appendString(t.description, to: &out)
        case .localDateTime(let t): Self.appendString(t.description, to: &out)
        case .dateTime(let t): Self.appendString(t.description, to: &out)
        case .duration(let d): Self.appendString(d.description, to: &out)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                append(item, to: &out)
            }
            out += "]"
        case .map(let entries):
            out += "{"
            appendEntries(entries, skipping: [], first: true, to: &out)
            out += "}"
        case .node(let id): appendNode(id, to: &out)
        case .relationship(let id): appendRelationship(id, to: &out)
        case .path(let path):
            out += "["
            for (index, node) in path.nodes.enumerated() {
                if index > 0 {
                    out += ","
                    appendRelationship(path.relationships[index - 1], to: &out)
                    out += ","
                }
                appendNode(node, to: &out)
            }
            out += "]"
        }
    }

    private static let nodeKeys: Set<String> = ["_id", "_labels"]
    private static let relationshipKeys: Set<String> = ["_id", "_type", "_start", "_end"]

    private func appendNode(_ id: NodeID, to out: inout String) {
        out += "{\"_id\":\(id)"
        if let node = renderer.nodes[id] {
            out += ",\"_labels\":["
            for (index, label) in node.labels.enumerated() {
                if index > 0 { out += "," }
                Self.appendString(label, to: &out)
            }
            out += "]"
            appendEntries(node.properties, skipping: Self.nodeKeys, first: false, to: &out)
        }
        out += "}"
    }

    private func appendRelationship(_ id: RelationshipID, to out: inout String) {
        out += "{\"_id\":\(id)"
        if let relationship = renderer.relationships[id] {
            out += ",\"_type\":"
            Self.appendString(relationship.type, to: &out)
            out += ",\"_start\":\(relationship.start),\"_end\":\(relationship.end)"
            appendEntries(relationship.properties, skipping: Self.relationshipKeys, first: false, to: &out)
        }
        out += "}"
    }

    private func appendEntries(_ entries: [String: Value], skipping reserved: Set<String>, first: Bool,
                               to out: inout String) {
        var first = first
        for key in entries.keys.sortedByScalars() where !reserved.contains(key) {
            if !first { out += "," }
            first = false
            Self.appendString(key, to: &out)
            out += ":"
            append(entries[key]!, to: &out)
        }
    }

    /// Appends `string` as a JSON string literal: quotes, backslashes and control characters escaped
    /// (`\n`, `\t`, … or `\u00XX`), as well as U+2028 and U+2029.
    public static func appendString(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + LiteralText.hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// `string` as a JSON string literal.
    public static func quoted(_ string: String) -> String {
        var out = ""
        appendString(string, to: &out)
        return out
    }
}
