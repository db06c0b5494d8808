extension Database {
    /// Writes the whole graph as a script of statements that recreates it, piece by piece, to
    /// `output`: Trellis reloads it exactly (`trellis run FILE`), and other databases in the
    /// openCypher family, such as Neo4j, can load it too. Indexes come first, then the nodes and
    /// the relationships in batches; see `CypherDumper` in the source for the layout.
    ///
    /// The database stays readable meanwhile; writers wait until the dump is written.
    public func dumpCypher(to output: (String) throws -> Void) throws {
        try lock.withReadLock { try CypherDumper(graph: engine.graph).write(to: output) }
    }

    /// The whole graph as a script of statements that recreates it (see ``dumpCypher(to:)``).
    public func dumpCypher() -> String {
        lock.withReadLock { CypherDumper(graph: engine.graph).script() }
    }

    /// Writes the whole graph as a folder of CSV files in the import format, which
    /// ``importCSV(folder:options:progress:)`` loads back into the same graph. The folder is
    /// created if needed and must be empty. Returns the names of the files written.
    ///
    /// Throws when a file cannot be written, or when the graph holds what the format cannot:
    /// a list property with items of different types, or a node property named `_id`.
    @discardableResult
    public func dumpCSV(toFolder folder: String) throws -> [String] {
        try lock.withReadLock { try CSVDumper(graph: engine.graph).write(toFolder: folder) }
    }
}
