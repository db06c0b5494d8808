/// One line of source text with a caret line marking a range on it:
///
/// ```
/// RETURN x.name
///        ^
/// ```
///
/// The caret stands under the first character of the range and is as wide as the part of
/// the range on that line (at least one `^`). Tabs are expanded to spaces in both lines and
/// widths count terminal columns, so the caret lines up below multi-byte and wide characters.
public struct SourceSnippet: Sendable, Hashable {
    /// The source line, tabs expanded, without its line break.
    public var line: String
    /// Spaces up to the range, then `^`s under it.
    public var caret: String

    /// The snippet for `range` in `source`, or nil when the range lies outside the text.
    ///
    /// The range is found by its UTF-8 offsets when they agree with its line number,
    /// otherwise by its line and column (counted in Unicode scalars).
    public init?(source: String, range: SourceRange, tabWidth: Int = 4) {
        let utf8 = Array(source.utf8)
        guard var span = Self.locate(range, in: utf8) else { return nil }
        // A very long line (a statement of megabytes on one line) is shown as a window around the
        // range, marked with `…` where it is cut.
        var cutBefore = false, cutAfter = false
        if span.lineEnd - span.lineStart > Self.longestLineShown {
            func boundary(_ offset: Int) -> Int {
                var offset = offset
                while offset > span.lineStart, offset < span.lineEnd, utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
                return offset
            }
            let windowStart = boundary(max(span.lineStart, span.start - Self.longestLineShown / 3))
            let windowEnd = boundary(min(span.lineEnd, windowStart + Self.longestLineShown))
            cutBefore = windowStart > span.lineStart
            cutAfter = windowEnd < span.lineEnd
            span.lineStart = windowStart
            span.lineEnd = windowEnd
            span.start = min(max(span.start, windowStart), windowEnd)
            span.end = min(max(span.end, span.start), windowEnd)
        }
        let lineText = String(decoding: utf8[span.lineStart..<span.lineEnd], as: UTF8.self)

        var shown = cutBefore ? "…" : "", caret = cutBefore ? " " : ""
        var column = cutBefore ? 1 : 0, offset = span.lineStart
        var caretStarted = false
        for character in lineText {
            let characterStart = offset
            offset += character.utf8.count
            let width: Int
            if character == "\t" {
                width = tabWidth - column % max(1, tabWidth)
                shown += String(repeating: " ", count: width)
            } else {
                width = DisplayWidth.of(character)
                shown.append(character)
            }
            column += width
            if characterStart < span.start {
                caret += String(repeating: " ", count: width)
            } else if characterStart < span.end {
                caret += String(repeating: "^", count: width)
                caretStarted = caretStarted || width > 0
            }
        }
        if !caretStarted { caret += "^" }
        if cutAfter { shown += "…" }
        self.line = shown
        self.caret = caret
    }

    /// The most bytes of a line shown; a longer line is cut to a window around the range.
    static let longestLineShown = 240

    private struct Span {
        var lineStart: Int
        var lineEnd: Int
        var start: Int
        var end: Int
    }

    /// Byte positions of the range's first line and of the range on it.
    private static func locate(_ range: SourceRange, in utf8: [UInt8]) -> Span? {
        let newline = UInt8(ascii: "\n")
        func lineBounds(containing offset: Int) -> (start: Int, end: Int) {
            var start = offset, end = offset
            while start > 0, utf8[start - 1] != newline { start -= 1 }
            while end < utf8.count, utf8[end] != newline { end += 1 }
            if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return (start, end)
        }
        func boundary(_ offset: Int) -> Int {
            var offset = offset
            while offset > 0, offset < utf8.count, utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        }

        let startOffset = range.start.offset
        if startOffset >= 0, startOffset <= utf8.count,
           utf8[..<startOffset].reduce(1, { $0 + ($1 == newline ? 1 : 0) }) == range.start.line {
            let start = boundary(startOffset)
            let bounds = lineBounds(containing: start)
            let end = range.end.offset > startOffset ? min(boundary(range.end.offset), bounds.end) : start
            return Span(lineStart: bounds.start, lineEnd: bounds.end, start: min(start, bounds.end), end: end)
        }

        // Fall back on line and column.
        guard range.start.line >= 1 else { return nil }
        var lineStart = 0, line = 1
        while line < range.start.line {
            guard let next = utf8[lineStart...].firstIndex(of: newline) else { return nil }
            lineStart = next + 1
            line += 1
        }
        let bounds = lineBounds(containing: lineStart)
        func offset(ofColumn column: Int) -> Int {
            var offset = bounds.start, scalars = 1
            while offset < bounds.end, scalars < column {
                offset += 1
                while offset < bounds.end, utf8[offset] & 0xC0 == 0x80 { offset += 1 }
                scalars += 1
            }
            return offset
        }
        let start = offset(ofColumn: max(1, range.start.column))
        let end = range.end.line == range.start.line ? offset(ofColumn: range.end.column)
            : (range.end.line > range.start.line ? bounds.end : start)
        return Span(lineStart: bounds.start, lineEnd: bounds.end, start: start, end: max(start, end))
    }
}
