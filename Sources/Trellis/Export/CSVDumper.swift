import Foundation
import TrellisEngine
import TrellisGraph

/// Writes a whole graph as a folder of CSV files in the import format (`Docs/import-format.md`),
/// which ``Database/importCSV(folder:options:progress:)`` loads back into the same graph.
///
/// - Nodes go to the file of their first label (`School.csv`; `().csv` for nodes without one);
///   further labels go to a `:labels` column.
/// - The key column is a property that every node of the file has, with distinct values, of type
///   `int` or `string` — an indexed one first, else the first such by name. When there is none,
///   the key is `_id:int`, the node's id, which is not loaded as a property.
/// - The other columns follow in the order of their property names, so that a graph loaded from a
///   dump dumps to the same files.
/// - Relationships go to `TYPE.csv`, or `TYPE.Start-End.csv` when one type joins nodes of several
///   files, keyed by their ends' key columns.
/// - A property whose values have different types within one file gets one column per type
///   (`score:int`, `score:float`); each row fills one of them.
struct CSVDumper {
    /// The graph cannot be written in the format.
    struct Unrepresentable: Error, CustomStringConvertible {
        var reason: String
        var description: String { "error: the graph cannot be written as CSV: \(reason); a dump as a script of statements can hold it" }
    }

    /// A property column: the property and the type of the values it holds.
    private struct Column: Hashable {
        var key: Int32
        var type: ImportFieldType
    }

    /// The nodes of one file.
    private struct NodeGroup {
        var label: Int32?
        var nodes: [NodeID] = []
        var columns: [Column] = []
        var hasExtraLabels = false
        /// The key column, or nil for `_id`.
        var key: Column?
        var fileName = ""
    }

    let graph: PropertyGraph

    /// Writes the files into `folder`, creating it if needed; it must hold nothing yet.
    /// Returns the names of the files written.
    func write(toFolder folder: String) throws -> [String] {
        try prepare(folder)
        var groups = nodeGroups()
        var usedNames = Set<String>()
        func claim(_ name: String, _ label: String?, _ part: String?) -> String {
            var candidate = name, number = 1
            while usedNames.contains(candidate.lowercased()) {
                number += 1
                candidate = ImportFileName.fileName(for: label, part: (part.map { $0 + "-" } ?? "") + String(number))
            }
            usedNames.insert(candidate.lowercased())
            return candidate
        }
        for i in groups.indices {
            try analyse(&groups[i])
            let label = groups[i].label.map(graph.labels.name)
            groups[i].fileName = claim(ImportFileName.fileName(for: label), label, nil)
        }

        // Each node's key text and group, for the relationship files.
        var groupOf = [Int](repeating: -1, count: graph.nodeCapacity)
        var keyText = [String](repeating: "", count: graph.nodeCapacity)
        var written: [String] = []
        for (g, group) in groups.enumerated() {
            for n in group.nodes {
                groupOf[n] = g
                keyText[n] = group.key.flatMap { graph.nodeProperty(n, $0.key) }.map(ImportValueText.text) ?? String(n)
            }
            try writeNodes(group, keyText, into: folder)
            written.append(group.fileName)
        }

        // Relationships, grouped by type and by the files of their ends.
        struct RelationshipGroupKey: Hashable { var type: Int32, start: Int, end: Int }
        var relationshipGroups: [RelationshipGroupKey: [RelationshipID]] = [:]
        var order: [RelationshipGroupKey] = []
        for r in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(r) {
            let key = RelationshipGroupKey(type: graph.relationshipType[r], start: groupOf[graph.relationshipStart[r]],
                                           end: groupOf[graph.relationshipEnd[r]])
            if relationshipGroups[key] == nil { order.append(key) }
            relationshipGroups[key, default: []].append(r)
        }
        var groupsPerType: [Int32: Int] = [:]
        for key in order { groupsPerType[key.type, default: 0] += 1 }
        for key in order {
            let type = graph.types.name(key.type)
            let startLabel = groups[key.start].label.map(graph.labels.name)
            let endLabel = groups[key.end].label.map(graph.labels.name)
            let part = groupsPerType[key.type] == 1 ? nil
                : (startLabel ?? ImportFileName.unlabelledStem) + "-" + (endLabel ?? ImportFileName.unlabelledStem)
            let fileName = claim(ImportFileName.fileName(for: type, part: part), type, part)
            try writeRelationships(relationshipGroups[key]!, startLabel: startLabel, endLabel: endLabel, keyText,
                                   into: (folder as NSString).appendingPathComponent(fileName))
            written.append(fileName)
        }
        return written
    }

    private func prepare(_ folder: String) throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw TextFileWriter.WriteError(path: folder, reason: "it is a file, not a folder") }
            if let entries = try? files.contentsOfDirectory(atPath: folder), !entries.isEmpty {
                throw TextFileWriter.WriteError(path: folder, reason: "the folder is not empty; a dump goes to a new or empty folder")
            }
        } else {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw TextFileWriter.WriteError(path: folder, reason: (error as NSError).localizedDescription)
            }
        }
    }

    // MARK: - Nodes

    /// The nodes grouped by first label, each group with its columns and key.
    private func nodeGroups() -> [NodeGroup] {
        var groups: [NodeGroup] = []
        var groupOfLabel: [Int32?: Int] = [:]
        for n in 0..<graph.nodeCapacity where graph.isNodeAlive(n) {
            let label = graph.nodeLabels[n].first
            let g = groupOfLabel[label] ?? {
                groups.append(NodeGroup(label: label))
                groupOfLabel[label] = groups.count - 1
                return groups.count - 1
            }()
            groups[g].nodes.append(n)
        }
        return groups
    }

    private func describe(_ group: NodeGroup) -> String {
        group.label.map { graph.labels.name($0) + " nodes" } ?? "nodes without a label"
    }

    /// Finds the columns and the key of a group.
    private func analyse(_ group: inout NodeGroup) throws {
        var columns: [Column] = []
        var seen = Set<Column>()
        var filled: [Column: Int] = [:]
        for n in group.nodes {
            if graph.nodeLabels[n].count > 1 { group.hasExtraLabels = true }
            try graph.forEachNodeProperty(n) { key, value in
                let name = graph.keys.name(key)
                if name == ImportFileLayout.keyOnlyColumn {
                    throw Unrepresentable(reason: "\(describe(group)) have the property \(name), which the format keeps for keys")
                }
                guard let type = ImportFieldType.of(value) else {
                    throw Unrepresentable(reason: "a property \(name) of \(describe(group)) holds \(ValueFormatting.cypherLiteral(value)), a list of mixed types")
                }
                let column = Column(key: key, type: type)
                if seen.insert(column).inserted { columns.append(column) }
                filled[column, default: 0] += 1
            }
        }
        columns = sortedByName(columns)
        group.columns = columns
        let candidates = columns.filter { column in
            !column.type.isList && (column.type.scalar == .int || column.type.scalar == .string)
                && filled[column] == group.nodes.count && !Self.readsAsRelationshipHeader(graph.keys.name(column.key))
                && isUnique(column, group.nodes)
        }
        group.key = candidates.enumerated().max { a, b in
            let (scoreA, scoreB) = (keyPreference(a.element, group), keyPreference(b.element, group))
            return scoreA != scoreB ? scoreA < scoreB : a.offset > b.offset
        }?.element
    }

    /// How well a column serves as a key, one point for each of, in order of weight: declared
    /// unique by the database's schema, indexed, named like a key (`id`, `urn`, `code`, `key`,
    /// `…Id`), an integer.
    private func keyPreference(_ column: Column, _ group: NodeGroup) -> Int {
        let name = graph.keys.name(column.key)
        let labelName = group.label.map(graph.labels.name)
        let unique = labelName.flatMap { graph.schema?.rule(forLabel: $0) }?.properties.contains { $0.name == name && $0.unique } ?? false
        let indexed = group.label.map { graph.indexes[IndexKey(label: $0, key: column.key)] != nil } ?? false
        let lowered = name.lowercased()
        let keyLike = ["id", "urn", "code", "key", "uuid"].contains(lowered) || name.hasSuffix("Id") || lowered.hasSuffix("_id")
        return (unique ? 8 : 0) + (indexed ? 4 : 0) + (keyLike ? 2 : 0) + (column.type.scalar == .int ? 1 : 0)
    }

    /// `columns` in the order of their property names (and of their types' names, for one property's columns).
    private func sortedByName(_ columns: [Column]) -> [Column] {
        columns.sorted { a, b in
            let (nameA, nameB) = (graph.keys.name(a.key), graph.keys.name(b.key))
            return nameA != nameB ? nameA < nameB : header(a) < header(b)
        }
    }

    /// A key named `from` could make the header read as a relationship file's.
    private static func readsAsRelationshipHeader(_ name: String) -> Bool {
        name == "from" || name.hasPrefix("from:")
    }

    private func isUnique(_ column: Column, _ nodes: [NodeID]) -> Bool {
        var seen = Set<Value>()
        seen.reserveCapacity(nodes.count)
        for n in nodes {
            guard let value = graph.nodeProperty(n, column.key), seen.insert(value).inserted else { return false }
        }
        return true
    }

    private func header(_ column: Column) -> String {
        let name = graph.keys.name(column.key)
        return column.type == .string && !name.contains(":") ? name : name + ":" + column.type.description
    }

    private func writeNodes(_ group: NodeGroup, _ keyText: [String], into folder: String) throws {
        let writer = try TextFileWriter(path: (folder as NSString).appendingPathComponent(group.fileName))
        let others = group.columns.filter { $0 != group.key }
        var headers = [group.key.map(header) ?? ImportFileLayout.keyOnlyColumn + ":int"] + others.map(header)
        if group.hasExtraLabels { headers.append(ImportFileLayout.labelsColumn) }
        try writer.write(Self.record(headers))
        for n in group.nodes {
            var fields: [String?] = [keyText[n]]
            for column in others {
                fields.append(graph.nodeProperty(n, column.key).flatMap { ImportFieldType.of($0) == column.type ? ImportValueText.text($0) : nil })
            }
            if group.hasExtraLabels {
                let extra = graph.nodeLabels[n].dropFirst().map { graph.labels.name($0) }
                fields.append(extra.isEmpty ? nil : ImportValueText.text(.list(extra.map(Value.string))))
            }
            try writer.write(Self.record(fields))
        }
        try writer.close()
    }

    // MARK: - Relationships

    private func writeRelationships(_ relationships: [RelationshipID], startLabel: String?, endLabel: String?,
                                    _ keyText: [String], into path: String) throws {
        var columns: [Column] = []
        var seen = Set<Column>()
        for r in relationships {
            try graph.forEachRelationshipProperty(r) { key, value in
                guard let type = ImportFieldType.of(value) else {
                    throw Unrepresentable(reason: "a property \(graph.keys.name(key)) of \(graph.types.name(graph.relationshipType[r])) "
                        + "relationships holds \(ValueFormatting.cypherLiteral(value)), a list of mixed types")
                }
                let column = Column(key: key, type: type)
                if seen.insert(column).inserted { columns.append(column) }
            }
        }
        columns = sortedByName(columns)
        let writer = try TextFileWriter(path: path)
        let headers = ["from:" + (startLabel ?? ImportFileName.unlabelledStem), "to:" + (endLabel ?? ImportFileName.unlabelledStem)]
            + columns.map(header)
        try writer.write(Self.record(headers))
        for r in relationships {
            var fields: [String?] = [keyText[graph.relationshipStart[r]], keyText[graph.relationshipEnd[r]]]
            for column in columns {
                fields.append(graph.relationshipProperty(r, column.key).flatMap { ImportFieldType.of($0) == column.type ? ImportValueText.text($0) : nil })
            }
            try writer.write(Self.record(fields))
        }
        try writer.close()
    }

    // MARK: - CSV text

    /// One CSV line: nil fields are empty, present ones quoted when they must be, when empty (so
    /// that the empty string is told from an absent value), and when they start or end with a
    /// blank (which some readers would trim).
    static func record(_ fields: [String?]) -> String {
        var line = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { line += "," }
            guard let field else { continue }
            let bytes = field.utf8
            if field.isEmpty || bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
                || bytes.first == 0x20 || bytes.last == 0x20 || bytes.first == 0x09 || bytes.last == 0x09 {
                line += "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                line += field
            }
        }
        return line + "\n"
    }
}
