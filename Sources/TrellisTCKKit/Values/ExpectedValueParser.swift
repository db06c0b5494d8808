/// A cell that is not a value in the TCK's notation.
public struct ExpectedValueParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var text: String
    /// 0-based character offset of the problem.
    public var offset: Int
    public var message: String

    public var description: String { "cannot read value \(text) at \(offset): \(message)" }
}

/// Reads cell text in the TCK's value notation into an ``ExpectedValue``.
///
/// Accepts `null`, `true`, `false`, integers, floats (`1.0`, `.5`, `-0.0`, `1e10`, `NaN`,
/// `Infinity`, `-Infinity`), strings in single quotes (`\'` and `\\` are escapes, other
/// backslashes are literal), lists, maps, nodes `(:A {k: v})`, relationships `[:T {k: v}]`
/// and paths `<(:A)-[:T]->(:B)<-[:U]-()>`. Whitespace may separate tokens.
public struct ExpectedValueParser {
    private let characters: [Character]
    private let text: String
    private var position = 0

    private init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// Parses the whole of `text` as one value.
    /// - Throws: ``ExpectedValueParseError`` when the text is not a value or has trailing input.
    public static func parse(_ text: String) throws -> ExpectedValue {
        var parser = ExpectedValueParser(text)
        let value = try parser.value()
        parser.skipWhitespace()
        if !parser.isAtEnd { throw parser.error("unexpected \(parser.characters[parser.position])") }
        return value
    }

    // MARK: - Grammar

    private mutating func value() throws -> ExpectedValue {
        skipWhitespace()
        guard let character = peek() else { throw error("missing value") }
        switch character {
        case "(": return .node(try node())
        case "<": return .path(try path())
        case "[":
            if peek(offset: 1) == ":" { return .relationship(try relationship()) }
            return try list()
        case "{": return .map(try map())
        case "'": return .string(try string())
        case "-", ".", "0"..."9": return try number()
        default:
            let word = try symbolicName()
            switch word {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "NaN": return .float(.nan)
            case "Infinity": return .float(.infinity)
            default: throw error("unknown word \(word)")
            }
        }
    }

    private mutating func node() throws -> ExpectedNode {
        try expect("(")
        var labels: Set<String> = []
        skipWhitespace()
        while peek() == ":" {
            position += 1
            labels.insert(try symbolicName())
            skipWhitespace()
        }
        let properties = peek() == "{" ? try map() : [:]
        skipWhitespace()
        try expect(")")
        return ExpectedNode(labels: labels, properties: properties)
    }

    private mutating func relationship() throws -> ExpectedRelationship {
        try expect("[")
        try expect(":")
        let type = try symbolicName()
        skipWhitespace()
        let properties = peek() == "{" ? try map() : [:]
        skipWhitespace()
        try expect("]")
        return ExpectedRelationship(type: type, properties: properties)
    }

    private mutating func path() throws -> ExpectedPath {
        try expect("<")
        skipWhitespace()
        var path = ExpectedPath(start: try node())
        while true {
            skipWhitespace()
            if peek() == ">" {
                position += 1
                return path
            }
            if peek() == "<" && peek(offset: 1) == "-" {
                position += 2
                let relationship = try self.relationship()
                try expect("-")
                skipWhitespace()
                path.steps.append(.init(relationship: relationship, isForward: false, node: try node()))
            } else if peek() == "-" {
                position += 1
                let relationship = try self.relationship()
                try expect("-")
                try expect(">")
                skipWhitespace()
                path.steps.append(.init(relationship: relationship, isForward: true, node: try node()))
            } else {
                throw error("expected -[...]-> , <-[...]- or > in a path")
            }
        }
    }

    private mutating func list() throws -> ExpectedValue {
        try expect("[")
        var items: [ExpectedValue] = []
        skipWhitespace()
        if peek() == "]" {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try value())
            skipWhitespace()
            if peek() == "," {
                position += 1
            } else {
                try expect("]")
                return .list(items)
            }
        }
    }

    private mutating func map() throws -> [String: ExpectedValue] {
        try expect("{")
        var entries: [String: ExpectedValue] = [:]
        skipWhitespace()
        if peek() == "}" {
            position += 1
            return entries
        }
        while true {
            skipWhitespace()
            let key = try symbolicName()
            skipWhitespace()
            try expect(":")
            guard entries.updateValue(try value(), forKey: key) == nil else { throw error("key \(key) appears twice") }
            skipWhitespace()
            if peek() == "," {
                position += 1
            } else {
                try expect("}")
                return entries
            }
        }
    }

    private mutating func string() throws -> String {
        try expect("'")
        var output = ""
        while let character = peek() {
            position += 1
            switch character {
            case "'":
                return output
            case "\\" where peek() == "'" || peek() == "\\":
                output.append(characters[position])
                position += 1
            default:
                output.append(character)
            }
        }
        throw error("string is not closed")
    }

    private mutating func number() throws -> ExpectedValue {
        let start = position
        if peek() == "-" {
            position += 1
            if matchWord("Infinity") { return .float(-.infinity) }
        }
        let integerDigits = digits()
        var isFloat = false
        if peek() == ".", let next = peek(offset: 1), next.isASCII, next.isNumber {
            position += 1
            isFloat = true
            _ = digits()
        } else if integerDigits == 0 {
            throw error("expected a number")
        }
        if peek() == "e" || peek() == "E" {
            position += 1
            if peek() == "-" || peek() == "+" { position += 1 }
            guard digits() > 0 else { throw error("exponent without digits") }
            isFloat = true
        }
        let literal = String(characters[start..<position])
        if isFloat {
            guard let value = Double(literal) else { throw error("bad float \(literal)") }
            return .float(value)
        }
        guard let value = Int64(literal) else { throw error("integer \(literal) out of range") }
        return .integer(value)
    }

    // MARK: - Lexical helpers

    private mutating func symbolicName() throws -> String {
        if peek() == "`" {
            position += 1
            let start = position
            while let character = peek(), character != "`" { position += 1 }
            let name = String(characters[start..<position])
            try expect("`")
            return name
        }
        let start = position
        while let character = peek(), character.isASCII, character.isLetter || character.isNumber || character == "_" || character == "$" {
            position += 1
        }
        guard position > start else { throw error(isAtEnd ? "unexpected end" : "unexpected \(characters[position])") }
        return String(characters[start..<position])
    }

    private mutating func digits() -> Int {
        let start = position
        while let character = peek(), character.isASCII, character.isNumber { position += 1 }
        return position - start
    }

    private mutating func matchWord(_ word: String) -> Bool {
        let letters = Array(word)
        guard position + letters.count <= characters.count,
              Array(characters[position..<position + letters.count]) == letters else { return false }
        position += letters.count
        return true
    }

    private mutating func expect(_ character: Character) throws {
        guard peek() == character else {
            throw error(isAtEnd ? "expected \(character) at the end" : "expected \(character), found \(characters[position])")
        }
        position += 1
    }

    private mutating func skipWhitespace() {
        while let character = peek(), character.isWhitespace { position += 1 }
    }

    private var isAtEnd: Bool { position >= characters.count }

    private func peek(offset: Int = 0) -> Character? {
        let index = position + offset
        return index < characters.count ? characters[index] : nil
    }

    private func error(_ message: String) -> ExpectedValueParseError {
        ExpectedValueParseError(text: text, offset: position, message: message)
    }
}
