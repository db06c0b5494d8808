import TrellisSyntax

/// The tokens of a statement up to the cursor, with what completion asks of them: the
/// innermost open bracket, the labels a variable or a pattern was given, the variables bound.
struct TokenContext {
    /// The labels and relationship types something was given in a pattern.
    struct Owner: Equatable {
        var labels: [String] = []
        var relationshipTypes: [String] = []
    }

    /// The text the tokens came from.
    let text: String
    /// The tokens, without the end-of-input token; lexing stops at the first error.
    let tokens: [Token]

    init(_ text: String) {
        self.text = text
        tokens = Lexer.tokenizeUpToError(text, includeComments: false).tokens.filter { $0.kind != .endOfInput }
    }

    /// The token as written.
    func text(of token: Token) -> String { token.text(in: text) }

    /// The name a token spells when it can name a variable, label, type or key.
    func name(of token: Token) -> String? {
        switch token.kind {
        case .identifier(let name), .quotedIdentifier(let name): return name
        case .keyword: return text(of: token)
        default: return nil
        }
    }

    /// The position of the innermost bracket, parenthesis or brace not yet closed.
    var innermostOpenBracketIndex: Int? {
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            guard case .punctuation(let mark) = token.kind else { continue }
            switch mark {
            case .leftParen, .leftBracket, .leftBrace: open.append(index)
            case .rightParen, .rightBracket, .rightBrace: if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        return open.last
    }

    /// The innermost bracket, parenthesis or brace not yet closed.
    var innermostOpenBracket: Token? { innermostOpenBracketIndex.map { tokens[$0] } }

    /// True when the last token is a `|` between alternative labels or types, as in `[:A|`.
    var followsLabelAlternative: Bool {
        guard tokens.count >= 3, tokens[tokens.count - 1].is(.pipe) else { return false }
        let before = tokens[tokens.count - 3]
        return name(of: tokens[tokens.count - 2]) != nil && (before.is(.colon) || before.is(.pipe))
    }

    /// True when the innermost open brace starts a subquery (`EXISTS {`, `COUNT {`, `CALL {`), not a map.
    var braceOpensSubquery: Bool {
        guard let index = innermostOpenBracketIndex, index > 0 else { return false }
        let before = tokens[index - 1]
        return before.is(.exists) || before.is(.count) || before.is(.call)
    }

    /// The labels or types of the pattern whose property map the innermost open brace starts:
    /// `(s:School {` gives School, `[:MEMBER_OF {` gives MEMBER_OF.
    func ownerOfInnermostBrace() -> Owner {
        guard let brace = innermostOpenBracketIndex else { return Owner() }
        return ownerOfPattern(endingBefore: brace)
    }

    /// The labels of the variable a map projection applies to: `s {.name, .` gives `s`'s labels.
    func ownerOfProjection() -> Owner {
        guard let brace = innermostOpenBracketIndex, brace > 0, let variable = name(of: tokens[brace - 1]) else {
            return Owner()
        }
        return owner(ofVariable: variable)
    }

    /// The labels or types written just before `end` in a pattern opened by `(` or `[`.
    private func ownerOfPattern(endingBefore end: Int) -> Owner {
        var index = end - 1
        var names: [String] = []
        while index >= 0 {
            let token = tokens[index]
            if token.is(.leftParen) || token.is(.leftBracket) { break }
            guard let name = name(of: token) else {
                if token.is(.colon) || token.is(.pipe) {
                    index -= 1
                    continue
                }
                return Owner()
            }
            if index > 0, tokens[index - 1].is(.colon) || tokens[index - 1].is(.pipe) { names.insert(name, at: 0) }
            index -= 1
        }
        guard index >= 0 else { return Owner() }
        return tokens[index].is(.leftParen) ? Owner(labels: names) : Owner(relationshipTypes: names)
    }

    /// The labels or types `variable` was given where a pattern names it: `(s:School)`, `[r:MEMBER_OF]`.
    func owner(ofVariable variable: String) -> Owner {
        var owner = Owner()
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count {
            guard token.is(.leftParen) || token.is(.leftBracket), name(of: tokens[index + 1]) == variable else { continue }
            var next = index + 2
            while next + 1 < tokens.count, tokens[next].is(.colon) || tokens[next].is(.pipe),
                  let name = name(of: tokens[next + 1]) {
                if token.is(.leftParen) { owner.labels.append(name) } else { owner.relationshipTypes.append(name) }
                next += 2
            }
        }
        return owner
    }

    /// The variables the statement binds so far: names opening a node or relationship pattern,
    /// names after `AS`, and names assigned a path (`p = (`).
    var variables: Set<String> {
        var found = Set<String>()
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind else { continue }
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let previous, previous.is(.leftParen) || previous.is(.leftBracket) {
                if let next, next.is(.colon) || next.is(.rightParen) || next.is(.rightBracket) || next.is(.leftBrace) {
                    found.insert(name)
                }
            }
            if let previous, previous.is(.as) { found.insert(name) }
            if let next, next.is(.equal), index + 2 < tokens.count, tokens[index + 2].is(.leftParen) { found.insert(name) }
        }
        return found
    }

    /// The property a string being typed is compared with or given to: `{name: '`, `s.name = '`,
    /// `s.name STARTS WITH '`, `s.name IN ['a', '`; with the labels or types of its owner.
    func propertyCompared() -> (key: String, owner: Owner)? {
        guard let last = tokens.last else { return nil }
        let count = tokens.count
        // {name: '
        if last.is(.colon), count >= 2, let key = name(of: tokens[count - 2]),
           let brace = innermostOpenBracket, brace.is(.leftBrace) {
            return (key, ownerOfInnermostBrace())
        }
        // s.name = '   s.name <> '   s.name CONTAINS '   s.name STARTS WITH '
        var operatorStart = count - 1
        if last.is(.with), count >= 2, tokens[count - 2].is(.starts) || tokens[count - 2].is(.ends) {
            operatorStart = count - 2
        } else if last.is(.leftBracket) || last.is(.comma) {
            // s.name IN ['a', '
            guard let bracketIndex = innermostOpenBracketIndex, tokens[bracketIndex].is(.leftBracket),
                  bracketIndex > 0, tokens[bracketIndex - 1].is(.in) else { return nil }
            operatorStart = bracketIndex - 1
        } else {
            let comparisons: [Punctuation] = [.equal, .notEqual, .bangEqual, .less, .greater, .lessOrEqual,
                                              .greaterOrEqual, .regexMatch]
            guard comparisons.contains(where: { last.is($0) }) || last.is(.contains) else { return nil }
        }
        guard operatorStart >= 3, let key = name(of: tokens[operatorStart - 1]), tokens[operatorStart - 2].is(.dot),
              let variable = name(of: tokens[operatorStart - 3]) else { return nil }
        return (key, owner(ofVariable: variable))
    }

    /// The dotted procedure name typed after `CALL`, up to the cursor and ending in `word`
    /// (`CALL trellis.sug` gives `trellis.sug`); nil when the cursor does not follow `CALL`.
    func procedureNameBeforeCursor(word: String) -> String? {
        var index = tokens.count - 1
        var expectsName = false
        while index >= 0 {
            let token = tokens[index]
            if token.is(.call) { break }
            if expectsName {
                guard name(of: token) != nil else { return nil }
            } else {
                guard token.is(.dot) else { return nil }
            }
            expectsName.toggle()
            index -= 1
        }
        guard index >= 0, tokens[index].is(.call), !expectsName || index == tokens.count - 1 else { return nil }
        let start = index + 1 < tokens.count ? tokens[index + 1].range.start.offset : text.utf8.count
        let written = String(decoding: Array(text.utf8)[start...], as: UTF8.self)
        return written + word
    }
}
