extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// The string followed by spaces up to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The last range where `other` occurs.
    func lastRange(of other: String) -> Range<String.Index>? {
        var found: Range<String.Index>?
        var searchStart = startIndex
        while searchStart < endIndex, let range = self[searchStart...].firstRange(of: other) {
            found = range
            searchStart = range.upperBound
        }
        return found
    }

    /// The words of the string in lines of at most `width` characters, each starting with `indent`.
    func wrapped(width: Int, indent: String = "") -> String {
        var lines: [String] = []
        var current = indent
        for word in split(separator: " ") {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
