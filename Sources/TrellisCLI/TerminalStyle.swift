#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Colour for the interactive shell: errors in red, the caret under the offending text in
/// green. Off unless standard output and standard error are terminals, and off when `NO_COLOR`
/// is set or the terminal is `dumb`.
struct TerminalStyle: Sendable {
    /// Whether text is coloured.
    var usesColour: Bool

    /// No colour.
    static let plain = TerminalStyle(usesColour: false)

    /// Colour when the terminal and environment allow it.
    static func detect() -> TerminalStyle {
        let terminals = isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0
        let noColour = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? true
        return TerminalStyle(usesColour: terminals && !noColour && !dumb)
    }

    /// `text` in bold red.
    func error(_ text: String) -> String { paint(text, "1;31") }
    /// `text` in bold green.
    func caret(_ text: String) -> String { paint(text, "1;32") }
    /// `text` in bold.
    func heading(_ text: String) -> String { paint(text, "1") }

    private func paint(_ text: String, _ code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
