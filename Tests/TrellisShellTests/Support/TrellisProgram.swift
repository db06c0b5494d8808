import Foundation

/// The built `trellis` program and what the tests start it with.
enum TrellisProgram {
    /// The `trellis` program built next to the test bundle, if any.
    static let executable: String? = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("trellis")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The folder of the package.
    static let packageFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sample partnership graph script.
    static var samplePath: String { packageFolder.appendingPathComponent("Samples/partnerships.cypher").path }

    /// A new empty folder to serve as the home folder, so that the history file is the test's own.
    static func makeHomeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("trellis-shell-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The environment the shell runs in: a UTF-8 locale, an xterm, and `home` as the home folder.
    static func environment(home: URL) -> [String: String] {
        ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
    }

    /// `trellis --init fixture.cypher` (``ShellFixture``) in a terminal, with `home` as its home folder.
    static func startShell(home: URL) throws -> TerminalSession {
        guard let executable else { throw TerminalSessionError.cannotStart("trellis", "it has not been built") }
        let fixture = try ShellFixture.writeScript(in: home)
        return try TerminalSession(executable: executable, arguments: ["--init", fixture],
                                   environment: environment(home: home))
    }
}
