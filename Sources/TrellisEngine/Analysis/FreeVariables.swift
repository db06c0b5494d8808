import TrellisSyntax

/// The variables an expression reads from its surroundings (not those it binds itself,
/// such as a list comprehension's element variable or a pattern comprehension's new nodes).
enum FreeVariables {
    static func of(_ e: Expression) -> Set<String> {
        var out = Set<String>()
        collect(e, bound: [], into: &out)
        return out
    }

    static func of(_ pattern: PatternElement, bound: Set<String>) -> Set<String> {
        var out = Set<String>()
        collect(pattern, bound: bound, into: &out)
        return out
    }

    private static func collect(_ e: Expression, bound: Set<String>, into out: inout Set<String>) {
        func go(_ x: Expression, _ b: Set<String> = bound) { collect(x, bound: b, into: &out) }
        switch e.kind {
        case .literal, .parameter, .countStar: break
        case .variable(let name): if !bound.contains(name) { out.insert(name) }
        case .property(let s, _): go(s)
        case .index(let a, let b): go(a); go(b)
        case let .slice(a, b, c): go(a); b.map { go($0) }; c.map { go($0) }
        case .list(let xs): xs.forEach { go($0) }
        case .map(let entries): entries.forEach { go($0.value) }
        case .unary(_, let a): go(a)
        case .binary(_, let a, let b): go(a); go(b)
        case .isNull(let a, _): go(a)
        case .hasLabels(let a, _): go(a)
        case .function(_, _, let args): args.forEach { go($0) }
        case let .caseExpression(subject, alternatives, otherwise):
            subject.map { go($0) }
            alternatives.forEach { go($0.when); go($0.then) }
            otherwise.map { go($0) }
        case let .listComprehension(v, source, predicate, projection):
            go(source)
            let inner = bound.union([v])
            predicate.map { go($0, inner) }
            projection.map { go($0, inner) }
        case let .quantified(_, v, source, predicate):
            go(source)
            predicate.map { go($0, bound.union([v])) }
        case let .reduce(acc, initial, v, source, expression):
            go(initial); go(source)
            go(expression, bound.union([acc, v]))
        case let .patternComprehension(pathVariable, pattern, predicate, projection):
            var inner = bound
            if let pathVariable { inner.insert(pathVariable) }
            // Named variables in the pattern that are not already free-bound are introduced here;
            // a comprehension's pattern may also refer to outer variables, which we cannot tell apart
            // syntactically, so report them all as free: the binder ignores those that are new.
            collect(pattern, bound: inner, into: &out)
            let introduced = inner.union(names(in: pattern))
            predicate.map { go($0, introduced) }
            go(projection, introduced)
        case .patternPredicate(let pattern):
            collect(pattern, bound: bound, into: &out)
        case let .existsSubquery(pattern, predicate):
            var introduced = bound
            for part in pattern.parts {
                collect(part.element, bound: bound, into: &out)
                introduced.formUnion(names(in: part.element))
                if let p = part.pathVariable { introduced.insert(p) }
            }
            predicate.map { go($0, introduced) }
        case .existsQuery(let query):
            // Conservatively: every variable the subquery names may come from outside.
            for part in query.parts {
                for clause in part.clauses {
                    switch clause.kind {
                    case .match(let m):
                        for p in m.pattern.parts { collect(p.element, bound: bound, into: &out) }
                        m.predicate.map { go($0) }
                    case .with(let w):
                        w.projection.items.forEach { go($0.expression) }
                        w.predicate.map { go($0) }
                    case .return(let p): p.items.forEach { go($0.expression) }
                    case .unwind(let u): go(u.expression)
                    default: break
                    }
                }
            }
        case let .mapProjection(variable, items):
            if !bound.contains(variable) { out.insert(variable) }
            for item in items {
                switch item {
                case .literal(_, let x): go(x)
                case .variable(let name): if !bound.contains(name) { out.insert(name) }
                case .property, .allProperties: break
                }
            }
        }
    }

    private static func collect(_ p: PatternElement, bound: Set<String>, into out: inout Set<String>) {
        func node(_ n: NodePattern) {
            if let v = n.variable, !bound.contains(v) { out.insert(v) }
            if let props = n.properties { collect(props, bound: bound, into: &out) }
        }
        node(p.start)
        for step in p.chain {
            if let v = step.relationship.variable, !bound.contains(v) { out.insert(v) }
            if let props = step.relationship.properties { collect(props, bound: bound, into: &out) }
            node(step.node)
        }
    }

    /// Variables named in a pattern element.
    static func names(in p: PatternElement) -> Set<String> {
        var s = Set<String>()
        if let v = p.start.variable { s.insert(v) }
        for step in p.chain {
            if let v = step.relationship.variable { s.insert(v) }
            if let v = step.node.variable { s.insert(v) }
        }
        return s
    }
}
