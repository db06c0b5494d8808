import Foundation

/// Finds feature files under the paths given on the command line.
public enum FeatureDiscovery {
    /// The directory paths are reported relative to: the nearest enclosing directory named
    /// `features` (so `.../features/clauses/match` still reports `clauses/match/...`), or else
    /// the given directory itself (the parent directory for a file).
    public static func featuresRoot(for url: URL) -> URL {
        let standardized = url.standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: standardized.path, isDirectory: &isDirectory)
        let start = exists && isDirectory.boolValue ? standardized : standardized.deletingLastPathComponent()
        var candidate = start
        while candidate.pathComponents.count > 1 {
            if candidate.lastPathComponent == "features" { return candidate }
            candidate = candidate.deletingLastPathComponent()
        }
        return start
    }

    /// Every `.feature` file under `paths` (directories are searched recursively, files taken
    /// as they are), sorted by relative path, without duplicates.
    /// - Throws: ``FeatureDiscoveryError`` for a path that does not exist.
    public static func featureFiles(in paths: [String]) throws -> [FeatureFile] {
        var found: [String: FeatureFile] = [:]
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw FeatureDiscoveryError(message: "no such file or directory: \(path)")
            }
            let root = featuresRoot(for: url)
            let files = isDirectory.boolValue ? featureURLs(under: url) : [url]
            for file in files {
                let relative = relativePath(of: file, under: root)
                found[relative] = FeatureFile(url: file, relativePath: relative)
            }
        }
        return found.values.sorted { $0.relativePath < $1.relativePath }
    }

    private static func featureURLs(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var urls: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "feature" {
            urls.append(url.standardizedFileURL)
        }
        return urls
    }

    private static func relativePath(of file: URL, under root: URL) -> String {
        let fileComponents = file.standardizedFileURL.pathComponents
        let rootComponents = root.standardizedFileURL.pathComponents
        guard fileComponents.starts(with: rootComponents) else { return file.lastPathComponent }
        return fileComponents.dropFirst(rootComponents.count).joined(separator: "/")
    }
}

/// A command-line path that names no feature files.
public struct FeatureDiscoveryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
