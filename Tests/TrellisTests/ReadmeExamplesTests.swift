import Foundation
import Testing

/// README's `console` examples are run and must print exactly what README shows.
@Suite("README examples")
struct ReadmeExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var command: String
        var expected: String
        var testDescription: String { String(command.prefix(80)) }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each `$ trellis ...` line of a ```console block, with the lines up to the next `$` or the block's end.
    static let examples: [Example] = {
        guard let text = try? String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inConsole = false
        var current: Example?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if inConsole, let c = current { examples.append(c); current = nil }
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                if let c = current { examples.append(c) }
                current = Example(command: String(line.dropFirst(2)), expected: "")
            } else if current != nil {
                current!.expected += line + "\n"
            }
        }
        return examples
    }()

    /// Splits a command line the way a POSIX shell would for plain words, '...' and "..." (with \" and \\).
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        var escape = false
        for c in command {
            if escape { word.append(c); escape = false; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escape = true } else { word.append(c) }
                continue
            }
            switch c {
            case "'", "\"": quote = c; inWord = true
            case " ":
                if inWord { words.append(word); word = ""; inWord = false }
            default: word.append(c); inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    @Test func readmeHasExamples() {
        #expect(Self.examples.count >= 4)
    }

    @Test(.enabled(if: ExecutableTests.executable != nil || programsAreRequired, "the trellis program has not been built"),
          arguments: examples)
    func examplePrintsWhatReadmeShows(_ example: Example) throws {
        let arguments = Self.words(example.command)
        try #require(arguments.first == "trellis")
        let process = Process()
        let program = try #require(ExecutableTests.executable)
        process.executableURL = program
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = Self.repositoryRoot
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: data, as: UTF8.self) == example.expected)
    }
}
