import Foundation

/// A `.feature` file found under a features root, named relative to that root.
public struct FeatureFile: Sendable, Hashable {
    public var url: URL
    /// Path relative to the features root, e.g. `clauses/match/Match1.feature`.
    public var relativePath: String

    public init(url: URL, relativePath: String) {
        self.url = url
        self.relativePath = relativePath
    }

    /// The report folder: the first two directories of the relative path, e.g. `clauses/match`;
    /// `.` for a file directly under the root.
    public var folder: String { Self.folder(ofRelativePath: relativePath) }

    /// The report folder of a root-relative path.
    public static func folder(ofRelativePath path: String) -> String {
        let directories = path.split(separator: "/").dropLast()
        return directories.isEmpty ? "." : directories.prefix(2).joined(separator: "/")
    }

    /// The runnable scenarios of the file.
    /// - Throws: ``GherkinParseError`` or a file-reading error.
    public func scenarios() throws -> [Scenario] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return OutlineExpansion.scenarios(of: try GherkinParser.parse(text))
    }
}
