import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Semantic analysis and planning: turns a parsed statement into a ``CompiledQuery``,
/// reporting undefined or rebound variables, aggregation misuse, wrong argument counts
/// and statically known type errors with the position of the offending token.
///
/// The graph is consulted for statistics (label sizes, indexes) to choose where
/// each pattern starts.
package final class QueryCompiler {
    let graph: PropertyGraph
    let procedures: [String: Procedure]
    /// The values the statement runs with, bound into the plan as constants; nil compiles a plan
    /// that reads its parameters when it runs, so that it can run again with other values.
    let parameters: [String: Value]?
    /// The whole script text that ranges point into.
    let source: [UInt8]
    var slotCount = 0
    var hiddenCounter = 0
    /// Whether a bare pattern may stand here as a predicate (WHERE, under NOT/AND/OR/XOR, exists()).
    var patternPredicateAllowed = false
    /// After grouping or DISTINCT: projected expressions, by their text, usable again by ORDER BY and WHERE.
    var projectedTexts: [String: Int] = [:]
    /// The variable the projection right after the MATCH being planned groups by, if it groups
    /// by one node (`p`, or a property of it): see ``groupingNode(after:in:)``.
    var groupingHint: String? = nil
    /// Whether patterns may be planned with hash joins: only in statements that change nothing,
    /// where a build side's rows stay valid for every row a MATCH extends (a statement that writes
    /// would have to build them again for each).
    var allowsHashJoins = true

    package init(graph: PropertyGraph, procedures: [String: Procedure], parameters: [String: Value]?, source: String) {
        self.graph = graph
        self.procedures = procedures
        self.parameters = parameters
        self.source = Array(source.utf8)
    }

    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    func hiddenName() -> String {
        hiddenCounter += 1
        return "  anon\(hiddenCounter)"
    }

    /// Source text of a range, whitespace-normalised, for comparing expressions structurally.
    func text(_ range: SourceRange) -> String {
        let lo = max(0, min(range.start.offset, source.count)), hi = max(lo, min(range.end.offset, source.count))
        let raw = String(decoding: source[lo..<hi], as: UTF8.self)
        return raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    // MARK: - Queries

    package func compile(_ query: Query) throws -> CompiledQuery {
        allowsHashJoins = !query.parts.contains { part in
            part.clauses.contains { clause in
                switch clause.kind {
                case .create, .merge, .set, .remove, .delete, .call: return true
                default: return false
                }
            }
        }
        if query.unionAll.count > 1, Set(query.unionAll).count > 1 {
            throw TrellisError.compile("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed in one query",
                                       at: query.parts[1].range)
        }
        var parts: [CompiledQueryPart] = []
        for part in query.parts {
            slotCount = 0
            parts.append(try compile(part))
        }
        let columns = parts[0].columns.map(\.name)
        for (i, part) in parts.enumerated().dropFirst() where part.columns.map(\.name) != columns {
            throw TrellisError.compile("DifferentColumnsInUnion",
                                       "all sub queries in a UNION must have the same column names",
                                       at: query.parts[i].range)
        }
        let updating = parts.contains { $0.steps.contains { $0.isUpdating } }
        return CompiledQuery(parts: parts, unionAll: query.unionAll, columns: columns, isUpdating: updating)
    }

    /// Compiles `EXISTS { query }`: its parts see the enclosing scope and share its row slots.
    func compileSubquery(_ query: Query, scope: Scope) throws -> [[PlanStep]] {
        try query.parts.map { part in
            for clause in part.clauses {
                switch clause.kind {
                case .create, .merge, .set, .remove, .delete:
                    throw TrellisError.compile("InvalidClauseComposition", "an EXISTS subquery cannot change the graph", at: clause.range)
                default: continue
                }
            }
            return try compile(part, initialScope: scope, isSubquery: true).steps
        }
    }

    func compile(_ query: SingleQuery, initialScope: Scope = Scope(), isSubquery: Bool = false) throws -> CompiledQueryPart {
        var scope = initialScope
        var steps: [PlanStep] = []
        var columns: [(name: String, slot: Int)] = []
        let clauses = query.clauses
        if !isSubquery { try checkComposition(clauses, range: query.range) }
        for (index, clause) in clauses.enumerated() {
            switch clause.kind {
            case .match(let m):
                groupingHint = Self.groupingNode(after: index, in: clauses)
                let plan = try planMatch(m.pattern, predicate: m.predicate, scope: &scope, optional: m.optional)
                groupingHint = nil
                steps.append(.match(plan, optional: m.optional))
            case .unwind(let u):
                let e = try bind(u.expression, scope)
                if scope.contains(u.variable) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(u.variable)' is already declared", at: u.variableRange)
                }
                let slot = newSlot()
                scope.declare(u.variable, Variable(slot: slot, kind: .value))
                steps.append(.unwind(UnwindPlan(e, slot: slot)))
            case .with(let w):
                let (plan, newScope) = try compileProjection(w.projection, scope: scope, isReturn: false, clauseRange: clause.range)
                if let predicate = w.predicate {
                    var whereScope = plan.isAggregating || plan.distinct ? Scope() : scope
                    for name in newScope.order { whereScope.declare(name, newScope[name]!) }
                    if plan.isAggregating || plan.distinct { projectedTexts = plan.reusableTexts }
                    defer { projectedTexts = [:] }
                    // WHERE filters the projection's result, after ORDER BY, SKIP and LIMIT.
                    steps.append(.project(plan))
                    steps.append(.filter(CompiledPredicate(try bindPredicate(predicate, whereScope))))
                } else {
                    steps.append(.project(plan))
                }
                scope = newScope
            case .return(let projection):
                let (plan, _) = try compileProjection(projection, scope: scope, isReturn: true, clauseRange: clause.range)
                steps.append(.project(plan))
                columns = plan.items.map { ($0.name, $0.slot) }
            case .create(let pattern):
                steps.append(.create(try compileCreate(pattern, scope: &scope)))
            case .merge(let merge):
                steps.append(.merge(try compileMerge(merge, scope: &scope)))
            case .set(let items):
                steps.append(.set(try items.map { try bindSetItem($0, scope) }))
            case .remove(let items):
                steps.append(.remove(try items.map { try bindRemoveItem($0, scope) }))
            case .delete(let d):
                var bound: [CompiledExpression] = []
                for e in d.expressions {
                    if case .hasLabels = e.kind {
                        throw TrellisError.compile("InvalidDelete", "DELETE cannot remove labels; use REMOVE", at: e.range)
                    }
                    let b = try bind(e, scope)
                    let t = staticType(b, scope)
                    if t != .any && t != .node && t != .relationship && t != .path && t != .null {
                        throw TrellisError.compile("InvalidArgumentType", "DELETE expects a node, relationship or path, not \(t.name)", at: e.range)
                    }
                    if case .hasLabels = e.kind {
                        throw TrellisError.compile("InvalidDelete", "DELETE cannot remove labels; use REMOVE", at: e.range)
                    }
                    bound.append(CompiledExpression(b))
                }
                steps.append(.delete(bound, detach: d.detach, ranges: d.expressions.map(\.range)))
            case .loadCSV(let load):
                let source = try bind(load.source, scope)
                if scope.contains(load.variable) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(load.variable)' is already declared", at: load.variableRange)
                }
                let slot = newSlot()
                scope.declare(load.variable, Variable(slot: slot, kind: .scalar, type: load.withHeaders ? .map : .list))
                steps.append(.loadCSV(source: CompiledExpression(source), slot: slot, withHeaders: load.withHeaders,
                                      fieldTerminator: load.fieldTerminator?.first ?? ",", range: clause.range))
            case .call(let call):
                let isStandalone = clauses.count == 1
                steps.append(.call(try compileCall(call, scope: &scope, standalone: isStandalone, clauseRange: clause.range)))
                if isStandalone, case .call(let plan) = steps.last! {
                    columns = plan.yields.map { (plan.procedure.outputs[$0.field].name, $0.slot) }
                }
            }
            _ = index
        }
        var part = CompiledQueryPart(steps: steps, slotCount: slotCount, columns: columns)
        if let last = clauses.last {
            switch last.kind {
            case .return: part.returnsRows = true
            case .call: part.returnsRows = clauses.count == 1
            default: part.returnsRows = false
            }
        }
        return part
    }

    /// Rejects clause sequences that are not queries: a query must end in RETURN or an update,
    /// RETURN only at the end, and a read clause may not follow an update without WITH.
    func checkComposition(_ clauses: [Clause], range: SourceRange) throws {
        guard let last = clauses.last else {
            throw TrellisError.syntax("UnexpectedSyntax", "empty query", at: range)
        }
        for (i, c) in clauses.enumerated() {
            if case .return = c.kind, i != clauses.count - 1 {
                throw TrellisError.compile("InvalidClauseComposition", "RETURN can only be used at the end of a query", at: c.range)
            }
        }
        switch last.kind {
        case .return, .create, .merge, .set, .remove, .delete, .call: break
        case .match, .unwind, .with, .loadCSV:
            throw TrellisError.compile("InvalidClauseComposition",
                                       "a query cannot end with \(last.kind.keyword); add a RETURN clause or an update",
                                       at: last.range)
        }
        var sawUpdate = false
        for c in clauses {
            switch c.kind {
            case .create, .merge, .set, .remove, .delete: sawUpdate = true
            case .with, .return, .unwind, .call, .loadCSV: sawUpdate = false
            case .match:
                if sawUpdate {
                    throw TrellisError.compile("InvalidClauseComposition", "WITH is required between \(c.kind.keyword) and a preceding update clause", at: c.range)
                }
            }
        }
    }
}

extension ClauseKind {
    var keyword: String {
        switch self {
        case .match(let m): m.optional ? "OPTIONAL MATCH" : "MATCH"
        case .unwind: "UNWIND"
        case .with: "WITH"
        case .return: "RETURN"
        case .create: "CREATE"
        case .merge: "MERGE"
        case .set: "SET"
        case .remove: "REMOVE"
        case .delete: "DELETE"
        case .call: "CALL"
        case .loadCSV: "LOAD CSV"
        }
    }
}

extension PlanStep {
    var isUpdating: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete: true
        default: false
        }
    }
}

extension QueryCompiler {
    /// The node variable that the clause after `index` groups by, when that clause is a WITH or
    /// RETURN with aggregates and one grouping key, the node itself or one of its properties
    /// (`WITH p, count(*)`, `RETURN a.name, count(*)`). A MATCH that starts at that node hands the
    /// rows of each group over one after another, which the grouping finds in its last group.
    static func groupingNode(after index: Int, in clauses: [Clause]) -> String? {
        guard index + 1 < clauses.count else { return nil }
        let projection: Projection
        switch clauses[index + 1].kind {
        case .with(let w): projection = w.projection
        case .return(let p): projection = p
        default: return nil
        }
        guard !projection.includesAll, projection.items.contains(where: { $0.expression.containsAggregate }) else { return nil }
        let keys = projection.items.filter { !$0.expression.containsAggregate }
        guard keys.count == 1 else { return nil }
        switch keys[0].expression.kind {
        case .variable(let name): return name
        case .property(let subject, _):
            if case .variable(let name) = subject.kind { return name }
            return nil
        default: return nil
        }
    }
}
