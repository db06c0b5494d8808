import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Collects the aggregate calls of one projection while its items are bound.
final class AggregateCollector {
    var specs: [AggregateSpec] = []
    var inside = false
}

extension QueryCompiler {
    /// Binds a predicate (WHERE): aggregates are not allowed and the type must be able to be boolean.
    func bindPredicate(_ e: Expression, _ scope: Scope) throws -> BoundExpression {
        patternPredicateAllowed = true
        let b = try bind(e, scope)
        let t = staticType(b, scope)
        if !t.canBeBoolean {
            throw TrellisError.compile("InvalidArgumentType", "expected a boolean predicate but found \(t.name)", at: e.range)
        }
        return b
    }

    /// Resolves variables to slots and functions to implementations.
    /// `aggregates` is non-nil only where aggregate functions are allowed (RETURN/WITH items, ORDER BY after them).
    func bind(_ e: Expression, _ scope: Scope, aggregates: AggregateCollector? = nil) throws -> BoundExpression {
        func go(_ x: Expression, _ s: Scope? = nil) throws -> BoundExpression { try bind(x, s ?? scope, aggregates: aggregates) }
        let r = e.range
        if !projectedTexts.isEmpty, let slot = projectedTexts[text(r)] { return .slot(slot) }
        let predicateHere = patternPredicateAllowed
        switch e.kind {
        case .unary(.not, _), .binary(.and, _, _), .binary(.or, _, _), .binary(.xor, _, _): patternPredicateAllowed = predicateHere
        case .function(let name, _, _) where name.lowercased() == "exists": patternPredicateAllowed = true
        default: patternPredicateAllowed = false
        }
        defer { patternPredicateAllowed = predicateHere }
        switch e.kind {
        case .literal(let lit):
            switch lit {
            case .null: return .constant(.null)
            case .bool(let b): return .constant(.bool(b))
            case .integer(let i): return .constant(.int(i))
            case .float(let d): return .constant(.float(d))
            case .string(let s): return .constant(.string(s))
            case .list(let values): return .constant(.list(values))
            }
        case .parameter(let name):
            // A plan compiled for reuse reads the parameter when it runs.
            guard let parameters else { return .parameter(name) }
            guard let value = parameters[name] else {
                throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(name)", at: r, phase: .compileTime)
            }
            // Statements are compiled for the parameters they run with, so a parameter is a constant.
            return .constant(value)
        case .variable(let name):
            guard let v = scope[name] else {
                throw TrellisError.compile("UndefinedVariable", "variable '\(name)' is not defined", at: r)
            }
            return .slot(v.slot)
        case let .property(subject, key):
            let s = try go(subject)
            let t = staticType(s, scope)
            if case .slot(let slot) = s, scope.variables.values.contains(where: { $0.slot == slot && $0.kind == .relationshipList }) {
                throw TrellisError.compile("InvalidArgumentType", "'\(key)' cannot be read from a list of relationships", at: r)
            }
            if ![.any, .null, .node, .relationship, .map, .date, .localTime, .time, .localDateTime, .dateTime, .duration].contains(t) {
                throw TrellisError(.typeError, "InvalidArgumentType", "type mismatch: cannot read property '\(key)' of \(t.name)", at: r, phase: .compileTime)
            }
            return .property(s, key: key, keyID: graph.keys.lookup(key), r)
        case let .index(a, b):
            return .index(try go(a), try go(b), r)
        case let .slice(a, lo, hi):
            return .slice(try go(a), try lo.map { try go($0) }, try hi.map { try go($0) }, r)
        case .list(let items):
            return .list(try items.map { try go($0) })
        case .map(let entries):
            return .map(keys: entries.map(\.key), values: try entries.map { try go($0.value) })
        case let .unary(op, a):
            let b = try go(a)
            switch op {
            case .not:
                try requireBoolean(b, a, scope)
                return .not(b, r)
            case .negate:
                if case .constant(.int(let i)) = b, i != Int64.min { return .constant(.int(-i)) }
                if case .constant(.float(let d)) = b { return .constant(.float(-d)) }
                return .negate(b, r)
            case .plus: return .unaryPlus(b, r)
            }
        case let .binary(op, a, b):
            let x = try go(a), y = try go(b)
            switch op {
            case .and, .or, .xor:
                try requireBoolean(x, a, scope)
                try requireBoolean(y, b, scope)
                return op == .and ? .and(x, y) : (op == .or ? .or(x, y) : .xor(x, y))
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual:
                return .comparison(op, x, y)
            case .add, .subtract, .multiply, .divide, .modulo, .power:
                try checkArithmetic(op, staticType(x, scope), staticType(y, scope), r)
                return .arithmetic(op, x, y, r)
            case .in:
                let t = staticType(y, scope)
                if t != .list && t != .any && t != .null {
                    throw TrellisError.compile("InvalidArgumentType", "IN expects a list on its right, not \(t.name)", at: b.range)
                }
                return .inList(x, y, r)
            case .startsWith, .endsWith, .contains:
                return .stringPredicate(op, x, y, r)
            case .regexMatch:
                return .regexMatch(x, y, r)
            }
        case let .isNull(a, negated):
            return .isNull(try go(a), negated: negated)
        case let .hasLabels(a, labels):
            let b = try go(a)
            let t = staticType(b, scope)
            if ![.any, .null, .node].contains(t) {
                throw TrellisError.compile("InvalidArgumentType", "label predicates need a node, not \(t.name)", at: a.range)
            }
            return .hasLabels(b, labels, r)
        case .countStar:
            return try bindAggregate(.count, distinct: false, arguments: [], range: r, scope: scope, aggregates: aggregates)
        case let .function(name, distinct, arguments):
            return try bindFunction(name, distinct: distinct, arguments, range: r, scope: scope, aggregates: aggregates)
        case let .caseExpression(subject, alternatives, otherwise):
            return .caseExpression(subject: try subject.map { try go($0) },
                                   whens: try alternatives.map { try go($0.when) },
                                   thens: try alternatives.map { try go($0.then) },
                                   otherwise: try otherwise.map { try go($0) })
        case let .listComprehension(variable, source, predicate, projection):
            let src = try go(source)
            var inner = scope
            let slot = newSlot()
            let t = elementType(src)
            inner.declare(variable, Variable(slot: slot, kind: t == .any ? .value : .scalar, type: t))
            return .listComprehension(slot: slot, source: src,
                                      predicate: try predicate.map { try go($0, inner) },
                                      projection: try projection.map { try go($0, inner) }, r)
        case let .quantified(q, variable, source, predicate):
            let src = try go(source)
            var inner = scope
            let slot = newSlot()
            let t = elementType(src)
            inner.declare(variable, Variable(slot: slot, kind: t == .any ? .value : .scalar, type: t))
            return .quantified(q, slot: slot, source: src, predicate: try predicate.map { try go($0, inner) }, r)
        case let .reduce(accumulator, initial, variable, source, expression):
            let ini = try go(initial), src = try go(source)
            var inner = scope
            let acc = newSlot(), slot = newSlot()
            inner.declare(accumulator, Variable(slot: acc, kind: .value))
            inner.declare(variable, Variable(slot: slot, kind: .value))
            return .reduce(accumulator: acc, initial: ini, slot: slot, source: src, expression: try go(expression, inner), r)
        case let .patternComprehension(pathVariable, pattern, predicate, projection):
            var inner = scope
            let part = PatternPart(pathVariable: pathVariable, element: pattern, range: pattern.range)
            let plan = try planMatch(Pattern(parts: [part]), predicate: predicate, scope: &inner, optional: false,
                                     allowNewVariables: true)
            return .patternComprehension(plan, projection: try go(projection, inner))
        case .patternPredicate(let pattern):
            guard predicateHere else {
                throw TrellisError.syntax("UnexpectedSyntax", "a pattern can only be used as a predicate in WHERE or inside exists()", at: r)
            }
            var inner = scope
            let part = PatternPart(element: pattern, range: pattern.range)
            let plan = try planMatch(Pattern(parts: [part]), predicate: nil, scope: &inner, optional: false,
                                     allowNewVariables: false)
            return .exists(plan.testingExistence())
        case let .existsSubquery(pattern, predicate):
            var inner = scope
            let plan = try planMatch(pattern, predicate: predicate, scope: &inner, optional: false, allowNewVariables: true)
            return .exists(plan.testingExistence())
        case .existsQuery(let query):
            return .existsQuery(try compileSubquery(query, scope: scope))
        case let .mapProjection(variable, items):
            guard let v = scope[variable] else {
                throw TrellisError.compile("UndefinedVariable", "variable '\(variable)' is not defined", at: r)
            }
            var bound: [BoundMapProjectionItem] = []
            for item in items {
                switch item {
                case .property(let k): bound.append(.property(k))
                case .allProperties: bound.append(.allProperties)
                case let .literal(k, x): bound.append(.value(k, try go(x)))
                case .variable(let name):
                    guard let w = scope[name] else {
                        throw TrellisError.compile("UndefinedVariable", "variable '\(name)' is not defined", at: r)
                    }
                    bound.append(.value(name, .slot(w.slot)))
                }
            }
            return .mapProjection(.slot(v.slot), bound, r)
        }
    }

    /// Rejects arithmetic whose operand types are known and can never work.
    func checkArithmetic(_ op: BinaryOperator, _ a: StaticType, _ b: StaticType, _ r: SourceRange) throws {
        let never: Set<StaticType> = [.boolean, .map, .node, .relationship, .path]
        let ok: Bool
        if a == .any || b == .any || a == .null || b == .null || a == .list || b == .list {
            ok = true
        } else if op == .add {
            ok = !never.contains(a) && !never.contains(b)
        } else {
            ok = a.isNumber && b.isNumber || (a == .date || b == .date)
        }
        if !ok {
            throw TrellisError.compile("InvalidArgumentType", "cannot apply '\(op.rawValue)' to \(a.name) and \(b.name)", at: r)
        }
    }

    /// The element type of a list whose elements are constants of one type.
    func elementType(_ source: BoundExpression) -> StaticType {
        var items: [StaticType] = []
        switch source {
        case .constant(.list(let values)): items = values.map { StaticType(of: $0) }
        case .list(let exprs):
            for e in exprs {
                guard case .constant(let v) = e else { return .any }
                items.append(StaticType(of: v))
            }
        default: return .any
        }
        guard let first = items.first, first != .null, items.allSatisfy({ $0 == first }) else { return .any }
        return first
    }

    func requireBoolean(_ b: BoundExpression, _ e: Expression, _ scope: Scope) throws {
        let t = staticType(b, scope)
        if !t.canBeBoolean {
            throw TrellisError.compile("InvalidArgumentType", "expected a boolean but found \(t.name)", at: e.range)
        }
    }

    func bindFunction(_ name: String, distinct: Bool, _ arguments: [Expression], range r: SourceRange,
                      scope: Scope, aggregates: AggregateCollector?) throws -> BoundExpression {
        let lower = name.lowercased()
        if let kind = AggregateKind.allCases.first(where: { $0.rawValue.lowercased() == lower }) {
            return try bindAggregate(kind, distinct: distinct, arguments: arguments, range: r, scope: scope, aggregates: aggregates)
        }
        let args = try arguments.map { try bind($0, scope, aggregates: aggregates) }
        if lower == "exists" {
            guard arguments.count == 1 else {
                throw TrellisError.compile("InvalidNumberOfArguments", "exists() takes 1 argument", at: r)
            }
            switch arguments[0].kind {
            case .property, .patternPredicate, .existsSubquery:
                if case .exists = args[0] { return args[0] }
                return .isNull(args[0], negated: true)
            default:
                throw TrellisError.compile("InvalidArgumentType", "exists() expects a property or a pattern", at: arguments[0].range)
            }
        }
        if let g = GraphFunction.allCases.first(where: { $0.rawValue.lowercased() == lower }) {
            guard args.count == g.arity else {
                throw TrellisError.compile("InvalidNumberOfArguments",
                                           "\(g.rawValue)() takes \(g.arity) argument\(g.arity == 1 ? "" : "s") but was given \(args.count)", at: r)
            }
            for (a, e) in zip(args, arguments) { try checkGraphFunctionArgument(g, staticType(a, scope), e.range) }
            return .graphFunction(g, args, r)
        }
        guard let f = ScalarFunctions.lookup(name) else {
            throw TrellisError.compile("UnknownFunction", "unknown function '\(name)'", at: r)
        }
        guard f.arity.contains(args.count) else {
            let expected = f.arity.lowerBound == f.arity.upperBound ? "\(f.arity.lowerBound)" : "\(f.arity.lowerBound) to \(f.arity.upperBound)"
            throw TrellisError.compile("InvalidNumberOfArguments",
                                       "\(f.name)() takes \(expected) argument\(f.arity.upperBound == 1 ? "" : "s") but was given \(args.count)", at: r)
        }
        if distinct {
            throw TrellisError.compile("InvalidArgumentType", "DISTINCT is only allowed in aggregate functions", at: r)
        }
        return Self.folded(f, args, r)
    }

    /// A deterministic call whose arguments are all constants, evaluated once now; any other call
    /// as it is. A call that fails is left to fail when it runs (it may never run), and lists and
    /// maps are left to be built when needed.
    static func folded(_ f: ScalarFunction, _ args: [BoundExpression], _ r: SourceRange) -> BoundExpression {
        if f.returnsListOrMap { return .scalarFunction(f, args, r) }
        var values: [Value] = []
        for a in args {
            guard case .constant(let v) = a else { return .scalarFunction(f, args, r) }
            values.append(v)
        }
        guard f.isDeterministic(for: values), let result = try? f.body(values) else { return .scalarFunction(f, args, r) }
        switch result {
        case .list, .map: return .scalarFunction(f, args, r)
        default: return .constant(result)
        }
    }

    func checkGraphFunctionArgument(_ g: GraphFunction, _ t: StaticType, _ r: SourceRange) throws {
        guard t != .any && t != .null else { return }
        let ok: Bool
        switch g {
        case .id, .elementId: ok = t == .node || t == .relationship
        case .labels: ok = t == .node
        case .type, .startNode, .endNode: ok = t == .relationship
        case .properties, .keys: ok = t == .node || t == .relationship || t == .map
        case .nodes, .relationships, .length: ok = t == .path || (g == .length && (t == .string || t == .list))
        case .size: ok = t == .list || t == .string
        case .exists: ok = true
        case .distance: ok = t == .node || t == .map
        }
        if !ok {
            throw TrellisError.compile("InvalidArgumentType", "\(g.rawValue)() cannot be applied to \(t.name)", at: r)
        }
    }

    func bindAggregate(_ kind: AggregateKind, distinct: Bool, arguments: [Expression], range r: SourceRange,
                       scope: Scope, aggregates: AggregateCollector?) throws -> BoundExpression {
        guard let aggregates else {
            // Report an undefined variable in the arguments first: it is the likelier mistake.
            for a in arguments { _ = try bind(a, scope) }
            throw TrellisError.compile("InvalidAggregation", "aggregate function \(kind.rawValue)() is not allowed here", at: r)
        }
        if aggregates.inside {
            throw TrellisError.compile("NestedAggregation", "aggregate functions cannot be nested", at: r)
        }
        let expected = (kind == .percentileCont || kind == .percentileDisc) ? 2 : 1
        let isCountStar = kind == .count && arguments.isEmpty
        if !isCountStar && arguments.count != expected {
            throw TrellisError.compile("InvalidNumberOfArguments", "\(kind.rawValue)() takes \(expected) argument\(expected == 1 ? "" : "s")", at: r)
        }
        aggregates.inside = true
        defer { aggregates.inside = false }
        let argument = try arguments.first.map { try bind($0, scope, aggregates: aggregates) }
        let parameter = try arguments.count > 1 ? bind(arguments[1], scope, aggregates: aggregates) : nil
        let slot = newSlot()
        aggregates.specs.append(AggregateSpec(kind: kind, argument: argument, parameter: parameter, distinct: distinct, slot: slot, range: r))
        return .slot(slot)
    }

    func isConstant(_ b: BoundExpression) -> Bool {
        switch b {
        case .constant, .parameter: return true
        case .list(let xs): return xs.allSatisfy(isConstant)
        case .map(_, let vs): return vs.allSatisfy(isConstant)
        case .negate(let x, _), .unaryPlus(let x, _), .not(let x, _): return isConstant(x)
        case .arithmetic(_, let a, let b, _): return isConstant(a) && isConstant(b)
        case .scalarFunction(let f, let args, _): return f.isDeterministic && args.allSatisfy(isConstant)
        default: return false
        }
    }

    /// The type an expression is known to have before running, or `.any`.
    func staticType(_ b: BoundExpression, _ scope: Scope) -> StaticType {
        switch b {
        case .constant(let v): return StaticType(of: v)
        case .slot(let s):
            if let v = scope.variables.values.first(where: { $0.slot == s }) { return v.kind == .scalar ? v.type : StaticType(of: v.kind) }
            return .any
        case .list: return .list
        case .map, .mapProjection: return .map
        case .not, .and, .or, .xor, .comparison, .stringPredicate, .regexMatch, .inList, .isNull, .hasLabels, .exists, .existsQuery, .quantified:
            return .boolean
        case .listComprehension, .patternComprehension: return .list
        case .arithmetic(let op, let x, let y, _):
            let a = staticType(x, scope), c = staticType(y, scope)
            if a == .integer && c == .integer && op != .divide && op != .power { return .integer }
            if a.isNumber && c.isNumber { return op == .power ? .float : (a == .float || c == .float ? .float : .integer) }
            if op == .add && (a == .string || c == .string) && a != .any && c != .any { return .string }
            return .any
        case .graphFunction(let g, _, _):
            switch g {
            case .id, .length, .size: return .integer
            case .labels, .keys, .nodes, .relationships: return .list
            case .type, .elementId: return .string
            case .properties: return .map
            case .startNode, .endNode: return .node
            case .exists: return .boolean
            case .distance: return .float
            }
        default: return .any
        }
    }
}
