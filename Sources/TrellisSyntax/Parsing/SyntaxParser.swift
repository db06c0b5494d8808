import TrellisCore

/// The recursive-descent parser's state: the tokens of one text and a cursor.
///
/// The grammar it implements is `Grammar/trellis.ebnf`. Rules live in the
/// extensions `SyntaxParser+Statements`, `+Clauses`, `+Patterns` and `+Expressions`.
struct SyntaxParser {
    let bytes: [UInt8]
    let tokens: [Token]
    var index = 0
    /// The error that got furthest among alternatives that were tried and abandoned;
    /// reported instead of the final error when it points further into the text.
    var furthestAbandonedError: TrellisError?
    /// Positions of `YIELD *`, keyed by the offset of their CALL clause.
    var yieldStars: [Int: SourceRange] = [:]
    /// Token indexes where a `(` was found not to start a pattern predicate.
    var notPatternPredicates: Set<Int> = []
    /// Token indexes where a `[` was found not to start a list or pattern comprehension.
    var notComprehensions: Set<Int> = []
    /// How deeply the rules being parsed nest, to fail cleanly instead of exhausting the stack.
    var nesting = 0
    static let maximumNesting = 100
    /// The tallest expression tree allowed (see ``Expression/height``): chains of operators such as
    /// `a + b + c` or `x.a.b.c` grow the tree without nesting the text.
    static let maximumHeight = 1_000
    /// The most clauses a single query may have.
    static let maximumClauses = 1_000
    /// How deep the statement being parsed goes so far: nesting plus the height of its expressions.
    var deepest = 0

    init(_ text: String) throws {
        bytes = Array(text.utf8)
        var lexer = Lexer(bytes: bytes)
        tokens = try lexer.tokenize()
    }

    /// Runs `rule`; on failure, reports whichever error points furthest into the text.
    mutating func run<T>(_ rule: (inout SyntaxParser) throws -> T) throws -> T {
        do {
            return try rule(&self)
        } catch let error as TrellisError {
            if let abandoned = furthestAbandonedError,
               let abandonedStart = abandoned.range?.start.offset,
               let start = error.range?.start.offset, abandonedStart > start {
                throw abandoned
            }
            throw error
        }
    }

    /// The operators, brackets and keywords a text may hold and still be parsed on the caller's
    /// thread: with more, it could nest deeply enough to exhaust a small stack.
    static let callerThreadTokens = 48

    /// True when the text has enough operators, brackets and keywords to nest deeply.
    var mayNestDeeply: Bool {
        var count = 0
        for token in tokens {
            switch token.kind {
            case .punctuation(let mark) where mark != .comma && mark != .semicolon: count += 1
            case .keyword: count += 1
            default: break
            }
        }
        return count > SyntaxParser.callerThreadTokens
    }

    /// ``run(_:)``, on a ``LargeStackThread`` when the text may nest deeply.
    mutating func runOnAdequateStack<T>(_ rule: (inout SyntaxParser) throws -> T) throws -> T {
        guard mayNestDeeply else { return try run(rule) }
        return try LargeStackThread.run { try run(rule) }
    }

    // MARK: - Cursor

    var current: Token { tokens[index] }

    func peek(_ distance: Int) -> Token { tokens[min(index + distance, tokens.count - 1)] }

    var isAtEnd: Bool {
        if case .endOfInput = current.kind { return true }
        return false
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func at(_ mark: Punctuation) -> Bool { current.is(mark) }
    func at(_ keyword: Keyword) -> Bool { current.is(keyword) }

    mutating func consume(_ mark: Punctuation) -> Token? {
        at(mark) ? advance() : nil
    }

    mutating func consume(_ keyword: Keyword) -> Token? {
        at(keyword) ? advance() : nil
    }

    @discardableResult
    mutating func expect(_ mark: Punctuation) throws -> Token {
        guard at(mark) else { throw unexpected(expected: "'\(mark.rawValue)'") }
        return advance()
    }

    @discardableResult
    mutating func expect(_ keyword: Keyword) throws -> Token {
        guard at(keyword) else { throw unexpected(expected: keyword.rawValue) }
        return advance()
    }

    /// End of the last consumed token.
    var previousEnd: SourceLocation { index == 0 ? current.range.start : tokens[index - 1].range.end }

    /// From `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange { SourceRange(start: start, end: previousEnd) }

    /// The source text covered by `range`.
    func text(_ range: SourceRange) -> String {
        String(decoding: bytes[range.start.offset..<range.end.offset], as: UTF8.self)
    }

    /// Runs `rule` one nesting level deeper; fails when the text nests too deeply.
    mutating func nested<T>(_ rule: (inout SyntaxParser) throws -> T) throws -> T {
        guard nesting < SyntaxParser.maximumNesting else {
            throw TrellisError.syntax("UnexpectedSyntax",
                                      "the query nests too deeply (more than \(SyntaxParser.maximumNesting) levels)",
                                      at: current.range)
        }
        nesting += 1
        deepest = max(deepest, nesting)
        defer { nesting -= 1 }
        return try rule(&self)
    }

    /// `expression`, once its tree is known not to be too tall; `operand` is the part just added,
    /// where an error points.
    mutating func checkedHeight(_ expression: Expression, operand: SourceRange) throws -> Expression {
        guard expression.height <= SyntaxParser.maximumHeight else {
            throw TrellisError.syntax("UnexpectedSyntax",
                                      "the expression nests too deeply (more than \(SyntaxParser.maximumHeight) levels of operators)",
                                      at: operand)
        }
        deepest = max(deepest, nesting + expression.height)
        return expression
    }

    // MARK: - Backtracking

    /// Thrown to abandon an alternative without an error worth reporting.
    struct Backtrack: Error {}

    /// Tries `alternative`; on failure rewinds and returns nil.
    mutating func attempt<T>(_ alternative: (inout SyntaxParser) throws -> T) -> T? {
        let saved = index
        do {
            return try alternative(&self)
        } catch {
            if let error = error as? TrellisError, let offset = error.range?.start.offset,
               offset > (furthestAbandonedError?.range?.start.offset ?? -1) {
                furthestAbandonedError = error
            }
            index = saved
            return nil
        }
    }

    // MARK: - Errors

    /// How `token` is shown in messages.
    func describe(_ token: Token) -> String {
        var shown = text(token.range)
        if shown.count > 40 { shown = String(shown.prefix(37)) + "..." }
        return "'\(shown)'"
    }

    /// `expected X but found 'Y'` at the current token.
    func unexpected(expected: String, code: String = "UnexpectedSyntax") -> TrellisError {
        unexpected(expected: expected, at: current, code: code)
    }

    func unexpected(expected: String, at token: Token, code: String = "UnexpectedSyntax") -> TrellisError {
        if case .endOfInput = token.kind {
            return .syntax(code, "unexpected end of input; expected \(expected)", at: token.range)
        }
        return .syntax(code, "expected \(expected) but found \(describe(token))", at: token.range)
    }

    // MARK: - Names

    /// True when `token` can name a variable: an identifier, a quoted name or a soft keyword.
    func isVariableName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier: return true
        case .keyword(let keyword): return !keyword.isReserved
        default: return false
        }
    }

    /// True when `token` can be a label, relationship type, key or namespace: any word.
    func isSymbolicName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier, .keyword: return true
        default: return false
        }
    }

    /// The name a word token stands for, keywords spelled as written.
    func name(of token: Token) -> String {
        switch token.kind {
        case .identifier(let name), .quotedIdentifier(let name): return name
        default: return text(token.range)
        }
    }

    /// A variable name (not a reserved word).
    mutating func parseVariable(_ what: String = "a variable name") throws -> (name: String, range: SourceRange) {
        guard isVariableName(current) else {
            if case .keyword(let keyword) = current.kind {
                throw TrellisError.syntax(
                    "UnexpectedSyntax",
                    "expected \(what) but found the reserved word \(keyword.rawValue) (write `\(text(current.range))` to use it as a name)",
                    at: current.range)
            }
            throw unexpected(expected: what)
        }
        let token = advance()
        return (name(of: token), token.range)
    }

    /// Any name, keywords included: labels, types, property and map keys, aliases.
    mutating func parseSymbolicName(_ what: String) throws -> (name: String, range: SourceRange) {
        guard isSymbolicName(current) else { throw unexpected(expected: what) }
        let token = advance()
        return (name(of: token), token.range)
    }

    // MARK: - Literals

    /// The value of the integer literal `token`, negated when written after a unary minus.
    func integerValue(_ token: Token, negated: Bool) throws -> Int64 {
        guard case .integer(let magnitude) = token.kind else { throw unexpected(expected: "an integer", at: token) }
        let limit: UInt64 = negated ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard let magnitude, magnitude <= limit else {
            throw TrellisError.syntax(
                "IntegerOverflow",
                "integer literal \(negated ? "-" : "")\(text(token.range)) does not fit in a 64-bit signed integer",
                at: token.range)
        }
        return negated ? Int64(bitPattern: 0 &- magnitude) : Int64(magnitude)
    }
}
