import Foundation

/// One query found in a TCK feature file.
struct TCKQuery {
    var file: String
    var line: Int
    var scenario: String
    var text: String
    /// True for `having executed:` set-up queries, false for the query under test.
    var isSetUp: Bool
    /// The detail code when the scenario expects a compile-time SyntaxError.
    var expectedSyntaxError: String?
}

/// A minimal reader for the Gherkin files of the openCypher TCK: scenarios,
/// doc strings after `executing query:` / `having executed:`, the expected error
/// and `Examples:` tables of scenario outlines (whose `<name>` holes it fills in).
enum TCKFeatureReader {
    /// `shared/tck/features` beside the repository, when present.
    static let featuresDirectory: URL? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TrellisSyntaxTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/tck/features")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return directory
    }()

    static func allQueries() throws -> [TCKQuery] {
        guard let directory = featuresDirectory,
              let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "feature" { files.append(url) }
        files.sort { $0.path < $1.path }
        var queries: [TCKQuery] = []
        for file in files {
            let name = file.path.replacingOccurrences(of: directory.path + "/", with: "")
            queries += read(try String(contentsOf: file, encoding: .utf8), file: name)
        }
        return queries
    }

    private struct PendingQuery {
        var text: String
        var line: Int
        var isSetUp: Bool
    }

    static func read(_ content: String, file: String) -> [TCKQuery] {
        let lines = content.components(separatedBy: "\n")
        var result: [TCKQuery] = []
        var scenario: String? = nil
        var pending: [PendingQuery] = []
        var expected: String? = nil
        var examples: [[String: String]] = []
        var nextDocStringIsSetUp: Bool? = nil

        func flush() {
            guard let name = scenario else { return }
            let rows = examples.isEmpty ? [[:]] : examples
            for row in rows {
                for query in pending {
                    var text = query.text
                    for (key, value) in row { text = text.replacingOccurrences(of: "<\(key)>", with: value) }
                    result.append(TCKQuery(file: file, line: query.line, scenario: name, text: text,
                                           isSetUp: query.isSetUp, expectedSyntaxError: query.isSetUp ? nil : expected))
                }
            }
            scenario = nil
            pending = []
            expected = nil
            examples = []
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            index += 1
            if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
            if trimmed.hasPrefix("Scenario:") || trimmed.hasPrefix("Scenario Outline:") {
                flush()
                scenario = trimmed
            } else if trimmed.hasSuffix("executing query:") {
                nextDocStringIsSetUp = false
            } else if trimmed.hasSuffix("having executed:") {
                nextDocStringIsSetUp = true
            } else if trimmed == "\"\"\"" {
                let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
                let startLine = index + 1
                var body: [String] = []
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "\"\"\"" {
                    body.append(String(lines[index].dropFirst(min(indentation, lines[index].prefix { $0 == " " }.count))))
                    index += 1
                }
                index += 1
                if let isSetUp = nextDocStringIsSetUp {
                    pending.append(PendingQuery(text: body.joined(separator: "\n"), line: startLine, isSetUp: isSetUp))
                }
                nextDocStringIsSetUp = nil
            } else if trimmed.hasPrefix("Then a SyntaxError should be raised at compile time:") {
                expected = trimmed.components(separatedBy: ":").last?.trimmingCharacters(in: .whitespaces)
            } else if trimmed.hasPrefix("Examples:") {
                guard index < lines.count else { continue }
                let header = cells(lines[index])
                index += 1
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    let values = cells(lines[index])
                    var row: [String: String] = [:]
                    for (key, value) in zip(header, values) { row[key] = value }
                    examples.append(row)
                    index += 1
                }
            }
        }
        flush()
        return result
    }

    /// The cells of a Gherkin table row, with `\|`, `\\` and `\n` unescaped.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaping = false
        var started = false
        for character in line.trimmingCharacters(in: .whitespaces) {
            if escaping {
                switch character {
                case "|": cell.append("|")
                case "n": cell.append("\n")
                case "\\": cell.append("\\")
                default: cell.append("\\"); cell.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                if started { cells.append(cell.trimmingCharacters(in: .whitespaces)) }
                started = true
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }
}
