/// An expected result: column names and rows of expected values.
public struct ExpectedTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[ExpectedValue]]

    public init(columns: [String], rows: [[ExpectedValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table's first row as column names and every further row parsed as values.
    /// - Throws: ``ExpectedValueParseError`` for a cell that is not a value.
    public init(parsing table: DataTable) throws {
        columns = table.header
        rows = try table.body.map { row in try row.map { try ExpectedValueParser.parse($0) } }
    }
}
