/// What an import loaded and what it could not.
public struct ImportReport: Sendable, Hashable {
    /// How many nodes of one label, or relationships of one type, were loaded.
    public struct Count: Sendable, Hashable {
        /// The label of a node file (`(no label)` for `().csv`) or the relationship type.
        public var name: String
        public var count: Int

        public init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }

    /// Nodes loaded per node-file label, in the order the files were read.
    public var nodes: [Count] = []
    /// Relationships loaded per type, in the order the files were read.
    public var relationships: [Count] = []
    /// The bad rows and bad files, as many as ``ImportOptions/maxReportedProblems``, in the order they
    /// were met: unusable files first, then the rows of the node files, then of the relationship files.
    public var problems: [ImportProblem] = []
    /// Every row that was skipped (bad rows beyond the listed ones included).
    public var badRowCount = 0
    /// Files skipped whole because their header or name could not be used.
    public var skippedFiles: [String] = []
    /// The `.csv` files read, in order.
    public var files: [String] = []
    /// How long the import took.
    public var elapsed: Duration = .zero

    public init() {}

    /// All nodes loaded.
    public var nodeCount: Int { nodes.reduce(0) { $0 + $1.count } }
    /// All relationships loaded.
    public var relationshipCount: Int { relationships.reduce(0) { $0 + $1.count } }

    /// A few lines for people: the totals and time, the counts per label and per type,
    /// and how many rows and files were skipped.
    ///
    /// ```text
    /// Imported 35 nodes and 43 relationships from 5 files in 0.01 s.
    ///   Authority     5 nodes
    ///   School        30 nodes
    ///   IN_AUTHORITY  30 relationships
    ///   STRENGTH      13 relationships
    /// Skipped 2 bad rows.
    /// ```
    public var summary: String {
        var lines = ["Imported \(plural(nodeCount, "node")) and \(plural(relationshipCount, "relationship")) "
            + "from \(plural(files.count, "file")) in \(Self.seconds(elapsed))."]
        let rows = nodes.map { ($0.name, plural($0.count, "node")) } + relationships.map { ($0.name, plural($0.count, "relationship")) }
        let width = rows.map { $0.0.count }.max() ?? 0
        for (name, count) in rows {
            lines.append("  " + name + String(repeating: " ", count: width - name.count + 2) + count)
        }
        if badRowCount > 0 { lines.append("Skipped \(plural(badRowCount, "bad row")).") }
        if !skippedFiles.isEmpty { lines.append("Skipped \(plural(skippedFiles.count, "file")): \(skippedFiles.joined(separator: ", ")).") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `0.42 s`, `12.3 s`, `95 s`.
    static func seconds(_ duration: Duration) -> String {
        let components = duration.components
        let value = Double(components.seconds) + Double(components.attoseconds) / 1e18
        let digits = value < 10 ? 2 : value < 100 ? 1 : 0
        let scale = [1.0, 10.0, 100.0][digits]
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if digits == 0 {
            text = String(Int(rounded))
        } else if let point = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: point)...]
            text += String(repeating: "0", count: max(0, digits - fraction.count))
        }
        return text + " s"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
