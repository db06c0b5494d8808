import Foundation

/// The TCK's named graphs (`Given the binary-tree-1 graph`), read from a graphs directory laid
/// out as `<name>/<name>.json` (metadata listing the creation scripts) and `<name>/<script>.cypher`.
public struct NamedGraphs: Sendable {
    /// The directory holding one folder per graph.
    public var directory: URL?

    public init(directory: URL?) {
        self.directory = directory
    }

    private struct Metadata: Decodable {
        var scripts: [String]
    }

    /// The creation queries of graph `name`, in the order its metadata lists them.
    /// - Throws: ``NamedGraphError`` when the graph or its scripts cannot be read.
    public func scripts(for name: String) throws -> [String] {
        guard let directory else { throw NamedGraphError(message: "no graphs directory for graph \(name)") }
        let folder = directory.appendingPathComponent(name, isDirectory: true)
        let metadataURL = folder.appendingPathComponent("\(name).json")
        var scriptNames = [name]
        if FileManager.default.fileExists(atPath: metadataURL.path) {
            do {
                scriptNames = try JSONDecoder().decode(Metadata.self, from: Data(contentsOf: metadataURL)).scripts
            } catch {
                throw NamedGraphError(message: "cannot read \(metadataURL.path): \(error)")
            }
        }
        return try scriptNames.map { script in
            let file = script.hasSuffix(".cypher") ? script : script + ".cypher"
            let url = folder.appendingPathComponent(file)
            do {
                return try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw NamedGraphError(message: "cannot read graph script \(url.path)")
            }
        }
    }
}

/// A named graph that cannot be set up.
public struct NamedGraphError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
