import TrellisCore

/// An expression with the source range it was parsed from.
public struct Expression: Sendable, Hashable {
    public var kind: ExpressionKind { didSet { height = kind.height } }
    public var range: SourceRange
    /// The levels of the tree this expression roots: 1 for a literal or a variable, one more than
    /// its tallest operand otherwise. Work on the tree recurses this deep, so the parser bounds it.
    /// Patterns and subqueries inside count as one level: the parser bounds their own nesting.
    public private(set) var height: Int

    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.height = kind.height
    }
}

/// A literal written in query text.
public enum Literal: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
    /// A list literal whose elements are all constants, such as `[1, 'a', [2.5, null]]`, folded
    /// by the parser into one value: a long list of constants then costs one value per element,
    /// not a syntax tree node (with its source range) per element.
    case list([Value])
}

public enum UnaryOperator: String, Sendable, Hashable {
    case not = "NOT"
    case negate = "-"
    case plus = "+"
}

public enum BinaryOperator: String, Sendable, Hashable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
    case regexMatch = "=~"
}

/// `all`, `any`, `none`, `single` list predicates.
public enum Quantifier: String, Sendable, Hashable {
    case all, any, none, single
}

/// One `WHEN ... THEN ...` arm of a CASE expression.
public struct CaseAlternative: Sendable, Hashable {
    public var when: Expression
    public var then: Expression
    public init(when: Expression, then: Expression) { self.when = when; self.then = then }
}

/// One `key: value` entry of a map literal.
public struct MapEntry: Sendable, Hashable {
    public var key: String
    public var value: Expression
    public init(key: String, value: Expression) { self.key = key; self.value = value }
}

/// One selector of a map projection `n { .name, age: 3, x, .* }`.
public enum MapProjectionItem: Sendable, Hashable {
    /// `.key`
    case property(String)
    /// `key: expression`
    case literal(String, Expression)
    /// `variable` — adds `variable: value`
    case variable(String)
    /// `.*`
    case allProperties
}

public indirect enum ExpressionKind: Sendable, Hashable {
    case literal(Literal)
    /// `$name` (or `$0`).
    case parameter(String)
    case variable(String)
    /// `subject.key`
    case property(Expression, String)
    /// `subject[index]`
    case index(Expression, Expression)
    /// `subject[from..to]`, either bound optional.
    case slice(Expression, Expression?, Expression?)
    case list([Expression])
    case map([MapEntry])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `x IS NULL` (`negated == false`) or `x IS NOT NULL`.
    case isNull(Expression, negated: Bool)
    /// `n:Label1:Label2` as a predicate.
    case hasLabels(Expression, [String])
    /// `name(args)`, `ns.name(DISTINCT args)`; `name` holds the dotted name as written.
    case function(name: String, distinct: Bool, arguments: [Expression])
    /// `count(*)`
    case countStar
    /// `CASE [subject] WHEN ... THEN ... [ELSE ...] END`
    case caseExpression(subject: Expression?, alternatives: [CaseAlternative], otherwise: Expression?)
    /// `[x IN list WHERE pred | projection]`
    case listComprehension(variable: String, source: Expression, predicate: Expression?, projection: Expression?)
    /// `all(x IN list WHERE pred)` etc.
    case quantified(Quantifier, variable: String, source: Expression, predicate: Expression?)
    /// `reduce(acc = init, x IN list | expression)`
    case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, expression: Expression)
    /// `[p = (a)-->(b) WHERE pred | projection]`
    case patternComprehension(pathVariable: String?, pattern: PatternElement, predicate: Expression?, projection: Expression)
    /// A relationship pattern used as a boolean, e.g. `WHERE (a)-[:KNOWS]->(b)`.
    case patternPredicate(PatternElement)
    /// `EXISTS { MATCH ... [WHERE ...] }` or `EXISTS { (a)-->(b) [WHERE ...] }`.
    case existsSubquery(Pattern, predicate: Expression?)
    /// `EXISTS { MATCH ... WITH ... RETURN ... }`: a full subquery, true when it yields a row.
    case existsQuery(Query)
    /// `variable { ... }`
    case mapProjection(variable: String, items: [MapProjectionItem])
}

extension Literal {
    /// The literal that writes `value`, one of the values a literal can hold (a null, a boolean,
    /// an integer, a float, a string, or a list of them).
    init(_ value: Value) {
        switch value {
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .integer(value)
        case .float(let value): self = .float(value)
        case .string(let value): self = .string(value)
        case .list(let values): self = .list(values)
        default: self = .null
        }
    }
}

extension Expression {
    /// The value of a literal (a folded list of constants included); nil for any other expression.
    public var constantValue: Value? {
        guard case .literal(let literal) = kind else { return nil }
        switch literal {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .integer(let value): return .int(value)
        case .float(let value): return .float(value)
        case .string(let value): return .string(value)
        case .list(let values): return .list(values)
        }
    }
}

extension ExpressionKind {
    /// One more than the tallest operand written directly in this expression.
    var height: Int {
        func tallest(_ operands: [Expression?]) -> Int {
            operands.reduce(0) { Swift.max($0, $1?.height ?? 0) }
        }
        switch self {
        case .literal, .parameter, .variable, .countStar, .existsQuery, .patternPredicate:
            return 1
        case .mapProjection(_, let items):
            return tallest(items.map { item -> Expression? in
                if case .literal(_, let value) = item { return value }
                return nil
            }) + 1
        case .property(let subject, _), .hasLabels(let subject, _), .isNull(let subject, _), .unary(_, let subject):
            return subject.height + 1
        case let .index(subject, index):
            return tallest([subject, index]) + 1
        case let .slice(subject, from, to):
            return tallest([subject, from, to]) + 1
        case .list(let elements), .function(_, _, let elements):
            return tallest(elements) + 1
        case .map(let entries):
            return tallest(entries.map(\.value)) + 1
        case let .binary(_, lhs, rhs):
            return tallest([lhs, rhs]) + 1
        case let .caseExpression(subject, alternatives, otherwise):
            return tallest([subject, otherwise] + alternatives.flatMap { [$0.when, $0.then] }) + 1
        case let .listComprehension(_, source, predicate, projection):
            return tallest([source, predicate, projection]) + 1
        case let .quantified(_, _, source, predicate):
            return tallest([source, predicate]) + 1
        case let .reduce(_, initial, _, source, expression):
            return tallest([initial, source, expression]) + 1
        case let .patternComprehension(_, _, predicate, projection):
            return tallest([predicate, projection]) + 1
        case let .existsSubquery(_, predicate):
            return tallest([predicate]) + 1
        }
    }
}
