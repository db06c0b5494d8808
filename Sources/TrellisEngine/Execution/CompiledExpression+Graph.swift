import TrellisCore
import TrellisGraph
import TrellisSyntax

/// The expressions that read the graph beyond a property: label tests, graph functions, and
/// patterns (pattern comprehensions, `EXISTS` of a pattern or of a whole query), whose plans were
/// built when the expression was bound.
extension CompiledExpression {
    /// `x:Label:Other`.
    static func hasLabels(_ a: BoundExpression, _ labels: [String], _ range: SourceRange) -> Closure {
        let x = closure(a)
        return { executor, row in
            switch try x(executor, row) {
            case .null: return .null
            case .node(let n):
                let graph = executor.graph
                for l in labels {
                    guard let id = graph.labels.lookup(l), graph.nodeHasLabel(n, id) else { return .bool(false) }
                }
                return .bool(true)
            case let v: throw TrellisError.type("InvalidArgumentType", "label predicates need a node, not \(v.typeName)", at: range)
            }
        }
    }

    static func graphFunction(_ g: GraphFunction, _ args: [BoundExpression], _ range: SourceRange) -> Closure {
        let x = closure(args[0])
        if g == .distance {
            let y = closure(args[1])
            return { executor, row in
                do { return try executor.distance(try x(executor, row), try y(executor, row)) } catch let error as TrellisError { throw error.located(range) }
            }
        }
        return { executor, row in
            do { return try executor.graphFunction(g, try x(executor, row), range) } catch let error as TrellisError { throw error.located(range) }
        }
    }

    /// `[(a)-->(b) WHERE ... | projection]`: the projection of every match, as a list.
    static func patternComprehension(_ plan: MatchPlan, _ projection: BoundExpression) -> Closure {
        let project = closure(projection)
        return { executor, row in
            var out: [Value] = []
            try executor.match(plan, row) { r in
                out.append(try project(executor, r))
                return true
            }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        }
    }

    /// `EXISTS { pattern }` or a pattern as a predicate: whether the plan finds a match.
    static func exists(_ plan: MatchPlan) -> Closure {
        { executor, row in .bool(try executor.exists(plan, row)) }
    }

    /// `EXISTS { full query }`: whether one of its parts, run from the row, yields a row.
    static func existsQuery(_ parts: [[PlanStep]]) -> Closure {
        { executor, row in
            for steps in parts {
                var found = false
                try executor.stream(steps[...], [row]) { _ in found = true; return false }
                if found { return .bool(true) }
            }
            return .bool(false)
        }
    }
}
