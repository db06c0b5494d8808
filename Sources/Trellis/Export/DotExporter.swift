import TrellisEngine

/// Pictures of query results: the nodes, relationships and paths found anywhere in a result's
/// rows (inside lists and maps too), written in Graphviz's DOT language, to be rendered with, for
/// example, `dot -Tsvg picture.dot -o picture.svg`.
///
/// Each node shows its name (or another telling property) over its label; schools add their
/// phase. Partnerships, schools, authorities, areas of practice and the other labels of the
/// partnership world each have their own shape and colour; hovering over a node in an SVG shows
/// all its properties. Edges are labelled with their type, and STRENGTH and NEEDS with their level
/// and priority (drawn green and dashed red). A relationship whose end nodes the result does not
/// hold still gets its ends drawn, as small nodes marked with their ids.
public enum DotExporter {
    /// The DOT text of the subgraph `result` holds.
    public static func dot(for result: QueryResult) -> String {
        var nodeOrder: [NodeID] = [], seenNodes = Set<NodeID>()
        var relationshipOrder: [RelationshipID] = [], seenRelationships = Set<RelationshipID>()
        func addNode(_ n: NodeID) {
            if seenNodes.insert(n).inserted { nodeOrder.append(n) }
        }
        func addRelationship(_ r: RelationshipID) {
            guard seenRelationships.insert(r).inserted else { return }
            relationshipOrder.append(r)
            if let snapshot = result.relationships[r] {
                addNode(snapshot.start)
                addNode(snapshot.end)
            }
        }
        func visit(_ value: Value) {
            switch value {
            case .node(let n): addNode(n)
            case .relationship(let r): addRelationship(r)
            case .path(let path):
                path.nodes.forEach(addNode)
                path.relationships.forEach(addRelationship)
            case .list(let items): items.forEach(visit)
            case .map(let entries): entries.keys.sorted().forEach { visit(entries[$0]!) }
            default: break
            }
        }
        result.rows.forEach { $0.forEach(visit) }

        var lines = [
            "digraph trellis {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.25, ranksep=0.9, pad=0.3, bgcolor=\"white\"];",
            "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", color=\"#4b5563\", penwidth=1];",
            "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6b7280\", fontcolor=\"#374151\", arrowsize=0.7];",
        ]
        for n in nodeOrder {
            lines.append("  " + nodeID(n) + " [" + attributes(node: n, result.nodes[n]) + "];")
        }
        for r in relationshipOrder {
            guard let snapshot = result.relationships[r] else { continue }
            // Membership is drawn from the partnership, arrowhead still at the partnership, so that
            // the partnership stands first and its schools fan out from it.
            if drawnBackwards.contains(snapshot.type) {
                lines.append("  " + nodeID(snapshot.end) + " -> " + nodeID(snapshot.start) + " ["
                    + attributes(relationship: snapshot) + ", dir=back];")
            } else {
                lines.append("  " + nodeID(snapshot.start) + " -> " + nodeID(snapshot.end) + " [" + attributes(relationship: snapshot) + "];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Nodes

    private static func nodeID(_ n: NodeID) -> String { "n\(n)" }

    /// How one label is drawn.
    private struct Style {
        var shape: String
        var fill: String
        var extraStyle = ""
    }

    /// Labels of the partnership world, most telling first: a node takes the first that it has.
    private static let styles: [(label: String, style: Style)] = [
        ("Partnership", Style(shape: "box", fill: "#fde68a", extraStyle: ",rounded,bold")),
        ("School", Style(shape: "box", fill: "#bfdbfe", extraStyle: ",rounded")),
        ("Authority", Style(shape: "folder", fill: "#e5e7eb")),
        ("Area", Style(shape: "ellipse", fill: "#ddd6fe")),
        ("Region", Style(shape: "tab", fill: "#d1fae5")),
        ("Programme", Style(shape: "component", fill: "#fecaca")),
        ("Person", Style(shape: "oval", fill: "#fbcfe8")),
        ("Review", Style(shape: "note", fill: "#fef3c7")),
        ("Goal", Style(shape: "cds", fill: "#ccfbf1")),
        ("Activity", Style(shape: "parallelogram", fill: "#e0e7ff")),
        ("Result", Style(shape: "box", fill: "#f3f4f6")),
    ]

    /// Colours for other labels, chosen by the label's name so that a label keeps its colour.
    private static let palette = ["#fee2e2", "#ffedd5", "#ecfccb", "#cffafe", "#ede9fe", "#fae8ff", "#f5f5f4"]

    private static func style(for labels: [String]) -> Style {
        for (label, style) in styles where labels.contains(label) { return style }
        guard let first = labels.first else { return Style(shape: "circle", fill: "#ffffff") }
        let hash = first.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return Style(shape: "box", fill: palette[hash % palette.count])
    }

    /// Properties that name a node, in order of preference.
    private static let captionKeys = ["name", "title", "heading", "id", "code", "urn", "key"]

    private static func attributes(node n: NodeID, _ snapshot: NodeSnapshot?) -> String {
        guard let snapshot else {
            return "label=\(quoted("#\(n)")), shape=circle, fillcolor=\"#ffffff\", fontsize=9"
        }
        let style = style(for: snapshot.labels)
        let caption = captionKeys.lazy.compactMap { snapshot.properties[$0].flatMap(text) }.first
        var subtitle = snapshot.labels.joined(separator: ":")
        if snapshot.labels.contains("School"), let phase = snapshot.properties["phase"].flatMap(text) {
            subtitle += " · " + phase
        }
        let label = [caption, subtitle.isEmpty ? nil : subtitle].compactMap { $0 }.joined(separator: "\n")
        let tooltip = snapshot.properties.keys.sorted().map { "\($0): \(ValueFormatting.cypherLiteral(snapshot.properties[$0]!))" }
        return "label=\(quoted(label.isEmpty ? "#\(n)" : label)), shape=\(style.shape), "
            + "style=\(quoted("filled" + style.extraStyle)), fillcolor=\(quoted(style.fill)), "
            + "tooltip=\(quoted(tooltip.isEmpty ? subtitle : tooltip.joined(separator: "\n")))"
    }

    // MARK: - Relationships

    /// Types drawn from their end node to their start node (see ``dot(for:)``).
    private static let drawnBackwards: Set<String> = ["MEMBER_OF", "IN_PROGRAMME"]

    private static func attributes(relationship r: RelationshipSnapshot) -> String {
        var label = r.type
        var extra = ""
        switch r.type {
        case "STRENGTH":
            if let level = r.properties["level"].flatMap(text) { label += " level " + level }
            extra = ", color=\"#15803d\", fontcolor=\"#15803d\", penwidth=1.6"
        case "NEEDS":
            if let priority = r.properties["priority"].flatMap(text) { label += " priority " + priority }
            extra = ", color=\"#b91c1c\", fontcolor=\"#b91c1c\", style=dashed, penwidth=1.4"
        case "MEMBER_OF":
            if let role = r.properties["role"].flatMap(text) { label += " (" + role + ")" }
            extra = ", color=\"#1d4ed8\", fontcolor=\"#1d4ed8\", penwidth=1.4"
        default:
            break
        }
        let tooltip = r.properties.keys.sorted().map { "\($0): \(ValueFormatting.cypherLiteral(r.properties[$0]!))" }
        return "label=\(quoted(label))" + extra + (tooltip.isEmpty ? "" : ", tooltip=\(quoted(tooltip.joined(separator: "\n")))")
    }

    // MARK: - Text

    /// A scalar as plain text: strings as they are, numbers and dates as written in queries.
    private static func text(_ value: Value) -> String? {
        switch value {
        case .string(let s): return s
        case .list, .map, .null, .node, .relationship, .path: return nil
        default: return ValueFormatting.plainText(value)
        }
    }

    /// A DOT string: in double quotes, with `"` and `\` escaped and line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
