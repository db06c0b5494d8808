import Trellis

/// What reading one line of input gave.
enum LineInput: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C was pressed while the line was being typed: the line is abandoned.
    case interrupted
    /// The input ended (Ctrl-D on an empty line).
    case endOfInput
    /// A line that is not UTF-8: the `InvalidUTF8` error at its first bad byte (positions in the
    /// line), and the line with bad bytes shown as U+FFFD. The line is refused, not run.
    case invalid(TrellisError, shown: String)
}

/// Where the shell reads its lines: the terminal's line editor, or a script of lines in tests.
protocol LineReader: AnyObject {
    /// Reads one line after showing `prompt`.
    /// - Parameter pendingText: The statement typed so far on earlier lines, each ending in a
    ///   line break (empty at the start of a statement); completion looks at it.
    func readLine(prompt: String, pendingText: String) -> LineInput
    /// Remembers `entry` so that it can be recalled (Up arrow), here and in later sessions.
    func addHistory(_ entry: String)
}
