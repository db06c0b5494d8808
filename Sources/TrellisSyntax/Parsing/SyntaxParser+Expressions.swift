import TrellisCore

extension SyntaxParser {
    /// `expression = orExpression ;`
    mutating func parseExpression() throws -> Expression {
        try nested { parser in
            let expression = try parser.parseOr()
            return try parser.checkedHeight(expression, operand: expression.range)
        }
    }

    private mutating func binary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression) throws -> Expression {
        try checkedHeight(Expression(.binary(op, lhs, rhs), SourceRange(start: lhs.range.start, end: rhs.range.end)), operand: rhs.range)
    }

    /// `orExpression = xorExpression { "OR" xorExpression } ;`
    private mutating func parseOr() throws -> Expression {
        var lhs = try parseXor()
        while consume(.or) != nil { lhs = try binary(.or, lhs, try parseXor()) }
        return lhs
    }

    /// `xorExpression = andExpression { "XOR" andExpression } ;`
    private mutating func parseXor() throws -> Expression {
        var lhs = try parseAnd()
        while consume(.xor) != nil { lhs = try binary(.xor, lhs, try parseAnd()) }
        return lhs
    }

    /// `andExpression = notExpression { "AND" notExpression } ;`
    private mutating func parseAnd() throws -> Expression {
        var lhs = try parseNot()
        while consume(.and) != nil { lhs = try binary(.and, lhs, try parseNot()) }
        return lhs
    }

    /// `notExpression = { "NOT" } comparisonExpression ;`
    private mutating func parseNot() throws -> Expression {
        guard let not = consume(.not) else { return try parseComparison() }
        let operand = try nested { try $0.parseNot() }
        return Expression(.unary(.not, operand), SourceRange(start: not.range.start, end: operand.range.end))
    }

    private var comparisonOperator: BinaryOperator? {
        guard case .punctuation(let mark) = current.kind else { return nil }
        switch mark {
        case .equal: return .equal
        case .notEqual, .bangEqual: return .notEqual
        case .less: return .less
        case .greater: return .greater
        case .lessOrEqual: return .lessOrEqual
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    /// `comparisonExpression = predicateExpression { comparisonOperator predicateExpression } ;`
    ///
    /// A chain `a < b < c` means `a < b AND b < c`.
    private mutating func parseComparison() throws -> Expression {
        let first = try parsePredicates()
        var operands = [first]
        var operators: [BinaryOperator] = []
        while let op = comparisonOperator {
            advance()
            operators.append(op)
            operands.append(try parsePredicates())
        }
        guard !operators.isEmpty else { return first }
        var result = try binary(operators[0], operands[0], operands[1])
        for position in 1..<operators.count {
            let comparison = try binary(operators[position], operands[position], operands[position + 1])
            result = try binary(.and, result, comparison)
        }
        return result
    }

    /// `predicateExpression = additiveExpression { predicateSuffix } ;`
    private mutating func parsePredicates() throws -> Expression {
        var lhs = try parseAdditive()
        while true {
            if consume(.in) != nil {
                lhs = try binary(.in, lhs, try parseAdditive())
            } else if at(.starts), peek(1).is(.with) {
                advance()
                advance()
                lhs = try binary(.startsWith, lhs, try parseAdditive())
            } else if at(.ends), peek(1).is(.with) {
                advance()
                advance()
                lhs = try binary(.endsWith, lhs, try parseAdditive())
            } else if consume(.contains) != nil {
                lhs = try binary(.contains, lhs, try parseAdditive())
            } else if consume(.regexMatch) != nil {
                lhs = try binary(.regexMatch, lhs, try parseAdditive())
            } else if consume(.is) != nil {
                let negated = consume(.not) != nil
                let null = try expect(.null)
                lhs = Expression(.isNull(lhs, negated: negated), SourceRange(start: lhs.range.start, end: null.range.end))
            } else {
                return lhs
            }
        }
    }

    /// `additiveExpression = multiplicativeExpression { ( "+" | "-" ) multiplicativeExpression } ;`
    private mutating func parseAdditive() throws -> Expression {
        var lhs = try parseMultiplicative()
        while true {
            if consume(.plus) != nil {
                lhs = try binary(.add, lhs, try parseMultiplicative())
            } else if consume(.minus) != nil {
                lhs = try binary(.subtract, lhs, try parseMultiplicative())
            } else {
                return lhs
            }
        }
    }

    /// `multiplicativeExpression = powerExpression { ( "*" | "/" | "%" ) powerExpression } ;`
    private mutating func parseMultiplicative() throws -> Expression {
        var lhs = try parsePower()
        while true {
            if consume(.star) != nil {
                lhs = try binary(.multiply, lhs, try parsePower())
            } else if consume(.slash) != nil {
                lhs = try binary(.divide, lhs, try parsePower())
            } else if consume(.percent) != nil {
                lhs = try binary(.modulo, lhs, try parsePower())
            } else {
                return lhs
            }
        }
    }

    /// `powerExpression = unaryExpression { "^" unaryExpression } ;` (left-associative)
    private mutating func parsePower() throws -> Expression {
        var lhs = try parseUnary()
        while consume(.caret) != nil { lhs = try binary(.power, lhs, try parseUnary()) }
        return lhs
    }

    /// `unaryExpression = { "+" | "-" } postfixExpression ;`
    ///
    /// A minus directly before a number literal is folded into the literal, so that
    /// `-9223372036854775808` is the smallest integer rather than an overflow.
    private mutating func parseUnary() throws -> Expression {
        if let minus = consume(.minus) {
            switch current.kind {
            case .integer:
                let token = advance()
                let value = try integerValue(token, negated: true)
                let literal = Expression(.literal(.integer(value)), SourceRange(start: minus.range.start, end: token.range.end))
                return try parsePostfix(literal)
            case .float(let value):
                let token = advance()
                let literal = Expression(.literal(.float(-value)), SourceRange(start: minus.range.start, end: token.range.end))
                return try parsePostfix(literal)
            default:
                let operand = try nested { try $0.parseUnary() }
                return Expression(.unary(.negate, operand), SourceRange(start: minus.range.start, end: operand.range.end))
            }
        }
        if let plus = consume(.plus) {
            let operand = try nested { try $0.parseUnary() }
            return Expression(.unary(.plus, operand), SourceRange(start: plus.range.start, end: operand.range.end))
        }
        return try parsePostfixExpression()
    }

    /// `postfixExpression = atom { postfix } ;`
    mutating func parsePostfixExpression() throws -> Expression {
        try parsePostfix(try parseAtom())
    }

    /// `postfix = "." propertyKeyName | "[" expression "]" | "[" [ expression ] ".." [ expression ] "]" | nodeLabels ;`
    private mutating func parsePostfix(_ base: Expression) throws -> Expression {
        var subject = base
        while true {
            // Each postfix adds a level: `x.a.b.c...` grows the tree without nesting.
            subject = try checkedHeight(subject, operand: current.range)
            let start = subject.range.start
            if consume(.dot) != nil {
                let key = try parseSymbolicName("a property key").name
                subject = Expression(.property(subject, key), range(from: start))
            } else if consume(.leftBracket) != nil {
                if consume(.dotDot) != nil {
                    let upper = at(.rightBracket) ? nil : try parseExpression()
                    try expect(.rightBracket)
                    subject = Expression(.slice(subject, nil, upper), range(from: start))
                    continue
                }
                let lower = try parseExpression()
                if consume(.dotDot) != nil {
                    let upper = at(.rightBracket) ? nil : try parseExpression()
                    try expect(.rightBracket)
                    subject = Expression(.slice(subject, lower, upper), range(from: start))
                } else {
                    try expect(.rightBracket)
                    subject = Expression(.index(subject, lower), range(from: start))
                }
            } else if at(.colon) {
                var labels: [String] = []
                while consume(.colon) != nil {
                    labels.append(try parseSymbolicName("a label name").name)
                }
                subject = Expression(.hasLabels(subject, labels), range(from: start))
            } else {
                return subject
            }
        }
    }

    // MARK: - Atoms

    /// `atom = literal | Parameter | caseExpression | countStar | listComprehension | patternComprehension
    ///   | quantifiedExpression | reduceExpression | existsExpression | relationshipsPattern
    ///   | parenthesizedExpression | functionInvocation | mapProjection | variable ;`
    private mutating func parseAtom() throws -> Expression {
        let token = current
        switch token.kind {
        case .integer:
            advance()
            return Expression(.literal(.integer(try integerValue(token, negated: false))), token.range)
        case .float(let value):
            advance()
            return Expression(.literal(.float(value)), token.range)
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), token.range)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), token.range)
        case .punctuation(.leftBracket):
            return try parseBracketed()
        case .punctuation(.leftBrace):
            return try parseMapLiteral()
        case .punctuation(.leftParen):
            return try parseParenthesized()
        case .keyword(.null):
            advance()
            return Expression(.literal(.null), token.range)
        case .keyword(.true):
            advance()
            return Expression(.literal(.bool(true)), token.range)
        case .keyword(.false):
            advance()
            return Expression(.literal(.bool(false)), token.range)
        case .keyword(.case):
            return try parseCase()
        case .keyword(.exists):
            if peek(1).is(.leftBrace) { return try parseExistsSubquery() }
            if peek(1).is(.leftParen) { return try parseFunctionCall() }
            advance()
            throw unexpected(expected: "'{' or '(' after EXISTS")
        case .keyword(.count) where peek(1).is(.leftParen) && peek(2).is(.star) && peek(3).is(.rightParen):
            advance()
            advance()
            advance()
            let close = advance()
            return Expression(.countStar, SourceRange(start: token.range.start, end: close.range.end))
        case .keyword(let keyword) where peek(1).is(.leftParen) && [.all, .any, .none, .single].contains(keyword):
            return try parseQuantified()
        case .keyword(.reduce) where peek(1).is(.leftParen):
            return try parseReduce()
        default:
            guard isVariableName(token) else { throw unexpected(expected: "an expression") }
            if isFunctionCallAhead { return try parseFunctionCall() }
            let (name, range) = try parseVariable()
            if at(.leftBrace) { return try parseMapProjection(name, start: range.start) }
            return Expression(.variable(name), range)
        }
    }

    /// True when the tokens ahead read `name { "." name } "("`.
    private var isFunctionCallAhead: Bool {
        var distance = 1
        while peek(distance).is(.dot), isSymbolicName(peek(distance + 1)) { distance += 2 }
        return peek(distance).is(.leftParen)
    }

    /// `functionInvocation = functionName "(" [ "DISTINCT" ] [ expression { "," expression } ] ")" ;`
    private mutating func parseFunctionCall() throws -> Expression {
        let start = current.range.start
        var name = name(of: advance())
        while consume(.dot) != nil {
            name += "." + (try parseSymbolicName("a function name").name)
        }
        try expect(.leftParen)
        let distinct = consume(.distinct) != nil
        let arguments = try parseArguments()
        return Expression(.function(name: name, distinct: distinct, arguments: arguments), range(from: start))
    }

    /// `quantifiedExpression = ( "ALL" | "ANY" | "NONE" | "SINGLE" ) "(" variable "IN" expression [ where ] ")" ;`
    private mutating func parseQuantified() throws -> Expression {
        let start = current.range.start
        guard case .keyword(let keyword) = advance().kind else { throw unexpected(expected: "ALL, ANY, NONE or SINGLE") }
        let quantifier: Quantifier
        switch keyword {
        case .all: quantifier = .all
        case .any: quantifier = .any
        case .none: quantifier = .none
        default: quantifier = .single
        }
        try expect(.leftParen)
        let variable = try parseVariable().name
        try expect(.in)
        let source = try parseExpression()
        let predicate = try parseWhereIfPresent()
        try expect(.rightParen)
        return Expression(.quantified(quantifier, variable: variable, source: source, predicate: predicate),
                          range(from: start))
    }

    /// `reduceExpression = "reduce" "(" variable "=" expression "," variable "IN" expression "|" expression ")" ;`
    private mutating func parseReduce() throws -> Expression {
        let start = current.range.start
        try expect(.reduce)
        try expect(.leftParen)
        let accumulator = try parseVariable().name
        try expect(.equal)
        let initial = try parseExpression()
        try expect(.comma)
        let variable = try parseVariable().name
        try expect(.in)
        let source = try parseExpression()
        try expect(.pipe)
        let expression = try parseExpression()
        try expect(.rightParen)
        return Expression(.reduce(accumulator: accumulator, initial: initial, variable: variable, source: source,
                                  expression: expression), range(from: start))
    }

    /// `caseExpression = "CASE" [ expression ] caseAlternative { caseAlternative } [ "ELSE" expression ] "END" ;`
    private mutating func parseCase() throws -> Expression {
        let start = current.range.start
        try expect(.case)
        let subject = at(.when) ? nil : try parseExpression()
        var alternatives: [CaseAlternative] = []
        while consume(.when) != nil {
            let when = try parseExpression()
            try expect(.then)
            alternatives.append(CaseAlternative(when: when, then: try parseExpression()))
        }
        guard !alternatives.isEmpty else { throw unexpected(expected: "WHEN") }
        let otherwise = consume(.else) != nil ? try parseExpression() : nil
        guard consume(.end) != nil else {
            throw unexpected(expected: otherwise == nil ? "WHEN, ELSE or END" : "END")
        }
        return Expression(.caseExpression(subject: subject, alternatives: alternatives, otherwise: otherwise),
                          range(from: start))
    }

    /// A list literal, list comprehension or pattern comprehension, all starting with `[`.
    ///
    /// A failed attempt at a comprehension is remembered, so that brackets nested in it are not
    /// tried again and again: each level would double the work.
    private mutating func parseBracketed() throws -> Expression {
        let start = index
        if !notComprehensions.contains(start), isVariableName(peek(1)), peek(2).is(.in) {
            if let comprehension = attempt({ try $0.parseListComprehension() }) { return comprehension }
            notComprehensions.insert(start)
        }
        if !notComprehensions.contains(start),
           peek(1).is(.leftParen) || (isVariableName(peek(1)) && peek(2).is(.equal) && peek(3).is(.leftParen)) {
            if let comprehension = attempt({ try $0.parsePatternComprehension() }) { return comprehension }
            notComprehensions.insert(start)
        }
        return try parseListLiteral()
    }

    /// `listLiteral = "[" [ expression { "," expression } ] "]" ;`
    ///
    /// A list whose elements are all literals (or such lists) is folded into one literal value,
    /// so that a long list of constants holds a value per element (and the tokens it spans)
    /// rather than a syntax tree node per element. At the first element that is not a constant,
    /// the constants before it become literal nodes again, each with its range.
    private mutating func parseListLiteral() throws -> Expression {
        let start = current.range.start
        try expect(.leftBracket)
        var constants: [Value] = []
        /// The first and last token index of each constant, from which its range is found again.
        var spans: [(first: Int32, last: Int32)] = []
        var elements: [Expression]?
        if consume(.rightBracket) == nil {
            repeat {
                let first = index
                let element = try parseExpression()
                if elements == nil, let value = element.constantValue {
                    constants.append(value)
                    spans.append((Int32(first), Int32(index - 1)))
                    continue
                }
                if elements == nil {
                    elements = zip(constants, spans).map { value, span in
                        Expression(.literal(Literal(value)), SourceRange(start: tokens[Int(span.first)].range.start,
                                                                         end: tokens[Int(span.last)].range.end))
                    }
                    constants = []
                    spans = []
                }
                elements?.append(element)
            } while consume(.comma) != nil
            guard consume(.rightBracket) != nil else { throw unexpected(expected: "',' or ']'") }
        }
        if let elements { return Expression(.list(elements), range(from: start)) }
        return Expression(.literal(.list(constants)), range(from: start))
    }

    /// `listComprehension = "[" variable "IN" expression [ where ] [ "|" expression ] "]" ;`
    private mutating func parseListComprehension() throws -> Expression {
        let start = current.range.start
        try expect(.leftBracket)
        let variable = try parseVariable().name
        try expect(.in)
        let source = try parseExpression()
        let predicate = try parseWhereIfPresent()
        let projection = consume(.pipe) != nil ? try parseExpression() : nil
        guard consume(.rightBracket) != nil else {
            throw unexpected(expected: projection != nil ? "']'" : predicate != nil ? "'|' or ']'" : "WHERE, '|' or ']'")
        }
        return Expression(.listComprehension(variable: variable, source: source, predicate: predicate,
                                             projection: projection), range(from: start))
    }

    /// `patternComprehension = "[" [ variable "=" ] relationshipsPattern [ where ] "|" expression "]" ;`
    private mutating func parsePatternComprehension() throws -> Expression {
        let start = current.range.start
        try expect(.leftBracket)
        var pathVariable: String? = nil
        if isVariableName(current) {
            pathVariable = try parseVariable().name
            try expect(.equal)
        }
        let element = try parsePatternElement(inExpression: true)
        guard !element.chain.isEmpty else { throw Backtrack() }
        let predicate = try parseWhereIfPresent()
        try expect(.pipe)
        let projection = try parseExpression()
        try expect(.rightBracket)
        return Expression(.patternComprehension(pathVariable: pathVariable, pattern: element, predicate: predicate,
                                                projection: projection), range(from: start))
    }

    /// `mapLiteral = "{" [ propertyKeyName ":" expression { "," propertyKeyName ":" expression } ] "}" ;`
    mutating func parseMapLiteral() throws -> Expression {
        let start = current.range.start
        try expect(.leftBrace)
        var entries: [MapEntry] = []
        if consume(.rightBrace) == nil {
            repeat {
                let key = try parseSymbolicName("a map key").name
                try expect(.colon)
                entries.append(MapEntry(key: key, value: try parseExpression()))
            } while consume(.comma) != nil
            guard consume(.rightBrace) != nil else { throw unexpected(expected: "',' or '}'") }
        }
        return Expression(.map(entries), range(from: start))
    }

    /// `mapProjection = variable "{" [ mapProjectionItem { "," mapProjectionItem } ] "}" ;`
    private mutating func parseMapProjection(_ variable: String, start: SourceLocation) throws -> Expression {
        try expect(.leftBrace)
        var items: [MapProjectionItem] = []
        if consume(.rightBrace) == nil {
            repeat {
                if consume(.dot) != nil {
                    if consume(.star) != nil {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try parseSymbolicName("a property key or '*'").name))
                    }
                } else if isSymbolicName(current), peek(1).is(.colon) {
                    let key = try parseSymbolicName("a map key").name
                    advance()
                    items.append(.literal(key, try parseExpression()))
                } else {
                    items.append(.variable(try parseVariable("'.key', 'key: value' or a variable").name))
                }
            } while consume(.comma) != nil
            guard consume(.rightBrace) != nil else { throw unexpected(expected: "',' or '}'") }
        }
        return Expression(.mapProjection(variable: variable, items: items), range(from: start))
    }

    /// A relationship pattern used as a predicate, or `"(" expression ")"`.
    ///
    /// A failed attempt at a pattern is remembered, so that nested parentheses are
    /// not tried as patterns again and again.
    private mutating func parseParenthesized() throws -> Expression {
        if !notPatternPredicates.contains(index) {
            let start = index
            if let pattern = attempt({ parser -> Expression in
                let element = try parser.parsePatternElement(inExpression: true)
                guard !element.chain.isEmpty else { throw Backtrack() }
                return Expression(.patternPredicate(element), element.range)
            }) {
                return pattern
            }
            notPatternPredicates.insert(start)
        }
        let open = try expect(.leftParen)
        var inner = try parseExpression()
        guard let close = consume(.rightParen) else { throw unexpected(expected: "')'") }
        inner.range = SourceRange(start: open.range.start, end: close.range.end)
        return inner
    }

    /// `existsExpression = "EXISTS" "{" ( pattern [ where ] | query ) "}" ;`
    private mutating func parseExistsSubquery() throws -> Expression {
        let start = current.range.start
        try expect(.exists)
        try expect(.leftBrace)
        if atClauseStart {
            // `MATCH pattern [WHERE ...]` alone is the short form; anything more is a full query.
            if at(.match), let short = attempt({ parser -> (Pattern, Expression?) in
                parser.advance()
                let pattern = try parser.parsePattern()
                let predicate = try parser.parseWhereIfPresent()
                guard parser.at(.rightBrace) else { throw Backtrack() }
                return (pattern, predicate)
            }) {
                try expect(.rightBrace)
                return Expression(.existsSubquery(short.0, predicate: short.1), range(from: start))
            }
            let query = try parseQuery()
            guard consume(.rightBrace) != nil else { throw unexpected(expected: "a clause or '}'") }
            return Expression(.existsQuery(query), range(from: start))
        }
        let pattern = try parsePattern()
        let predicate = try parseWhereIfPresent()
        guard consume(.rightBrace) != nil else { throw unexpected(expected: predicate == nil ? "WHERE or '}'" : "'}'") }
        return Expression(.existsSubquery(pattern, predicate: predicate), range(from: start))
    }
}
