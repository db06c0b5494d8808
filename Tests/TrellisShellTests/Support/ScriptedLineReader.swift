@testable import TrellisCLI

/// Lines for the shell to read, given in advance; records the prompts shown and the history kept.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var pendingTexts: [String] = []
    private(set) var history: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    /// Reads these lines, then the end of input.
    convenience init(lines: [String]) {
        self.init(lines.map { LineInput.line($0) })
    }

    func readLine(prompt: String, pendingText: String) -> LineInput {
        prompts.append(prompt)
        pendingTexts.append(pendingText)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addHistory(_ entry: String) {
        history.append(entry)
    }
}
