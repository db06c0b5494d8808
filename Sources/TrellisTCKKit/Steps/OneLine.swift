/// Keeps report lines to one line each.
enum OneLine {
    /// `text` with line breaks shown as `\n` and cut to `limit` characters.
    static func text(_ text: String, limit: Int = 400) -> String {
        var output = text.replacingLineBreaks()
        if output.count > limit { output = String(output.prefix(limit)) + "…" }
        return output
    }
}

private extension String {
    func replacingLineBreaks() -> String {
        var output = ""
        for character in self {
            switch character {
            case "\n", "\r\n": output += "\\n"
            case "\r": output += "\\r"
            default: output.append(character)
            }
        }
        return output
    }
}
