/// The TCK's textual notation for values, shared by expected and actual value rendering.
enum StringNotation {
    /// `'text'`, with `\` and `'` escaped the way the TCK's cell grammar reads them back.
    static func quoted(_ text: String) -> String {
        var output = "'"
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case "'": output += "\\'"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default: output.append(character)
            }
        }
        return output + "'"
    }
}

enum FloatNotation {
    /// `1.0`, `-0.5`, `1.0e-05`, `NaN`, `Infinity`, `-Infinity`.
    static func text(of value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }
}

enum MapNotation {
    /// `{a: 1, b: 'x'}` with keys sorted, from already rendered values.
    static func text(of entries: [String: String]) -> String {
        "{" + entries.keys.sorted().map { "\($0): \(entries[$0]!)" }.joined(separator: ", ") + "}"
    }
}

enum NodeNotation {
    /// `(:A:B {k: v})`, `(:A)`, `({k: v})` or `()`.
    static func text(labels: [String], properties: [String: String]) -> String {
        var parts: [String] = []
        if !labels.isEmpty { parts.append(labels.map { ":" + $0 }.joined()) }
        if !properties.isEmpty { parts.append(MapNotation.text(of: properties)) }
        return "(" + parts.joined(separator: " ") + ")"
    }
}

enum RelationshipNotation {
    /// `[:T {k: v}]` or `[:T]`.
    static func text(type: String, properties: [String: String]) -> String {
        properties.isEmpty ? "[:\(type)]" : "[:\(type) \(MapNotation.text(of: properties))]"
    }
}
