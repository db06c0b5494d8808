/// String helpers that work on Unicode scalars (code points), the unit of every string function.
///
/// Sizes, positions and reversal count Unicode scalars: `size('é')` is 1 when the string holds
/// the precomposed U+00E9 and 2 when it holds `e` followed by a combining accent. This matches
/// Neo4j, which counts code points, and makes positions independent of how a host language
/// groups characters.
enum UnicodeText {
    /// The scalars of `s`, for indexing.
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// A string made of `scalars`.
    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The `length` scalars of `s` from the zero-based scalar position `from` (all the rest when
    /// `length` is nil), as many as there are; found by walking the string, not by making an
    /// array of its scalars.
    static func substring(_ s: String, from: Int64, length: Int64?) -> String {
        let scalars = s.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: Int(from), limitedBy: scalars.endIndex) ?? scalars.endIndex
        var end = scalars.endIndex
        if let length { end = scalars.index(start, offsetBy: Int(length), limitedBy: scalars.endIndex) ?? scalars.endIndex }
        return String(scalars[start..<end])
    }

    /// The number of scalars in `s`.
    static func count(_ s: String) -> Int { s.unicodeScalars.count }

    /// Whitespace as the trimming functions understand it: space, line and paragraph separators
    /// except the non-breaking ones (U+00A0, U+2007, U+202F), plus the control characters
    /// U+0009–U+000D and U+001C–U+001F.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x1F: return true
        case 0xA0, 0x2007, 0x202F: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// `s` without leading and/or trailing scalars satisfying `remove`.
    static func trim(_ s: String, leading: Bool, trailing: Bool, where remove: (Unicode.Scalar) -> Bool) -> String {
        let all = s.unicodeScalars
        var start = all.startIndex
        var end = all.endIndex
        if leading {
            while start < end, remove(all[start]) { start = all.index(after: start) }
        }
        if trailing {
            while end > start, remove(all[all.index(before: end)]) { end = all.index(before: end) }
        }
        return string(all[start..<end])
    }

    /// Non-overlapping left-to-right replacement of `search` by `replacement`. An empty `search`
    /// matches before every scalar and at the end: `replace('ab', '', '-')` is `-a-b-`.
    static func replace(_ s: String, _ search: String, _ replacement: String) -> String {
        let text = scalars(s)
        let pattern = scalars(search)
        let insert = scalars(replacement)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        if pattern.isEmpty {
            for scalar in text {
                out.append(contentsOf: insert)
                out.append(scalar)
            }
            out.append(contentsOf: insert)
            return string(out)
        }
        var i = 0
        while i < text.count {
            if matches(text, at: i, pattern) {
                out.append(contentsOf: insert)
                i += pattern.count
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return string(out)
    }

    /// Splits `s` at every occurrence of any of `delimiters`, keeping empty pieces. Where several
    /// delimiters match at one position the longest wins. Empty delimiters are ignored unless all
    /// are empty, in which case `s` is split into single scalars. An empty `s` gives `['']`.
    static func split(_ s: String, by delimiters: [String]) -> [String] {
        let text = scalars(s)
        if text.isEmpty || delimiters.isEmpty { return [s] }
        let patterns = delimiters.map(scalars).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        if patterns.isEmpty { return text.map { String($0) } }
        var pieces: [String] = []
        var current: [Unicode.Scalar] = []
        var i = 0
        outer: while i < text.count {
            for pattern in patterns where matches(text, at: i, pattern) {
                pieces.append(string(current))
                current.removeAll(keepingCapacity: true)
                i += pattern.count
                continue outer
            }
            current.append(text[i])
            i += 1
        }
        pieces.append(string(current))
        return pieces
    }

    private static func matches(_ text: [Unicode.Scalar], at i: Int, _ pattern: [Unicode.Scalar]) -> Bool {
        guard i + pattern.count <= text.count else { return false }
        for j in 0..<pattern.count where text[i + j] != pattern[j] { return false }
        return true
    }
}
