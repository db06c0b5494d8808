import TrellisCore
import TrellisGraph
import TrellisSyntax

extension QueryCompiler {
    /// Plans a MATCH (or a pattern inside an expression): declares its variables in `scope`,
    /// chooses where to start (bound node, index seek, smallest label), the order of expansions,
    /// and places each WHERE conjunct at the earliest operator where all it reads is bound.
    func planMatch(_ pattern: Pattern, predicate: Expression?, scope: inout Scope, optional: Bool,
                   allowNewVariables: Bool = true) throws -> MatchPlan {
        // Patterns planned inside this one (EXISTS, pattern comprehensions) do not see the hint.
        let groupingHint = self.groupingHint
        self.groupingHint = nil
        var nodes: [PatternGraph.Node] = []
        var nodeByName: [String: Int] = [:]
        var edges: [PatternGraph.Edge] = []
        var newSlots: [Int] = []
        var relationshipNamesInPattern = Set<String>()
        var paths: [(slot: Int, start: Int, steps: [(relationship: Int, node: Int, isVariableLength: Bool)])] = []
        var nodeProperties: [(node: Int, expression: Expression)] = []
        var elementSlots: [[Int]] = []

        func declareNode(_ np: NodePattern) throws -> Int {
            if let name = np.variable, relationshipNamesInPattern.contains(name) {
                throw TrellisError.compile("VariableTypeConflict", "variable '\(name)' is a relationship and cannot be used as a node", at: np.range)
            }
            if let name = np.variable, let i = nodeByName[name] {
                nodes[i].labels.append(contentsOf: np.labels.filter { !nodes[i].labels.contains($0) })
                if let props = np.properties { nodeProperties.append((i, props)) }
                return i
            }
            var boundBefore = false
            var slot: Int
            if let name = np.variable, let v = scope[name] {
                guard v.kind == .node || v.kind == .value else {
                    throw TrellisError.compile("VariableTypeConflict", "variable '\(name)' is a \(v.kind) and cannot be used as a node", at: np.range)
                }
                boundBefore = true
                slot = v.slot
            } else {
                if let name = np.variable, !allowNewVariables {
                    throw TrellisError.compile("UndefinedVariable", "variable '\(name)' is not defined", at: np.range)
                }
                slot = newSlot()
                newSlots.append(slot)
                scope.declare(np.variable ?? hiddenName(), Variable(slot: slot, kind: .node))
            }
            nodes.append(PatternGraph.Node(slot: slot, boundBefore: boundBefore, labels: np.labels, range: np.range))
            let i = nodes.count - 1
            if let name = np.variable { nodeByName[name] = i }
            if let props = np.properties { nodeProperties.append((i, props)) }
            return i
        }

        for part in pattern.parts {
            if part.shortest != nil {
                throw TrellisError(.semanticError, "Unsupported", "shortestPath and allShortestPaths are not supported yet", at: part.range, phase: .compileTime)
            }
            let start = try declareNode(part.element.start)
            var previous = start
            var steps: [(relationship: Int, node: Int, isVariableLength: Bool)] = []
            var partSlots = [nodes[start].slot]
            defer { elementSlots.append(partSlots) }
            for step in part.element.chain {
                let rp = step.relationship
                let isVarLength = rp.length != nil
                var slot: Int
                var boundBefore = false
                if let name = rp.variable {
                    if nodeByName[name] != nil {
                        throw TrellisError.compile("VariableTypeConflict", "variable '\(name)' is a node and cannot be used as a relationship", at: rp.range)
                    }
                    if relationshipNamesInPattern.contains(name) {
                        throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already used in this pattern", at: rp.range)
                    }
                    relationshipNamesInPattern.insert(name)
                    if let v = scope[name] {
                        let ok = isVarLength ? (v.kind == .relationshipList || v.kind == .value) : (v.kind == .relationship || v.kind == .value)
                        guard ok else {
                            throw TrellisError.compile("VariableTypeConflict", "variable '\(name)' is a \(v.kind) and cannot be used as a relationship", at: rp.range)
                        }
                        boundBefore = true
                        slot = v.slot
                    } else {
                        if !allowNewVariables {
                            throw TrellisError.compile("UndefinedVariable", "variable '\(name)' is not defined", at: rp.range)
                        }
                        slot = newSlot()
                        newSlots.append(slot)
                        scope.declare(name, Variable(slot: slot, kind: isVarLength ? .relationshipList : .relationship))
                    }
                } else {
                    slot = newSlot()
                    newSlots.append(slot)
                    scope.declare(hiddenName(), Variable(slot: slot, kind: isVarLength ? .relationshipList : .relationship))
                }
                let target = try declareNode(step.node)
                edges.append(PatternGraph.Edge(slot: slot, boundBefore: boundBefore, from: previous, to: target, pattern: rp, properties: []))
                steps.append((slot, nodes[target].slot, isVarLength))
                partSlots.append(slot)
                partSlots.append(nodes[target].slot)
                previous = target
            }
            if let pathName = part.pathVariable {
                if scope.contains(pathName) || nodeByName[pathName] != nil || relationshipNamesInPattern.contains(pathName) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(pathName)' is already declared", at: part.range)
                }
                let slot = newSlot()
                newSlots.append(slot)
                scope.declare(pathName, Variable(slot: slot, kind: .path))
                paths.append((slot, nodes[start].slot, steps))
            }
        }

        // Property maps and WHERE become filters; equalities are remembered for index seeks.
        let newSlotSet = Set(newSlots)
        func needs(_ e: Expression) -> Set<Int> {
            Set(FreeVariables.of(e).compactMap { scope[$0]?.slot }.filter { newSlotSet.contains($0) })
        }
        let outerScope = scope
        func readsOuter(_ e: Expression) -> Bool {
            FreeVariables.of(e).contains { name in outerScope[name].map { !newSlotSet.contains($0.slot) } ?? false }
        }
        var graphOfPattern = PatternGraph()
        // Values that read only variables bound before this MATCH are computed once per incoming
        // row, not once per candidate node.
        var prelude: [MatchOperator] = []
        func once(_ value: BoundExpression, _ deps: Set<Int>) -> BoundExpression {
            switch value {
            case .constant, .parameter, .slot: return value
            default:
                guard deps.isEmpty else { return value }
                let slot = newSlot()
                prelude.append(.compute(slot: slot, value))
                return .slot(slot)
            }
        }
        for (i, props) in nodeProperties {
            let entries = try propertyEntries(props, context: "MATCH")
            for entry in entries {
                let value = once(try bind(entry.value, scope), needs(entry.value))
                let outer = readsOuter(entry.value)
                let deps = needs(entry.value).union(nodes[i].boundBefore ? [] : [nodes[i].slot])
                graphOfPattern.filters.append(.init(
                    expression: .comparison(.equal, .property(.slot(nodes[i].slot), key: entry.key, keyID: graph.keys.lookup(entry.key), entry.value.range), value),
                    needs: deps, readsOuter: outer || nodes[i].boundBefore))
                graphOfPattern.equalities.append(.init(node: i, key: entry.key, value: value, needs: needs(entry.value), readsOuter: outer))
            }
        }
        for e in edges.indices {
            if let props = edges[e].pattern.properties {
                for entry in try propertyEntries(props, context: "MATCH") {
                    edges[e].properties.append(PropertyConstraint(key: entry.key, value: CompiledExpression(try bind(entry.value, scope))))
                    if readsOuter(entry.value) { edges[e].propertiesReadOuter = true }
                }
            }
        }
        if let predicate {
            for conjunct in predicate.conjuncts {
                let b = try bindPredicate(conjunct, scope)
                graphOfPattern.filters.append(.init(expression: b, needs: needs(conjunct), readsOuter: readsOuter(conjunct)))
                if case let .binary(op, lhs, rhs) = conjunct.kind, [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
                    for (side, other, flipped) in [(lhs, rhs, false), (rhs, lhs, true)] {
                        guard case let .property(subject, key) = side.kind, case .variable(let v) = subject.kind,
                              let ni = nodeByName[v], !FreeVariables.of(other).contains(v) else { continue }
                        // Read as `node.key OP other`.
                        let effective: BinaryOperator = !flipped ? op
                            : (op == .less ? .greater : op == .greater ? .less : op == .lessOrEqual ? .greaterOrEqual : .lessOrEqual)
                        let bound = (value: try bind(other, scope), inclusive: effective == .lessOrEqual || effective == .greaterOrEqual)
                        var range = graphOfPattern.ranges.first { $0.node == ni && $0.key == key }
                            ?? PatternGraph.Range(node: ni, key: key, lower: nil, upper: nil, needs: [], readsOuter: false)
                        if effective == .greater || effective == .greaterOrEqual { range.lower = range.lower ?? bound } else { range.upper = range.upper ?? bound }
                        range.needs.formUnion(needs(other))
                        if readsOuter(other) { range.readsOuter = true }
                        graphOfPattern.ranges.removeAll { $0.node == ni && $0.key == key }
                        graphOfPattern.ranges.append(range)
                    }
                }
                if case let .binary(.in, lhs, rhs) = conjunct.kind, case let .property(subject, key) = lhs.kind,
                   case .variable(let v) = subject.kind, let ni = nodeByName[v], !FreeVariables.of(rhs).contains(v) {
                    graphOfPattern.equalities.append(.init(node: ni, key: key, value: try bind(rhs, scope), needs: needs(rhs),
                                                           readsOuter: readsOuter(rhs), many: true))
                }
                if case let .binary(.equal, lhs, rhs) = conjunct.kind {
                    for (side, other) in [(lhs, rhs), (rhs, lhs)] {
                        if case let .property(subject, key) = side.kind, case .variable(let v) = subject.kind,
                           let ni = nodeByName[v], !FreeVariables.of(other).contains(v) {
                            graphOfPattern.equalities.append(.init(node: ni, key: key, value: try bind(other, scope), needs: needs(other),
                                                                   readsOuter: readsOuter(other)))
                        }
                    }
                }
            }
        }
        graphOfPattern.nodes = nodes
        graphOfPattern.edges = edges

        // Choose the join order of each connected part, then lower it into operators.
        var lowering = PatternLowering(compiler: self, pattern: graphOfPattern)
        var main = PatternLowering.Chain(nodeCount: nodes.count)
        for op in prelude { main.append(op) }
        lowering.flushFilters(&main)
        let hinted = groupingHint.flatMap { nodeByName[$0] }.flatMap { nodes[$0].labels.isEmpty ? nil : $0 }
        var parts = JoinOrder.components(of: graphOfPattern)
        while !parts.isEmpty {
            // The part holding the bound nodes first; then the cheapest part, given what is bound.
            var choice: (index: Int, tree: JoinTree, cost: Double)? = nil
            let order = lowering.joinOrder(main)
            for (k, part) in parts.enumerated() {
                let (tree, cost) = order.plan(part, startingAt: hinted.flatMap { part.contains($0) ? $0 : nil })
                if choice == nil || cost < choice!.cost { choice = (k, tree, cost) }
                if part.contains(where: { nodes[$0].boundBefore }) { choice = (k, tree, cost); break }
            }
            lowering.estimates = order.estimator
            try lowering.lower(choice!.tree, into: &main)
            parts.remove(at: choice!.index)
        }
        for p in paths {
            main.append(.bindPath(slot: p.slot, start: p.start, steps: p.steps))
            main.bound.insert(p.slot)
        }
        lowering.flushFilters(&main)
        for f in lowering.filters { main.append(.filter(CompiledPredicate(f.expression))) }
        return MatchPlan(operators: main.ops, boundSlots: newSlots, elementSlots: elementSlots, estimates: main.estimates)
    }

    /// The interned ids of `names` when every one exists now (ids never change once assigned).
    func labelIDs(_ names: [String]) -> [Int32]? {
        let ids = names.compactMap { graph.labels.lookup($0) }
        return ids.count == names.count ? ids : nil
    }

    func typeIDs(_ names: [String]) -> [Int32]? {
        let ids = names.compactMap { graph.types.lookup($0) }
        return ids.count == names.count ? ids : nil
    }

    func bindLength(_ l: VariableLength, _ range: SourceRange) throws -> (min: Int, max: Int?) {
        let lo = Int(l.minimum ?? 1)
        let hi = l.maximum.map { Int($0) }
        if lo < 0 || (hi ?? 0) < 0 {
            throw TrellisError.compile("InvalidRelationshipPattern", "variable-length bounds must be non-negative", at: range)
        }
        return (lo, hi)
    }

    /// The entries of a pattern's property map; parameters are not allowed where patterns are matched.
    func propertyEntries(_ e: Expression, context: String) throws -> [MapEntry] {
        switch e.kind {
        case .map(let entries): return entries
        case .parameter:
            throw TrellisError.compile("InvalidParameterUse", "parameter maps cannot be used in \(context) patterns; use WHERE", at: e.range)
        default:
            throw TrellisError.compile("InvalidArgumentType", "pattern properties must be a map", at: e.range)
        }
    }

    /// The slots of relationships already expanded that a new one of `types` could be the same as:
    /// relationships of disjoint types never are, so their slots need no check.
    static func relationshipsToAvoid(_ expanded: [(slot: Int, types: [String])], types: [String]) -> [Int] {
        expanded.filter { $0.types.isEmpty || types.isEmpty || !Set($0.types).isDisjoint(with: types) }.map(\.slot)
    }
}

extension Expression {
    /// The operands of top-level ANDs.
    var conjuncts: [Expression] {
        if case let .binary(.and, a, b) = kind { return a.conjuncts + b.conjuncts }
        return [self]
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
