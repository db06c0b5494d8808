import Foundation

/// Completes file paths typed after `:read`, `:open`, `:save` and `:output`: names in the folder
/// typed so far (the current folder at first), folders ending in `/`. `~/` stands for the home folder.
struct PathCompleter {
    /// Completes `typed`, a path up to the cursor.
    func complete(_ typed: String) -> CompletionResult {
        let folderPart: String
        let namePrefix: String
        if let slash = typed.lastIndex(of: "/") {
            folderPart = String(typed[...slash])
            namePrefix = String(typed[typed.index(after: slash)...])
        } else {
            folderPart = ""
            namePrefix = typed
        }
        let folder = folderPart.isEmpty ? "." : Self.expandingTilde(folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return .nothing }
        let candidates = names.filter { name in
            name.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !name.hasPrefix("."))
        }.sorted().map { name in
            var isFolder: ObjCBool = false
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return CompletionCandidate(folderPart + name, suffix: isFolder.boolValue ? "/" : "",
                                       display: name + (isFolder.boolValue ? "/" : ""))
        }
        return .choosing(candidates, replacing: typed)
    }

    /// `path` with a leading `~` or `~/` replaced by the home folder.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
