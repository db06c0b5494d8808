/// What a file of the CSV import format holds, as its header row says.
///
/// A header whose first two columns are `from:LABEL` and `to:LABEL` starts a relationship file;
/// any other header a node file, whose first column is the key. Every other column is a property,
/// `name` or `name:type`, except `:labels` in a node file (extra labels, `;`-separated).
enum ImportFileLayout {
    /// One property column.
    struct Column {
        /// Where the field stands in each record.
        var index: Int
        /// The property's name.
        var name: String
        var type: ImportFieldType
        /// The column as the header spells it, for messages.
        var header: String
    }

    /// A node file: the key column first, then properties and perhaps `:labels`.
    struct Nodes {
        /// The key column; also a property unless it is named `_id`.
        var key: Column
        /// True when the key is stored as a property (it is not named `_id`).
        var storesKey: Bool
        /// Property columns other than the key.
        var properties: [Column]
        /// The `:labels` column, if any.
        var labelsColumn: Int?
        var fieldCount: Int
    }

    /// A relationship file: `from:LABEL,to:LABEL`, then properties.
    struct Relationships {
        /// The label of the node file the `from` keys belong to; nil for `()`, nodes without a label.
        var startLabel: String?
        var endLabel: String?
        var properties: [Column]
        var fieldCount: Int
    }

    case nodes(Nodes)
    case relationships(Relationships)

    /// The name of a key column that is not stored as a property.
    static let keyOnlyColumn = "_id"
    /// The header of the extra-labels column.
    static let labelsColumn = ":labels"

    /// The layout a header row describes, or why it describes none.
    static func parse(_ header: [String?]) -> Result<ImportFileLayout, LayoutError> {
        let names = header.map { $0 ?? "" }
        if let empty = names.firstIndex(of: "") { return .failure(LayoutError("column \(empty + 1) of the header has no name")) }
        if names.count >= 2, names[0].hasPrefix("from:"), names[1].hasPrefix("to:") {
            return relationships(names).map(ImportFileLayout.relationships)
        }
        return nodes(names).map(ImportFileLayout.nodes)
    }

    private static func nodes(_ names: [String]) -> Result<Nodes, LayoutError> {
        if isLabelsColumn(names[0]) { return .failure(LayoutError("the first column must be the key, not \(names[0])")) }
        var columns: [Column] = []
        var labelsColumn: Int?
        for (index, name) in names.enumerated() {
            if isLabelsColumn(name) {
                if labelsColumn != nil { return .failure(LayoutError("\(labelsColumn.map { names[$0] } ?? name) appears twice")) }
                labelsColumn = index
                continue
            }
            switch column(name, at: index) {
            case .success(let column): columns.append(column)
            case .failure(let error): return .failure(error)
            }
        }
        let key = columns.removeFirst()
        if key.type.isList { return .failure(LayoutError("the key column \(key.header) cannot be a list")) }
        let storesKey = key.name != keyOnlyColumn
        if let error = duplicate(storesKey ? [key] + columns : columns) { return .failure(error) }
        return .success(Nodes(key: key, storesKey: storesKey, properties: columns, labelsColumn: labelsColumn, fieldCount: names.count))
    }

    private static func relationships(_ names: [String]) -> Result<Relationships, LayoutError> {
        func label(_ header: String, _ prefix: String) -> Result<String?, LayoutError> {
            let label = String(header.dropFirst(prefix.count))
            if label.isEmpty { return .failure(LayoutError("\(header) names no label")) }
            return .success(label == ImportFileName.unlabelledStem ? nil : label)
        }
        let start: String?, end: String?
        switch (label(names[0], "from:"), label(names[1], "to:")) {
        case let (.success(s), .success(e)): (start, end) = (s, e)
        case let (.failure(error), _), let (_, .failure(error)): return .failure(error)
        }
        var columns: [Column] = []
        for (index, name) in names.enumerated().dropFirst(2) {
            if isLabelsColumn(name) { return .failure(LayoutError("relationships have no labels; \(name) belongs in node files")) }
            switch column(name, at: index) {
            case .success(let column): columns.append(column)
            case .failure(let error): return .failure(error)
            }
        }
        if let error = duplicate(columns) { return .failure(error) }
        return .success(Relationships(startLabel: start, endLabel: end, properties: columns, fieldCount: names.count))
    }

    private static func isLabelsColumn(_ name: String) -> Bool {
        name.lowercased() == labelsColumn || name == ":LABEL"
    }

    /// `name` or `name:type`; the type follows the last colon.
    private static func column(_ header: String, at index: Int) -> Result<Column, LayoutError> {
        guard let colon = header.lastIndex(of: ":") else {
            return .success(Column(index: index, name: header, type: .string, header: header))
        }
        let name = String(header[..<colon]), typeName = String(header[header.index(after: colon)...])
        guard let type = ImportFieldType(name: typeName) else {
            let known = ImportFieldType.Scalar.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(LayoutError("unknown type '\(typeName)' in column \(header) (types: \(known), and lists such as int[]; "
                + "a name with a colon needs a type, as in 'a:b:string')"))
        }
        if name.isEmpty { return .failure(LayoutError("column \(header) has no name")) }
        return .success(Column(index: index, name: name, type: type, header: header))
    }

    /// A property given twice with the same type (different types are allowed: a row fills one).
    private static func duplicate(_ columns: [Column]) -> LayoutError? {
        var seen = Set<String>()
        for column in columns where !seen.insert(column.name + ":" + column.type.description).inserted {
            return LayoutError("the column \(column.header) appears twice")
        }
        return nil
    }
}

/// Why a header row cannot be used.
struct LayoutError: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
