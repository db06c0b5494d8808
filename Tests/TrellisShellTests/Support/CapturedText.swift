@testable import TrellisCLI

/// Text written by the shell, kept for inspection.
final class CapturedText: TextSink {
    var text = ""

    func write(_ string: String) { text += string }
    func flush() {}
}
