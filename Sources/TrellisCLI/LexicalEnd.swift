/// Whether the end of some query text lies in code, a string, a quoted name or a comment.
enum LexicalEnd: Equatable {
    case code
    /// Inside a string opened by `quote`; its content starts at `contentStart`.
    case string(quote: Character, contentStart: String.Index)
    case quotedName
    case comment

    /// Where the end of `text` lies.
    static func of(_ text: String) -> LexicalEnd {
        var state = LexicalEnd.code
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch state {
            case .code:
                if character == "'" || character == "\"" {
                    state = .string(quote: character, contentStart: next)
                } else if character == "`" {
                    state = .quotedName
                } else if character == "/", next < text.endIndex, text[next] == "/" || text[next] == "*" {
                    state = .comment
                    let isLineComment = text[next] == "/"
                    if isLineComment {
                        guard let end = text[next...].firstIndex(of: "\n") else { return .comment }
                        state = .code
                        index = text.index(after: end)
                    } else {
                        guard let end = text[text.index(after: next)...].firstRange(of: "*/") else { return .comment }
                        state = .code
                        index = end.upperBound
                    }
                    continue
                }
            case .string(let quote, _):
                if character == "\\" {
                    index = next < text.endIndex ? text.index(after: next) : next
                    continue
                }
                if character == quote { state = .code }
            case .quotedName:
                if character == "`" { state = .code }
            case .comment:
                break
            }
            index = next
        }
        return state
    }
}
