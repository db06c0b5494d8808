import Trellis

extension SourceLocation {
    /// The same place in text that lacks `prefix` (without line breaks) at its start.
    func movedBack(over prefix: String) -> SourceLocation {
        let offset = max(0, self.offset - prefix.utf8.count)
        guard line == 1 else { return SourceLocation(line: line, column: column, offset: offset) }
        return SourceLocation(line: 1, column: max(1, column - prefix.unicodeScalars.count), offset: offset)
    }
}
