import Foundation
import TrellisEngine
import TrellisGraph

/// Loads a folder of CSV files in the import format (see `Docs/import-format.md`) straight into a
/// graph: node files first, building a key-to-node dictionary per label, then relationship files,
/// whose `from` and `to` fields are looked up in those dictionaries. Rows are read one at a time
/// from each file; no query text is involved.
///
/// Bad rows and unusable files are recorded in the report and skipped. The caller makes the
/// whole load atomic (``Database/importCSV(folder:options:progress:)`` wraps it in an undo scope).
final class CSVImporter {
    private struct SourceFile {
        var name: String
        var path: String
        var size: Int64
    }

    /// Why a row was not loaded.
    private struct RowRejection: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private let graph: PropertyGraph
    private let options: ImportOptions
    private let progress: (ImportProgress) -> Void
    private let isCancelled: () -> Bool
    private var report = ImportReport()
    /// Key dictionaries by node-file label; the nil key holds nodes without a label.
    private var keys: [String?: NodeKeyIndex] = [:]
    private var totalBytes: Int64 = 0
    private var finishedBytes: Int64 = 0
    private var reportedBytes: Int64 = -1
    private var rowsSinceCheck = 0

    init(graph: PropertyGraph, options: ImportOptions, progress: @escaping (ImportProgress) -> Void,
         isCancelled: @escaping () -> Bool) {
        self.graph = graph
        self.options = options
        self.progress = progress
        self.isCancelled = isCancelled
    }

    /// The label shown in reports for nodes without one.
    static let unlabelledName = "(no label)"

    /// Loads every `.csv` file of `folder`. Throws ``ImportError`` when the folder or a file
    /// cannot be read, or when a strict import finds a problem; cancellation throws a `Cancelled` error.
    func run(folder: String) throws -> ImportReport {
        let clock = ContinuousClock()
        let started = clock.now
        let files = try listFiles(folder)
        totalBytes = files.reduce(0) { $0 + $1.size }
        report.files = files.map(\.name)

        var nodeFiles: [(SourceFile, String?, ImportFileLayout.Nodes)] = []
        var relationshipFiles: [(SourceFile, String, ImportFileLayout.Relationships)] = []
        for file in files {
            guard let (stem, layout) = try classify(file) else { continue }
            switch (stem, layout) {
            case let (.unlabelled, .nodes(nodes)): nodeFiles.append((file, nil, nodes))
            case let (.named(label), .nodes(nodes)): nodeFiles.append((file, label, nodes))
            case let (.named(type), .relationships(relationships)): relationshipFiles.append((file, type, relationships))
            case (.unlabelled, .relationships):
                skip(file, "a relationship file is named after its type, and \(ImportFileName.unlabelledStem) is no type")
            }
        }
        for (file, label, layout) in nodeFiles { try loadNodes(file, label: label, layout) }
        for (file, type, layout) in relationshipFiles { try loadRelationships(file, type: type, layout) }
        progress(ImportProgress(file: files.last?.name ?? "", bytesRead: totalBytes, totalBytes: totalBytes))

        report.elapsed = clock.now - started
        if options.strict, report.badRowCount > 0 || !report.skippedFiles.isEmpty {
            throw ImportError.rejected(report)
        }
        return report
    }

    // MARK: - Files

    private func listFiles(_ folder: String) throws -> [SourceFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw ImportError.unreadableFolder(path: folder, reason: (error as NSError).localizedDescription)
        }
        var files: [SourceFile] = []
        for name in names.sorted() where ImportFileName.isCSV(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            files.append(SourceFile(name: name, path: path, size: size))
        }
        if files.isEmpty { throw ImportError.noFiles(path: folder) }
        return files
    }

    private func open(_ file: SourceFile) throws -> CSVFileReader {
        do {
            return try CSVFileReader(path: file.path)
        } catch let error as CSVFileReader.ReadError {
            throw ImportError.unreadableFile(path: file.path, reason: error.reason)
        }
    }

    private func nextRow(_ reader: CSVFileReader, _ file: SourceFile) throws -> CSVFileReader.Row? {
        do {
            return try reader.next()
        } catch let error as CSVFileReader.ReadError {
            throw ImportError.unreadableFile(path: file.path, reason: error.reason)
        }
    }

    /// What a file holds, from its name and header; nil (and the file skipped) when unusable.
    private func classify(_ file: SourceFile) throws -> (ImportFileName.Stem, ImportFileLayout)? {
        guard let stem = ImportFileName.stem(of: file.name) else {
            skip(file, "the file name names no label or type (it should be LABEL.csv or TYPE.csv)")
            return nil
        }
        let reader = try open(file)
        switch try nextRow(reader, file) {
        case nil:
            skip(file, "the file is empty; it needs a header row")
            return nil
        case .malformed(_, let reason)?:
            skip(file, "the header row cannot be read: \(reason)")
            return nil
        case .fields(_, let header)?:
            switch ImportFileLayout.parse((0..<header.count).map { header.text($0) }) {
            case .success(let layout): return (stem, layout)
            case .failure(let error):
                skip(file, error.reason)
                return nil
            }
        }
    }

    private func skip(_ file: SourceFile, _ reason: String) {
        report.skippedFiles.append(file.name)
        record(ImportProblem(file: file.path, line: 1, reason: reason))
    }

    private func bad(_ file: SourceFile, _ line: Int, _ reason: String) {
        report.badRowCount += 1
        record(ImportProblem(file: file.path, line: line, reason: reason))
    }

    private func record(_ problem: ImportProblem) {
        if report.problems.count < options.maxReportedProblems { report.problems.append(problem) }
    }

    /// Reports progress when the reader has taken in more of the file, and checks for cancellation.
    private func tick(_ reader: CSVFileReader, _ file: SourceFile) throws {
        rowsSinceCheck += 1
        if rowsSinceCheck >= 4096 {
            rowsSinceCheck = 0
            if isCancelled() { throw TrellisError(.cancelled, "Cancelled", "the import was cancelled") }
        }
        let read = finishedBytes + reader.bytesRead
        if read != reportedBytes {
            reportedBytes = read
            progress(ImportProgress(file: file.name, bytesRead: read, totalBytes: totalBytes))
        }
    }

    /// Reads the rows after the header, handing each well-formed one to `load`, which returns
    /// why it rejected the row, if it did.
    private func forEachRow(_ file: SourceFile, _ load: (_ fields: CSVRecord) -> String?) throws {
        let reader = try open(file)
        _ = try nextRow(reader, file)
        while let row = try nextRow(reader, file) {
            try tick(reader, file)
            switch row {
            case let .malformed(line, reason): bad(file, line, reason)
            case let .fields(line, fields): if let reason = load(fields) { bad(file, line, reason) }
            }
        }
        finishedBytes += reader.bytesRead
    }

    private func count(_ counts: inout [ImportReport.Count], _ name: String, _ added: Int) {
        if let i = counts.firstIndex(where: { $0.name == name }) { counts[i].count += added } else { counts.append(.init(name: name, count: added)) }
    }

    // MARK: - Nodes

    private func loadNodes(_ file: SourceFile, label: String?, _ layout: ImportFileLayout.Nodes) throws {
        let labelName = label ?? Self.unlabelledName
        let index = keys[label] ?? NodeKeyIndex(keyType: layout.key.type, keyHeader: layout.key.header)
        keys[label] = index
        guard index.keyType == layout.key.type else {
            skip(file, "the key column \(layout.key.header) does not have the type of \(index.keyHeader), the key of an earlier \(labelName) file")
            return
        }
        let fileLabels = label.map { [graph.internLabel($0)] } ?? []
        let keyID = graph.internKey(layout.key.name)
        let propertyIDs = layout.properties.map { graph.internKey($0.name) }
        let schema = graph.schema
        var loaded = 0

        try forEachRow(file) { fields in
            guard fields.count == layout.fieldCount else { return "expected \(layout.fieldCount) fields but found \(fields.count)" }
            let key: Value
            switch fields.withField(0, { ImportValueText.read($0, as: layout.key.type) }) ?? .absent {
            case .value(let value): key = value
            case .absent: return "the key \(layout.key.header) is empty"
            case .invalid(let reason): return "\(reason) (column \(layout.key.header))"
            }
            let taken = index.hasTextKeys ? (fields.withField(0, { index.node(forText: $0) }) ?? nil) != nil : index.node(for: key) != nil
            if taken {
                return "duplicate key \(ValueFormatting.cypherLiteral(key)): an earlier \(labelName) row has it"
            }
            var properties = PropertyList()
            properties.reserveCapacity(propertyIDs.count + 1)
            if layout.storesKey { properties.append(keyID, key) }
            if let reason = Self.read(fields, layout.properties, propertyIDs, into: &properties) { return reason }
            var labels = fileLabels
            if let column = layout.labelsColumn, let text = fields.text(column) {
                for name in ImportValueText.listItems(text) where !name.isEmpty {
                    let id = graph.internLabel(name)
                    if !labels.contains(id) { labels.append(id) }
                }
            }
            let node = graph.createNode(labels: labels, properties: properties)
            if let schema {
                do {
                    try SchemaValidator.validate(graph, schema, changes: [.createdNodes(node..<node + 1)])
                } catch {
                    graph.deleteNode(node)
                    return Self.message(error)
                }
            }
            if index.hasTextKeys {
                _ = fields.withField(0) { index.insert(text: $0, node) }
            } else {
                _ = index.insert(key, node)
            }
            loaded += 1
            return nil
        }
        count(&report.nodes, labelName, loaded)
    }

    // MARK: - Relationships

    private func loadRelationships(_ file: SourceFile, type: String, _ layout: ImportFileLayout.Relationships) throws {
        let startHeader = "from:" + (layout.startLabel ?? ImportFileName.unlabelledStem)
        let endHeader = "to:" + (layout.endLabel ?? ImportFileName.unlabelledStem)
        guard let starts = keys[layout.startLabel] else {
            skip(file, "\(startHeader): no node file for \(layout.startLabel ?? Self.unlabelledName) was loaded")
            return
        }
        guard let ends = keys[layout.endLabel] else {
            skip(file, "\(endHeader): no node file for \(layout.endLabel ?? Self.unlabelledName) was loaded")
            return
        }
        let typeID = graph.internType(type)
        let propertyIDs = layout.properties.map { graph.internKey($0.name) }
        let schema = graph.schema
        var loaded = 0

        func endpoint(_ fields: CSVRecord, _ column: Int, _ index: NodeKeyIndex, _ header: String, _ label: String?) -> Result<NodeID, RowRejection> {
            if index.hasTextKeys, let node = fields.withField(column, { index.node(forText: $0) }) ?? nil {
                return .success(node)
            }
            switch fields.withField(column, { ImportValueText.read($0, as: index.keyType) }) ?? .absent {
            case .absent: return .failure(RowRejection("\(header) is empty"))
            case .invalid(let reason): return .failure(RowRejection("\(reason) (column \(header), keyed by \(index.keyHeader))"))
            case .value(let key):
                guard let node = index.node(for: key) else {
                    return .failure(RowRejection("no \(label ?? Self.unlabelledName) node has the key \(ValueFormatting.cypherLiteral(key)) (column \(header))"))
                }
                return .success(node)
            }
        }

        try forEachRow(file) { fields in
            guard fields.count == layout.fieldCount else { return "expected \(layout.fieldCount) fields but found \(fields.count)" }
            let start: NodeID, end: NodeID
            switch endpoint(fields, 0, starts, startHeader, layout.startLabel) {
            case .success(let node): start = node
            case .failure(let error): return error.reason
            }
            switch endpoint(fields, 1, ends, endHeader, layout.endLabel) {
            case .success(let node): end = node
            case .failure(let error): return error.reason
            }
            var properties = PropertyList()
            if !propertyIDs.isEmpty { properties.reserveCapacity(propertyIDs.count) }
            if let reason = Self.read(fields, layout.properties, propertyIDs, into: &properties) { return reason }
            let relationship = graph.createRelationship(type: typeID, from: start, to: end, properties: properties)
            if let schema {
                do {
                    try SchemaValidator.validate(graph, schema, changes: [.createdRelationships(relationship..<relationship + 1)])
                } catch {
                    graph.deleteRelationship(relationship)
                    return Self.message(error)
                }
            }
            loaded += 1
            return nil
        }
        count(&report.relationships, type, loaded)
    }

    // MARK: - Properties

    /// Reads the property columns of a row; returns why the row is bad, if it is.
    private static func read(_ fields: CSVRecord, _ columns: [ImportFileLayout.Column], _ keyIDs: [Int32],
                             into properties: inout PropertyList) -> String? {
        for (column, keyID) in zip(columns, keyIDs) {
            guard let reading = fields.withField(column.index, { ImportValueText.read($0, as: column.type) }) else { continue }
            switch reading {
            case .absent: continue
            case .invalid(let reason): return "\(reason) (column \(column.header))"
            case .value(let value):
                if properties[keyID] != nil { return "\(column.name) is given twice (column \(column.header) and another)" }
                properties.append(keyID, value)
            }
        }
        return nil
    }

    /// A schema violation's message, without the kind and code a diagnostic would add.
    private static func message(_ error: any Error) -> String {
        (error as? TrellisError)?.message ?? String(describing: error)
    }
}
