import TrellisCore

/// Plans built again from what they were made of, with closures of their own.
///
/// The threads of a split pipeline (see `SplitPipeline.swift`) each run the steps on a copy
/// rebuilt here. A closure's context, and every array a plan holds, is reference counted: were
/// the threads to share them, each call would retain and release the same counter from two
/// processors at once, and the counter's cache line would move between them on every row —
/// slower than one thread alone. Copies of their own keep each thread's counting local.
extension PlanStep {
    /// This step with closures of its own. Only the steps a split pipeline may run are rebuilt;
    /// the others are returned as they are.
    func rebuilt() -> PlanStep {
        switch self {
        case let .match(plan, optional): .match(plan.rebuilt(), optional: optional)
        case .unwind(let unwind): .unwind(UnwindPlan(unwind.list.expression, slot: unwind.slot))
        case .project(let plan): .project(plan.rebuilt())
        case .filter(let predicate): .filter(CompiledPredicate(predicate.expression))
        default: self
        }
    }
}

extension ProjectionPlan {
    /// This projection with its items, aggregates, keys, SKIP and LIMIT built again.
    func rebuilt() -> ProjectionPlan {
        var plan = ProjectionPlan(items: items, aggregates: aggregates, distinct: distinct, orderBy: orderBy, skip: skip,
                                  limit: limit, skipRange: skipRange, limitRange: limitRange)
        plan.reusableTexts = reusableTexts
        return plan
    }
}

extension MatchPlan {
    /// This plan with its operators, and the program that runs them, built again.
    func rebuilt() -> MatchPlan {
        MatchPlan(operators: operators.map { $0.rebuilt() }, boundSlots: boundSlots, elementSlots: elementSlots,
                  estimates: estimates)
    }
}

extension MatchOperator {
    /// This operator with closures of its own. A hash join stays the same operator: its table is
    /// built once, before the threads start, and its build side runs on no thread of theirs.
    func rebuilt() -> MatchOperator {
        switch self {
        case .filter(let predicate): .filter(CompiledPredicate(predicate.expression))
        case .expand(let x) where !x.properties.isEmpty: .expand(x.rebuilt())
        default: self
        }
    }
}

extension ExpandOperator {
    /// This expansion with its property map's values built again.
    func rebuilt() -> ExpandOperator {
        ExpandOperator(from: from, relationship: relationship, to: to, types: types, typeIDs: typeIDs, direction: direction,
                       toIsBound: toIsBound, relationshipIsBound: relationshipIsBound, length: length,
                       properties: properties.map { PropertyConstraint(key: $0.key, value: CompiledExpression($0.value.expression)) },
                       distinctFrom: distinctFrom, reversed: reversed, range: range)
    }
}
