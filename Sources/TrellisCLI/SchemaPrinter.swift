import Trellis

/// Lays out a ``SchemaSummary`` for `:schema`: the size of the graph, then its labels,
/// relationship types, property keys and indexes, each with counts, wrapped to the terminal:
///
/// ```
/// 192 nodes, 319 relationships
///
/// Labels (8)
///   :Area          10  name
///   :School        18  fsm, lat, lon, name, phase, postcode, pupils, rating (15), type, urn
///
/// Relationship types (14)
///   :MEMBER_OF     18  (:School)->(:Partnership); role, since
///
/// Property keys (25)
///   name    77  nodes
///   role    90  36 nodes, 54 relationships
///
/// Indexes (4)
///   :School(urn)  18  entries
/// ```
///
/// A key's count on a label or type is shown only when some of its nodes or relationships lack it.
struct SchemaPrinter {
    var style: TerminalStyle = .plain
    /// The width to wrap to; nil for no wrapping.
    var width: Int?

    func render(_ schema: SchemaSummary) -> String {
        var text = "\(ResultPresenter.count(schema.nodeCount, "node", "nodes")), "
            + "\(ResultPresenter.count(schema.relationshipCount, "relationship", "relationships"))\n"
        if schema.nodeCount == 0 && schema.relationshipCount == 0 && schema.indexes.isEmpty {
            return text + "The graph is empty: CREATE some nodes, or :read a script.\n"
        }
        text += section("Labels", schema.labels.map { label in
            (":" + LiteralText.name(label.name), ResultPresenter.grouped(label.nodeCount),
             keys(label.properties, of: label.nodeCount))
        })
        text += section("Relationship types", schema.relationshipTypes.map { type in
            let ends = type.endpoints.map { "(\(labels($0.startLabels)))->(\(labels($0.endLabels)))" }
            let keyList = keys(type.properties, of: type.relationshipCount)
            return (":" + LiteralText.name(type.name), ResultPresenter.grouped(type.relationshipCount),
                    ends.joined(separator: ", ") + (keyList.isEmpty ? "" : "; " + keyList))
        })
        text += section("Property keys", schema.propertyKeys.map { key in
            let uses: String
            switch (key.nodeCount, key.relationshipCount) {
            case (_, 0): uses = key.nodeCount == 1 ? "node" : "nodes"
            case (0, _): uses = key.relationshipCount == 1 ? "relationship" : "relationships"
            default:
                uses = ResultPresenter.count(key.nodeCount, "node", "nodes") + ", "
                    + ResultPresenter.count(key.relationshipCount, "relationship", "relationships")
            }
            return (LiteralText.name(key.name), ResultPresenter.grouped(key.nodeCount + key.relationshipCount), uses)
        })
        text += section("Indexes", schema.indexes.map { index in
            (":\(LiteralText.name(index.label))(\(LiteralText.name(index.key)))", ResultPresenter.grouped(index.entryCount),
             index.entryCount == 1 ? "entry" : "entries")
        })
        return text
    }

    private func labels(_ names: [String]) -> String {
        names.map { ":" + LiteralText.name($0) }.joined()
    }

    private func keys(_ uses: [SchemaSummary.PropertyUse], of total: Int) -> String {
        uses.map { $0.count == total ? LiteralText.name($0.key) : "\(LiteralText.name($0.key)) (\($0.count))" }
            .joined(separator: ", ")
    }

    /// A heading with the number of entries, then one line per entry: name, count, details wrapped under themselves.
    private func section(_ heading: String, _ rows: [(name: String, count: String, details: String)]) -> String {
        guard !rows.isEmpty else { return "" }
        var text = "\n" + style.heading("\(heading) (\(rows.count))") + "\n"
        let nameWidth = rows.map { DisplayWidth.of($0.name) }.max() ?? 0
        let countWidth = rows.map(\.count.count).max() ?? 0
        for row in rows {
            var line = "  " + row.name + String(repeating: " ", count: nameWidth - DisplayWidth.of(row.name)) + "  "
            if countWidth > 0 { line += String(repeating: " ", count: countWidth - row.count.count) + row.count + "  " }
            text += wrap(row.details, after: line) + "\n"
        }
        return text
    }

    /// `details` after `lead`, wrapped at ``width`` with later lines indented as far as `lead`.
    private func wrap(_ details: String, after lead: String) -> String {
        let indent = DisplayWidth.of(lead)
        guard let width, width - indent >= 20 else { return lead + details }
        var lines: [String] = []
        var current = ""
        for word in details.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width - indent - 1, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lead + lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
