import Foundation

/// A grammar written in the EBNF notation of `Grammar/README.md`.
struct EBNFGrammar: Sendable {
    indirect enum Node: Hashable, Sendable {
        case terminal(String)
        case rule(String)
        /// `? description ?`: an informal character class.
        case special(String)
        case sequence([Node])
        case choice([Node])
        case optional(Node)
        case repetition(Node)
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    /// Rule names in the order they are defined.
    var ruleNames: [String] = []
    var rules: [String: Node] = [:]

    var startRule: String { ruleNames[0] }

    /// Token rules are written in UpperCamelCase, syntax rules in lowerCamelCase.
    static func isTokenRule(_ name: String) -> Bool { name.first?.isUppercase ?? false }

    /// `Grammar/trellis.ebnf` of this repository.
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Grammar/trellis.ebnf")

    static func load() throws -> EBNFGrammar {
        try EBNFGrammar(parsing: String(contentsOf: fileURL, encoding: .utf8))
    }

    // MARK: - Reading

    private enum Token: Equatable {
        case name(String), terminal(String), special(String), symbol(Character)
    }

    init(parsing text: String) throws {
        let tokens = try EBNFGrammar.tokenize(text)
        var position = 0
        func peek() -> Token? { position < tokens.count ? tokens[position] : nil }
        func expect(_ symbol: Character) throws {
            guard peek() == .symbol(symbol) else {
                throw SyntaxError(description: "expected '\(symbol)' at token \(position): \(String(describing: peek()))")
            }
            position += 1
        }
        func choice() throws -> Node {
            var alternatives = [try sequence()]
            while peek() == .symbol("|") {
                position += 1
                alternatives.append(try sequence())
            }
            return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        }
        func sequence() throws -> Node {
            var items: [Node] = []
            while let token = peek() {
                switch token {
                case .name(let name): position += 1; items.append(.rule(name))
                case .terminal(let text): position += 1; items.append(.terminal(text))
                case .special(let text): position += 1; items.append(.special(text))
                case .symbol("["): position += 1; items.append(.optional(try choice())); try expect("]")
                case .symbol("{"): position += 1; items.append(.repetition(try choice())); try expect("}")
                case .symbol("("): position += 1; items.append(try choice()); try expect(")")
                default: return items.count == 1 ? items[0] : .sequence(items)
                }
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }
        while let token = peek() {
            guard case .name(let name) = token else {
                throw SyntaxError(description: "expected a rule name at token \(position): \(token)")
            }
            position += 1
            try expect("=")
            let body = try choice()
            try expect(";")
            guard rules[name] == nil else { throw SyntaxError(description: "rule \(name) is defined twice") }
            ruleNames.append(name)
            rules[name] = body
        }
    }

    private static func tokenize(_ text: String) throws -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "(", index + 1 < characters.count, characters[index + 1] == "*" {
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == ")") { index += 1 }
                guard index + 1 < characters.count else { throw SyntaxError(description: "unterminated comment") }
                index += 2
            } else if character == "\"" || character == "'" || character == "?" {
                var end = index + 1
                while end < characters.count, characters[end] != character { end += 1 }
                guard end < characters.count else { throw SyntaxError(description: "unterminated \(character)") }
                let content = String(characters[(index + 1)..<end])
                tokens.append(character == "?" ? .special(content.trimmingCharacters(in: .whitespaces)) : .terminal(content))
                index = end + 1
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                tokens.append(.name(String(characters[index..<end])))
                index = end
            } else if "=;|[]{}()".contains(character) {
                tokens.append(.symbol(character))
                index += 1
            } else {
                throw SyntaxError(description: "unexpected character '\(character)' in the grammar")
            }
        }
        return tokens
    }

    // MARK: - Queries

    /// Every terminal written in the rules for which `include` holds.
    func terminals(inRules include: (String) -> Bool) -> Set<String> {
        var result: Set<String> = []
        func visit(_ node: Node) {
            switch node {
            case .terminal(let text): result.insert(text)
            case .rule, .special: break
            case .sequence(let items), .choice(let items): items.forEach(visit)
            case .optional(let inner), .repetition(let inner): visit(inner)
            }
        }
        for name in ruleNames where include(name) { visit(rules[name]!) }
        return result
    }

    /// Rules referenced by `node` directly.
    static func references(_ node: Node) -> [String] {
        switch node {
        case .rule(let name): return [name]
        case .terminal, .special: return []
        case .sequence(let items), .choice(let items): return items.flatMap(references)
        case .optional(let inner), .repetition(let inner): return references(inner)
        }
    }

    /// Rules reachable from the start rule, not looking inside `opaque` rules.
    func reachableRules(treatingAsOpaque opaque: Set<String> = []) -> Set<String> {
        var seen: Set<String> = [startRule]
        var work = [startRule]
        while let name = work.popLast() {
            guard !opaque.contains(name), let body = rules[name] else { continue }
            for reference in EBNFGrammar.references(body) where seen.insert(reference).inserted {
                work.append(reference)
            }
        }
        return seen
    }
}
