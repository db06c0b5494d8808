/// A row (or a whole file) that an import could not load, and why.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the import was given it (the folder joined with the file name).
    public var file: String
    /// The 1-based line the row starts on; 1 for a problem with the header or the whole file.
    public var line: Int
    /// What is wrong, e.g. `'abc' is not an int (column pupils:int)`.
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, the form compilers use, so editors can jump to the row.
    public var description: String { "\(file):\(line): \(reason)" }
}
