import TrellisCore
import TrellisSyntax

extension QueryCompiler {
    /// Compiles RETURN or WITH: items (with aggregates and implicit grouping keys), DISTINCT,
    /// ORDER BY, SKIP and LIMIT. Returns the plan and the scope seen by the clauses after it.
    func compileProjection(_ p: Projection, scope: Scope, isReturn: Bool, clauseRange: SourceRange) throws -> (ProjectionPlan, Scope) {
        let collector = AggregateCollector()
        var items: [ProjectionPlan.Item] = []
        var itemExpressions: [Expression?] = []
        var kinds: [VariableKind] = []
        var types: [StaticType] = []

        if p.includesAll {
            let names = scope.visibleNames
            if names.isEmpty && isReturn {
                throw TrellisError.compile("NoVariablesInScope", "\(isReturn ? "RETURN" : "WITH") * is not allowed when there are no variables in scope", at: clauseRange)
            }
            for name in names {
                let v = scope[name]!
                items.append(.init(name: name, expression: .slot(v.slot), slot: v.slot, containsAggregate: false))
                itemExpressions.append(nil)
                kinds.append(v.kind)
                types.append(v.type)
            }
        }
        for item in p.items {
            if !isReturn, item.alias == nil {
                if case .variable = item.expression.kind {} else {
                    throw TrellisError.compile("NoExpressionAlias", "expression in WITH must be aliased (use AS)", at: item.expression.range)
                }
            }
            let before = collector.specs.count
            let bound = try bind(item.expression, scope, aggregates: collector)
            let name = item.name
            if items.contains(where: { $0.name == name }) {
                throw TrellisError.compile("ColumnNameConflict", "multiple result columns with the same name '\(name)'", at: item.expression.range)
            }
            var slot: Int
            var kind = VariableKind.value
            var type = StaticType.any
            if case .variable(let v) = item.expression.kind, let variable = scope[v] {
                kind = variable.kind
                type = variable.type
                slot = v == name ? variable.slot : newSlot()
            } else {
                slot = newSlot()
                type = staticType(bound, scope)
                switch type {
                case .node: kind = .node
                case .relationship: kind = .relationship
                case .path: kind = .path
                case .any, .null: kind = .value
                default: kind = .scalar
                }
            }
            items.append(.init(name: name, expression: bound, slot: slot, containsAggregate: collector.specs.count > before))
            itemExpressions.append(item.expression)
            kinds.append(kind)
            types.append(type)
        }

        // Non-aggregate items are the grouping keys; aggregating items may only use them outside aggregates.
        let aggregating = !collector.specs.isEmpty
        var keyTexts = Set<String>()
        if aggregating {
            for (i, item) in items.enumerated() where !item.containsAggregate {
                guard let e = itemExpressions[i] else { keyTexts.insert(item.name); continue }
                switch e.kind {
                case .variable: keyTexts.insert(text(e.range))
                case .property(let s, _):
                    if case .variable = s.kind { keyTexts.insert(text(e.range)) }
                default: break
                }
                if let alias = p.items.first(where: { $0.expression == e })?.alias { keyTexts.insert(alias) }
            }
            for (i, item) in items.enumerated() where item.containsAggregate {
                if let e = itemExpressions[i], let bad = ungroupedVariable(e, keys: keyTexts) {
                    throw TrellisError.compile("AmbiguousAggregationExpression",
                                               "expression mixes aggregation with '\(bad)', which is not a grouping key", at: e.range)
                }
            }
        }

        var newScope = Scope()
        for (i, item) in items.enumerated() {
            newScope.declare(item.name, Variable(slot: item.slot, kind: kinds[i], type: types[i]))
        }

        // ORDER BY sees the projected names and, unless the rows were grouped or made distinct,
        // the variables that were in scope before.
        var orderScope = scope
        if aggregating || p.distinct { orderScope = Scope() }
        for (name, v) in newScope.variables { orderScope.declare(name, v) }
        var reusable: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            guard let e = itemExpressions[i] else { continue }
            switch e.kind {
            case .variable, .countStar: reusable[text(e.range)] = item.slot
            case .property(let s, _): if case .variable = s.kind { reusable[text(e.range)] = item.slot }
            case .function(let name, _, _) where AggregateKind.named(name) != nil: reusable[text(e.range)] = item.slot
            default: break
            }
        }
        var orderBy: [(expression: BoundExpression, ascending: Bool)] = []
        for sort in p.orderBy {
            let t = text(sort.expression.range)
            if let i = itemExpressions.firstIndex(where: { $0.map { text($0.range) } == t }) {
                orderBy.append((.slot(items[i].slot), sort.ascending))
                continue
            }
            if aggregating && sort.expression.containsAggregate, let bad = ungroupedVariable(sort.expression, keys: keyTexts) {
                throw TrellisError.compile("AmbiguousAggregationExpression",
                                           "ORDER BY mixes aggregation with '\(bad)', which is not a grouping key", at: sort.expression.range)
            }
            if aggregating || p.distinct { projectedTexts = reusable }
            defer { projectedTexts = [:] }
            orderBy.append((try bind(sort.expression, orderScope, aggregates: nil), sort.ascending))
        }

        let skip = try p.skip.map { try bindRowCount($0, what: "SKIP") }
        let limit = try p.limit.map { try bindRowCount($0, what: "LIMIT") }
        var plan = ProjectionPlan(items: items, aggregates: collector.specs, distinct: p.distinct, orderBy: orderBy,
                                  skip: skip, limit: limit, skipRange: p.skip?.range, limitRange: p.limit?.range)
        plan.reusableTexts = reusable
        return (plan, newScope)
    }

    /// SKIP and LIMIT take a constant non-negative integer.
    func bindRowCount(_ e: Expression, what: String) throws -> BoundExpression {
        if !FreeVariables.of(e).isEmpty {
            throw TrellisError.compile("NonConstantExpression", "\(what) must be a constant expression", at: e.range)
        }
        // A parameter's value is checked when the statement runs, as for any other run-time value.
        if case .parameter(let name) = e.kind {
            if let parameters, parameters[name] == nil {
                throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(name)", at: e.range, phase: .compileTime)
            }
            return .parameter(name)
        }
        let b = try bind(e, Scope())
        if case .constant(let v) = b {
            switch v {
            case .int(let i) where i < 0:
                throw TrellisError.compile("NegativeIntegerArgument", "\(what) must be a non-negative integer, got \(i)", at: e.range)
            case .int: break
            default:
                throw TrellisError.compile("InvalidArgumentType", "\(what) must be an integer, got \(v.typeName)", at: e.range)
            }
        }
        return b
    }

    /// A variable used outside aggregate calls and outside grouping-key sub-expressions, if any.
    func ungroupedVariable(_ e: Expression, keys: Set<String>) -> String? {
        if keys.contains(text(e.range)) { return nil }
        switch e.kind {
        case .countStar: return nil
        case .function(let name, _, _) where AggregateKind.allCases.contains(where: { $0.rawValue.lowercased() == name.lowercased() }):
            return nil
        case .variable(let name): return name
        default:
            for child in e.children {
                if let bad = ungroupedVariable(child, keys: keys) {
                    // Variables bound by the expression itself (comprehensions) are fine.
                    if FreeVariables.of(e).contains(bad) { return bad }
                }
            }
            return nil
        }
    }
}

extension AggregateKind {
    static func named(_ name: String) -> AggregateKind? {
        let lower = name.lowercased()
        return allCases.first { $0.rawValue.lowercased() == lower }
    }
}

extension Expression {
    /// Whether an aggregate call appears (outside nested subqueries).
    var containsAggregate: Bool {
        switch kind {
        case .countStar: return true
        case .function(let name, _, _) where AggregateKind.named(name) != nil: return true
        default: return children.contains { $0.containsAggregate }
        }
    }

    /// Direct sub-expressions (pattern parts excluded).
    var children: [Expression] {
        switch kind {
        case .literal, .parameter, .variable, .countStar, .patternPredicate, .existsSubquery, .existsQuery: return []
        case .property(let s, _): return [s]
        case .index(let a, let b): return [a, b]
        case let .slice(a, b, c): return [a] + [b, c].compactMap { $0 }
        case .list(let xs): return xs
        case .map(let es): return es.map(\.value)
        case .unary(_, let a): return [a]
        case .binary(_, let a, let b): return [a, b]
        case .isNull(let a, _): return [a]
        case .hasLabels(let a, _): return [a]
        case .function(_, _, let args): return args
        case let .caseExpression(s, alts, o): return [s].compactMap { $0 } + alts.flatMap { [$0.when, $0.then] } + [o].compactMap { $0 }
        case let .listComprehension(_, s, p, q): return [s] + [p, q].compactMap { $0 }
        case let .quantified(_, _, s, p): return [s] + [p].compactMap { $0 }
        case let .reduce(_, i, _, s, e): return [i, s, e]
        case let .patternComprehension(_, _, p, q): return [p].compactMap { $0 } + [q]
        case let .mapProjection(_, items):
            return items.compactMap { if case .literal(_, let e) = $0 { return e } else { return nil } }
        }
    }
}
