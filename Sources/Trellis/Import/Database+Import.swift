extension Database {
    /// Loads a folder of CSV files in the import format (`Docs/import-format.md`): one node file
    /// per label (`School.csv`, key column first) and one relationship file per type
    /// (`IN_AUTHORITY.csv`, `from:School,to:Authority,...`). The nodes and relationships are added
    /// to the graph; existing nodes are not matched or merged.
    ///
    /// Bad rows — a wrong number of fields, a value that does not read as its column's type, an
    /// unknown `from`/`to` key, a duplicate key, a schema violation — are listed in the report as
    /// `file:line: reason` and skipped; with ``ImportOptions/strict`` any of them makes the import
    /// throw ``ImportError/rejected(_:)`` instead. Either way the import is atomic: when it throws
    /// (also for unreadable files, or when ``interrupt()`` cancels it) the graph is left exactly as it was.
    ///
    /// When the database is kept in a file, the import is made durable by a checkpoint (a new
    /// snapshot) before it commits, rather than by one huge journal record; if the checkpoint
    /// fails, nothing is imported.
    ///
    /// - Parameters:
    ///   - folder: The folder holding the CSV files.
    ///   - options: Whether a bad row fails the import, and how many problems to list.
    ///   - progress: Called as the files are read (on the calling thread, while the
    ///     database is locked: it must not use the database).
    public func importCSV(folder: String, options: ImportOptions = ImportOptions(),
                          progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        let started = interruptions.load(ordering: .acquiring)
        return try withoutActuallyEscaping(progress) { progress in
            try lock.withWriteLock {
                let graph = engine.graph
                let importer = CSVImporter(graph: graph, options: options, progress: progress) { [self] in
                    interruptions.load(ordering: .relaxed) != started
                }
                // The adjacency is built once at the end rather than grown row by row.
                graph.suspendAdjacency()
                graph.beginStatement()
                do {
                    let report = try importer.run(folder: folder)
                    if let store { try store.checkpoint() }
                    graph.commitStatement()
                    graph.resumeAdjacency()
                    return report
                } catch {
                    graph.rollbackStatement()
                    graph.resumeAdjacency()
                    throw error
                }
            }
        }
    }
}
