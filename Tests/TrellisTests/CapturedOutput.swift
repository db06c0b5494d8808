@testable import TrellisCLI

/// Text written by the command line, kept for inspection.
final class CapturedOutput: TextSink {
    var text = ""
    var flushes = 0

    func write(_ string: String) { text += string }
    func flush() { flushes += 1 }

    /// The lines that start diagnostics for the given source name.
    func diagnostics(for sourceName: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasPrefix(sourceName) }
    }
}
