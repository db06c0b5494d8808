import TrellisCore


/// Produces random sentences of an ``EBNFGrammar``: syntactically valid text that
/// need not make sense. Rules listed in `pools` are replaced by a random pick
/// from their pool. While a sentence is shallower than `maximumDepth` rules and
/// shorter than `tokenBudget` tokens, choices are random; past either limit the
/// generator takes the shortest way out.
struct SentenceGenerator {
    let grammar: EBNFGrammar
    let pools: [String: [String]]
    let maximumDepth: Int
    let tokenBudget: Int
    var random: SeededGenerator
    /// Rules expanded so far (pooled rules included).
    private(set) var usedRules: Set<String> = []
    /// `? ... ?` sequences met outside pooled rules: the grammar cannot be generated there.
    private(set) var unexpandable: Set<String> = []
    private var ruleHeight: [String: Int] = [:]

    init(grammar: EBNFGrammar, pools: [String: [String]], maximumDepth: Int, tokenBudget: Int, seed: UInt64) {
        self.grammar = grammar
        self.pools = pools
        self.maximumDepth = maximumDepth
        self.tokenBudget = tokenBudget
        self.random = SeededGenerator(seed: seed)
        computeHeights()
    }

    /// Rules whose shortest expansion is infinite (they never terminate).
    var nonTerminatingRules: [String] {
        grammar.ruleNames.filter { (ruleHeight[$0] ?? Int.max) >= Int.max / 2 }
    }

    // MARK: - Shortest expansions

    private mutating func computeHeights() {
        let infinity = Int.max / 2
        for name in grammar.ruleNames { ruleHeight[name] = pools[name] != nil ? 0 : infinity }
        var changed = true
        while changed {
            changed = false
            for name in grammar.ruleNames where pools[name] == nil {
                let value = min(infinity, nodeHeight(grammar.rules[name]!) + 1)
                if value < ruleHeight[name]! {
                    ruleHeight[name] = value
                    changed = true
                }
            }
        }
    }

    private func nodeHeight(_ node: EBNFGrammar.Node) -> Int {
        let infinity = Int.max / 2
        switch node {
        case .terminal: return 0
        case .special: return 0
        case .rule(let name): return ruleHeight[name] ?? infinity
        case .sequence(let items): return items.map(nodeHeight).max() ?? 0
        case .choice(let items): return items.map(nodeHeight).min() ?? infinity
        case .optional, .repetition: return 0
        }
    }

    // MARK: - Generation

    mutating func sentence() -> String {
        var tokens: [String] = []
        expand(.rule(grammar.startRule), depth: 0, into: &tokens)
        var text = ""
        for (position, token) in tokens.enumerated() {
            if position > 0 {
                switch Int.random(in: 0..<50, using: &random) {
                case 0: text += "\n"
                case 1: text += " /* note */ "
                case 2: text += " // note\n"
                default: text += " "
                }
            }
            text += token
        }
        return text
    }

    private mutating func expand(_ node: EBNFGrammar.Node, depth: Int, into tokens: inout [String]) {
        let deep = depth > maximumDepth || tokens.count > tokenBudget
        switch node {
        case .terminal(let text):
            tokens.append(spell(text))
        case .special(let text):
            unexpandable.insert(text)
        case .rule(let name):
            usedRules.insert(name)
            if let pool = pools[name] {
                tokens.append(pool.randomElement(using: &random)!)
            } else if let body = grammar.rules[name] {
                expand(body, depth: depth + 1, into: &tokens)
            }
        case .sequence(let items):
            for item in items { expand(item, depth: depth, into: &tokens) }
        case .choice(let items):
            let candidates: [EBNFGrammar.Node]
            if deep {
                let best = items.map(nodeHeight).min()!
                candidates = items.filter { nodeHeight($0) == best }
            } else {
                candidates = items
            }
            expand(candidates.randomElement(using: &random)!, depth: depth, into: &tokens)
        case .optional(let inner):
            if !deep, Bool.random(using: &random) { expand(inner, depth: depth, into: &tokens) }
        case .repetition(let inner):
            guard !deep else { return }
            var count = 0
            while count < 3, Int.random(in: 0..<3, using: &random) > 0 { count += 1 }
            for _ in 0..<count { expand(inner, depth: depth, into: &tokens) }
        }
    }

    /// Keywords come out in a random letter case; other terminals as written.
    private mutating func spell(_ terminal: String) -> String {
        guard terminal.allSatisfy(\.isLetter), terminal.count > 1 else { return terminal }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return terminal.uppercased()
        case 1: return terminal.lowercased()
        case 2: return terminal
        default:
            return String(terminal.enumerated().map { $0.offset % 2 == 0 ? Character($0.element.uppercased()) : Character($0.element.lowercased()) })
        }
    }
}
