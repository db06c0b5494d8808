import Foundation

/// Parses the Gherkin subset used by feature files: `Feature`, `Background`, `Scenario`,
/// `Scenario Outline` with `Examples`, tags, comments, doc strings and data tables.
public struct GherkinParser {
    private enum Block {
        case none
        case featureDescription
        case background
        case scenario
        case examples
    }

    private static let stepKeywords = ["Given", "When", "Then", "And", "But", "*"]

    private var lines: [Substring] = []
    private var index = 0
    private var feature: FeatureDocument?
    private var block = Block.none
    private var pendingTags: [String] = []

    public init() {}

    /// Parses the text of one feature file.
    /// - Throws: ``GherkinParseError`` when the text is not valid Gherkin.
    public static func parse(_ text: String) throws -> FeatureDocument {
        var parser = GherkinParser()
        return try parser.parseDocument(text)
    }

    private mutating func parseDocument(_ text: String) throws -> FeatureDocument {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
        index = 0
        while index < lines.count {
            let raw = lines[index]
            let trimmed = raw.trimmingGherkinWhitespace()
            let lineNumber = index + 1
            index += 1
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("@") {
                pendingTags += Self.tags(in: trimmed)
            } else if let name = Self.text(after: "Feature:", in: trimmed) {
                guard feature == nil else { throw GherkinParseError(line: lineNumber, "a second Feature") }
                feature = FeatureDocument(name: name, tags: takeTags())
                block = .featureDescription
            } else if Self.text(after: "Background:", in: trimmed) != nil {
                try requireFeature(lineNumber)
                guard feature!.background.isEmpty, feature!.scenarios.isEmpty else {
                    throw GherkinParseError(line: lineNumber, "Background must come once, before the scenarios")
                }
                _ = takeTags()
                block = .background
            } else if let name = Self.text(after: "Scenario Outline:", in: trimmed)
                        ?? Self.text(after: "Scenario Template:", in: trimmed) {
                try startScenario(name: name, isOutline: true, line: lineNumber)
            } else if let name = Self.text(after: "Scenario:", in: trimmed) ?? Self.text(after: "Example:", in: trimmed) {
                try startScenario(name: name, isOutline: false, line: lineNumber)
            } else if Self.text(after: "Examples:", in: trimmed) != nil || Self.text(after: "Scenarios:", in: trimmed) != nil {
                try requireFeature(lineNumber)
                guard block == .scenario || block == .examples, feature!.scenarios.last?.isOutline == true else {
                    throw GherkinParseError(line: lineNumber, "Examples outside a Scenario Outline")
                }
                let last = feature!.scenarios.count - 1
                feature!.scenarios[last].examples.append(ExamplesBlock(tags: takeTags(), table: DataTable(rows: []), line: lineNumber))
                block = .examples
            } else if trimmed.hasPrefix("Rule:") {
                throw GherkinParseError(line: lineNumber, "Rule blocks are not supported")
            } else if trimmed.hasPrefix("|") {
                try appendTableRow(DataTable.cells(ofLine: Substring(trimmed)), line: lineNumber)
            } else if trimmed.hasPrefix("\"\"\"") || trimmed.hasPrefix("```") {
                let docString = try readDocString(opening: raw, line: lineNumber)
                try attachToLastStep(.docString(docString), line: lineNumber)
            } else if let step = Self.step(in: trimmed, line: lineNumber) {
                try appendStep(step)
            } else if !isDescriptionAllowed {
                throw GherkinParseError(line: lineNumber, "unexpected line: \(trimmed)")
            }
        }
        guard let feature else { throw GherkinParseError(line: max(lines.count, 1), "no Feature") }
        return feature
    }

    // MARK: - Blocks

    private func requireFeature(_ line: Int) throws {
        if feature == nil { throw GherkinParseError(line: line, "keyword before Feature") }
    }

    private mutating func takeTags() -> [String] {
        defer { pendingTags = [] }
        return pendingTags
    }

    private mutating func startScenario(name: String, isOutline: Bool, line: Int) throws {
        try requireFeature(line)
        feature!.scenarios.append(ScenarioDefinition(name: name, tags: takeTags(), isOutline: isOutline, line: line))
        block = .scenario
    }

    /// Free text is allowed right after a header, before the block's first step or table row.
    private var isDescriptionAllowed: Bool {
        switch block {
        case .none: return false
        case .featureDescription: return true
        case .background: return feature?.background.isEmpty ?? false
        case .scenario: return feature?.scenarios.last?.steps.isEmpty ?? false
        case .examples: return feature?.scenarios.last?.examples.last?.table.rows.isEmpty ?? false
        }
    }

    // MARK: - Steps and arguments

    private static func step(in trimmed: String, line: Int) -> GherkinStep? {
        for keyword in stepKeywords {
            guard trimmed.hasPrefix(keyword) else { continue }
            let rest = trimmed.dropFirst(keyword.count)
            guard let first = rest.first, first == " " || first == "\t" else { continue }
            return GherkinStep(keyword: keyword, text: rest.trimmingGherkinWhitespace(), line: line)
        }
        return nil
    }

    private mutating func appendStep(_ step: GherkinStep) throws {
        switch block {
        case .background:
            feature!.background.append(step)
        case .scenario:
            feature!.scenarios[feature!.scenarios.count - 1].steps.append(step)
        case .examples:
            throw GherkinParseError(line: step.line, "step after Examples")
        case .none, .featureDescription:
            throw GherkinParseError(line: step.line, "step outside a Scenario or Background")
        }
    }

    private mutating func appendTableRow(_ cells: [String], line: Int) throws {
        if block == .examples {
            let scenario = feature!.scenarios.count - 1
            let examples = feature!.scenarios[scenario].examples.count - 1
            let width = feature!.scenarios[scenario].examples[examples].table.rows.first?.count ?? cells.count
            guard cells.count == width else {
                throw GherkinParseError(line: line, "table row has \(cells.count) cells, the header has \(width)")
            }
            feature!.scenarios[scenario].examples[examples].table.rows.append(cells)
            feature!.scenarios[scenario].examples[examples].rowLines.append(line)
            return
        }
        var table = DataTable(rows: [])
        if let existing = lastStep?.argument {
            guard case .table(let current) = existing else {
                throw GherkinParseError(line: line, "table row after a doc string")
            }
            table = current
        }
        table.rows.append(cells)
        if let width = table.rows.first?.count, cells.count != width {
            throw GherkinParseError(line: line, "table row has \(cells.count) cells, the header has \(width)")
        }
        try attachToLastStep(.table(table), line: line, replacing: true)
    }

    private var lastStep: GherkinStep? {
        switch block {
        case .background: return feature?.background.last
        case .scenario: return feature?.scenarios.last?.steps.last
        default: return nil
        }
    }

    private mutating func attachToLastStep(_ argument: GherkinStep.Argument, line: Int, replacing: Bool = false) throws {
        guard var step = lastStep else { throw GherkinParseError(line: line, "argument without a step") }
        guard step.argument == nil || replacing else { throw GherkinParseError(line: line, "a step has one argument only") }
        step.argument = argument
        switch block {
        case .background:
            feature!.background[feature!.background.count - 1] = step
        case .scenario:
            let scenario = feature!.scenarios.count - 1
            feature!.scenarios[scenario].steps[feature!.scenarios[scenario].steps.count - 1] = step
        default:
            throw GherkinParseError(line: line, "argument without a step")
        }
    }

    /// Reads a doc string whose opening delimiter is `opening`; the content loses the
    /// delimiter's indentation, as in Gherkin.
    private mutating func readDocString(opening: Substring, line: Int) throws -> String {
        let indentation = opening.prefix { $0 == " " || $0 == "\t" }.count
        let delimiter = opening.trimmingGherkinWhitespace().hasPrefix("```") ? "```" : "\"\"\""
        var content: [String] = []
        while index < lines.count {
            let raw = lines[index]
            index += 1
            if raw.trimmingGherkinWhitespace() == delimiter {
                return content.joined(separator: "\n")
            }
            var text = raw
            var removed = 0
            while removed < indentation, let first = text.first, first == " " || first == "\t" {
                text.removeFirst()
                removed += 1
            }
            let escapedDelimiter = delimiter == "```" ? "\\`\\`\\`" : "\\\"\\\"\\\""
            content.append(String(text).replacingOccurrences(of: escapedDelimiter, with: delimiter))
        }
        throw GherkinParseError(line: line, "doc string is not closed")
    }

    // MARK: - Lexical helpers

    private static func text(after keyword: String, in trimmed: String) -> String? {
        guard trimmed.hasPrefix(keyword) else { return nil }
        return trimmed.dropFirst(keyword.count).trimmingGherkinWhitespace()
    }

    private static func tags(in trimmed: String) -> [String] {
        var tags: [String] = []
        for token in trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if token.hasPrefix("#") { break }
            if token.hasPrefix("@") { tags.append(String(token)) }
        }
        return tags
    }
}
