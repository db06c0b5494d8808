import TrellisCore

/// One clause of a query part, with the source range of the whole clause.
public struct Clause: Sendable, Hashable {
    public var kind: ClauseKind
    public var range: SourceRange
    public init(_ kind: ClauseKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum ClauseKind: Sendable, Hashable {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(WithClause)
    case `return`(Projection)
    case create(Pattern)
    case merge(MergeClause)
    case set([SetItem])
    case remove([RemoveItem])
    case delete(DeleteClause)
    case call(CallClause)
    case loadCSV(LoadCSVClause)
}

public struct MatchClause: Sendable, Hashable {
    public var optional: Bool
    public var pattern: Pattern
    public var predicate: Expression?
    public init(optional: Bool, pattern: Pattern, predicate: Expression?) {
        self.optional = optional
        self.pattern = pattern
        self.predicate = predicate
    }
}

/// `LOAD CSV [WITH HEADERS] FROM source AS variable [FIELDTERMINATOR ';']`
public struct LoadCSVClause: Sendable, Hashable {
    public var withHeaders: Bool
    public var source: Expression
    public var variable: String
    public var variableRange: SourceRange
    public var fieldTerminator: String?
    public init(withHeaders: Bool, source: Expression, variable: String, variableRange: SourceRange, fieldTerminator: String?) {
        self.withHeaders = withHeaders
        self.source = source
        self.variable = variable
        self.variableRange = variableRange
        self.fieldTerminator = fieldTerminator
    }
}

public struct UnwindClause: Sendable, Hashable {
    public var expression: Expression
    public var variable: String
    public var variableRange: SourceRange
    public init(expression: Expression, variable: String, variableRange: SourceRange) {
        self.expression = expression
        self.variable = variable
        self.variableRange = variableRange
    }
}

public struct WithClause: Sendable, Hashable {
    public var projection: Projection
    public var predicate: Expression?
    public init(projection: Projection, predicate: Expression?) {
        self.projection = projection
        self.predicate = predicate
    }
}

/// The body shared by RETURN and WITH.
public struct Projection: Sendable, Hashable {
    public var distinct: Bool
    /// `RETURN *` / `WITH *` (further items may follow the star).
    public var includesAll: Bool
    public var items: [ProjectionItem]
    public var orderBy: [SortItem]
    public var skip: Expression?
    public var limit: Expression?

    public init(distinct: Bool, includesAll: Bool, items: [ProjectionItem], orderBy: [SortItem],
                skip: Expression?, limit: Expression?) {
        self.distinct = distinct
        self.includesAll = includesAll
        self.items = items
        self.orderBy = orderBy
        self.skip = skip
        self.limit = limit
    }
}

public struct ProjectionItem: Sendable, Hashable {
    public var expression: Expression
    public var alias: String?
    /// The expression exactly as written: the column name when there is no alias.
    public var text: String
    public init(expression: Expression, alias: String?, text: String) {
        self.expression = expression
        self.alias = alias
        self.text = text
    }
    /// The column name this item produces.
    public var name: String { alias ?? text }
}

public struct SortItem: Sendable, Hashable {
    public var expression: Expression
    public var ascending: Bool
    public init(expression: Expression, ascending: Bool) {
        self.expression = expression
        self.ascending = ascending
    }
}

public struct MergeClause: Sendable, Hashable {
    public var part: PatternPart
    public var onCreate: [SetItem]
    public var onMatch: [SetItem]
    public init(part: PatternPart, onCreate: [SetItem], onMatch: [SetItem]) {
        self.part = part
        self.onCreate = onCreate
        self.onMatch = onMatch
    }
}

public struct SetItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `target.key = value` — `target` is any expression yielding a node, relationship or null.
        case property(target: Expression, key: String, value: Expression)
        /// `n = {map}` (replace all properties)
        case replaceProperties(variable: String, value: Expression)
        /// `n += {map}`
        case mergeProperties(variable: String, value: Expression)
        /// `n:Label1:Label2`
        case labels(variable: String, labels: [String])
    }
    public var kind: Kind
    public var range: SourceRange
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public struct RemoveItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case property(target: Expression, key: String)
        case labels(variable: String, labels: [String])
    }
    public var kind: Kind
    public var range: SourceRange
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public struct DeleteClause: Sendable, Hashable {
    public var detach: Bool
    public var expressions: [Expression]
    public init(detach: Bool, expressions: [Expression]) {
        self.detach = detach
        self.expressions = expressions
    }
}

/// `CALL ns.proc(args) YIELD a, b AS c WHERE ...`; `arguments == nil` for the implicit-argument form.
public struct CallClause: Sendable, Hashable {
    public struct YieldItem: Sendable, Hashable {
        public var field: String
        public var alias: String?
        public var range: SourceRange
        public init(field: String, alias: String?, range: SourceRange) {
            self.field = field
            self.alias = alias
            self.range = range
        }
    }
    public var procedure: String
    public var procedureRange: SourceRange
    public var arguments: [Expression]?
    /// nil when there is no YIELD; `yieldAll` for `YIELD *`.
    public var yields: [YieldItem]?
    public var yieldAll: Bool
    public var predicate: Expression?
    public init(procedure: String, procedureRange: SourceRange, arguments: [Expression]?, yields: [YieldItem]?,
                yieldAll: Bool, predicate: Expression?) {
        self.procedure = procedure
        self.procedureRange = procedureRange
        self.arguments = arguments
        self.yields = yields
        self.yieldAll = yieldAll
        self.predicate = predicate
    }
}
