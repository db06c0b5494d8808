/// One statement of a script, as found by ``StatementSplitter``, with its place in the script.
public struct ScriptStatement: Sendable, Hashable {
    /// The statement's text, without surrounding whitespace and without its terminating `;`.
    public var text: String
    /// Where ``text`` lies in the script.
    public var range: SourceRange
    /// Whether a `;` ended the statement; false for a last statement without one.
    public var isTerminated: Bool

    /// A statement found at `range` of a script.
    public init(text: String, range: SourceRange, isTerminated: Bool) {
        self.text = text
        self.range = range
        self.isTerminated = isTerminated
    }

    /// Maps a location within ``text`` (as reported for the statement alone) to the same place in the script.
    public func scriptLocation(for location: SourceLocation) -> SourceLocation {
        let start = range.start
        return SourceLocation(
            line: start.line + location.line - 1,
            column: location.line <= 1 ? start.column + location.column - 1 : location.column,
            offset: start.offset + location.offset)
    }

    /// The error with its range, reported for the statement alone, moved to the same place in the script.
    public func relocating(_ error: TrellisError) -> TrellisError {
        guard let errorRange = error.range else { return error }
        var moved = error
        moved.range = SourceRange(start: scriptLocation(for: errorRange.start), end: scriptLocation(for: errorRange.end))
        return moved
    }
}
