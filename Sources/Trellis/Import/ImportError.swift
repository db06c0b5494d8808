/// Why an import loaded nothing. The graph is left as it was.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    /// The folder cannot be listed.
    case unreadableFolder(path: String, reason: String)
    /// The folder holds no `.csv` file.
    case noFiles(path: String)
    /// A file could not be read (not a bad row: the file itself).
    case unreadableFile(path: String, reason: String)
    /// A strict import met bad rows or bad files; the report lists them.
    case rejected(ImportReport)

    public var description: String {
        switch self {
        case let .unreadableFolder(path, reason): return "\(path): error: cannot read the folder: \(reason)"
        case let .noFiles(path): return "\(path): error: the folder holds no .csv files"
        case let .unreadableFile(path, reason): return "\(path): error: cannot read the file: \(reason)"
        case let .rejected(report):
            let count = report.badRowCount + report.skippedFiles.count
            return "error: nothing was imported: \(count) problem\(count == 1 ? "" : "s") found, and a strict import loads nothing unless every row is good"
        }
    }
}
