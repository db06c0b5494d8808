import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A node of a pattern being planned.
private struct PlannedNode {
    var slot: Int
    var boundBefore: Bool
    var labels: [String]
    var range: SourceRange
}

/// A relationship of a pattern being planned, between two planned nodes.
private struct PlannedEdge {
    var slot: Int
    var boundBefore: Bool
    var from: Int
    var to: Int
    var pattern: RelationshipPattern
    var properties: [PropertyConstraint]
}

/// A predicate waiting until every slot it reads is bound.
private struct PendingFilter {
    var expression: BoundExpression
    var needs: Set<Int>
}

/// `node.key >(=) lower` and/or `node.key <(=) upper`, usable for an index range seek.
private struct RangeCandidate {
    var node: Int
    var key: String
    var lower: (value: BoundExpression, inclusive: Bool)?
    var upper: (value: BoundExpression, inclusive: Bool)?
    var needs: Set<Int>
}

/// `node.key = value`, usable for an index seek.
private struct EqualityCandidate {
    var node: Int
    var key: String
    var value: BoundExpression
    var needs: Set<Int>
    /// `node.key IN value`: the value is a list of keys to look up.
    var many = false
}

extension QueryCompiler {
    /// Plans a MATCH (or a pattern inside an expression): declares its variables in `scope`,
    /// chooses where to start (bound node, index seek, smallest label), the order of expansions,
    /// and places each WHERE conjunct at the earliest operator where all it reads is bound.
    func planMatch(_ pattern: Pattern, predicate: Expression?, scope: inout Scope, optional: Bool,
                   allowNewVariables: Bool = true) throws -> MatchPlan {
        // Patterns planned inside this one (EXISTS, pattern comprehensions) do not see the hint.
        let groupingHint = self.groupingHint
        self.groupingHint = nil
        var nodes: [PlannedNode] = []
        var nodeByName: [String: Int] = [:]
        var edges: [PlannedEdge] = []
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
            nodes.append(PlannedNode(slot: slot, boundBefore: boundBefore, labels: np.labels, range: np.range))
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
                edges.append(PlannedEdge(slot: slot, boundBefore: boundBefore, from: previous, to: target, pattern: rp, properties: []))
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
        var filters: [PendingFilter] = []
        var candidates: [EqualityCandidate] = []
        var ranges: [RangeCandidate] = []
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
                let deps = needs(entry.value).union(nodes[i].boundBefore ? [] : [nodes[i].slot])
                filters.append(PendingFilter(expression: .comparison(.equal, .property(.slot(nodes[i].slot), key: entry.key, keyID: graph.keys.lookup(entry.key), entry.value.range), value), needs: deps))
                candidates.append(EqualityCandidate(node: i, key: entry.key, value: value, needs: needs(entry.value)))
            }
        }
        for e in edges.indices {
            if let props = edges[e].pattern.properties {
                for entry in try propertyEntries(props, context: "MATCH") {
                    edges[e].properties.append(PropertyConstraint(key: entry.key, value: try bind(entry.value, scope)))
                }
            }
        }
        if let predicate {
            for conjunct in predicate.conjuncts {
                let b = try bindPredicate(conjunct, scope)
                filters.append(PendingFilter(expression: b, needs: needs(conjunct)))
                if case let .binary(op, lhs, rhs) = conjunct.kind, [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
                    for (side, other, flipped) in [(lhs, rhs, false), (rhs, lhs, true)] {
                        guard case let .property(subject, key) = side.kind, case .variable(let v) = subject.kind,
                              let ni = nodeByName[v], !FreeVariables.of(other).contains(v) else { continue }
                        // Read as `node.key OP other`.
                        let effective: BinaryOperator = !flipped ? op
                            : (op == .less ? .greater : op == .greater ? .less : op == .lessOrEqual ? .greaterOrEqual : .lessOrEqual)
                        let bound = (value: try bind(other, scope), inclusive: effective == .lessOrEqual || effective == .greaterOrEqual)
                        var range = ranges.first { $0.node == ni && $0.key == key }
                            ?? RangeCandidate(node: ni, key: key, lower: nil, upper: nil, needs: [])
                        if effective == .greater || effective == .greaterOrEqual { range.lower = range.lower ?? bound } else { range.upper = range.upper ?? bound }
                        range.needs.formUnion(needs(other))
                        ranges.removeAll { $0.node == ni && $0.key == key }
                        ranges.append(range)
                    }
                }
                if case let .binary(.in, lhs, rhs) = conjunct.kind, case let .property(subject, key) = lhs.kind,
                   case .variable(let v) = subject.kind, let ni = nodeByName[v], !FreeVariables.of(rhs).contains(v) {
                    candidates.append(EqualityCandidate(node: ni, key: key, value: try bind(rhs, scope), needs: needs(rhs), many: true))
                }
                if case let .binary(.equal, lhs, rhs) = conjunct.kind {
                    for (side, other) in [(lhs, rhs), (rhs, lhs)] {
                        if case let .property(subject, key) = side.kind, case .variable(let v) = subject.kind,
                           let ni = nodeByName[v], !FreeVariables.of(other).contains(v) {
                            candidates.append(EqualityCandidate(node: ni, key: key, value: try bind(other, scope), needs: needs(other)))
                        }
                    }
                }
            }
        }

        // Order the operators.
        var ops: [MatchOperator] = prelude
        var bound = Set<Int>()            // new slots bound so far
        var visited = Array(repeating: false, count: nodes.count)
        var expanded = Array(repeating: false, count: edges.count)
        // The relationship slots expanded so far, with their types (empty: any type).
        var expandedRelationshipSlots: [(slot: Int, types: [String])] = []

        func flushFilters() {
            var remaining: [PendingFilter] = []
            for f in filters {
                if f.needs.isSubset(of: bound) { ops.append(.filter(CompiledPredicate(f.expression))) } else { remaining.append(f) }
            }
            filters = remaining
        }

        for i in nodes.indices where nodes[i].boundBefore {
            visited[i] = true
            ops.append(.argument(slot: nodes[i].slot, range: nodes[i].range))
            if !nodes[i].labels.isEmpty { ops.append(.nodeFilter(slot: nodes[i].slot, labels: nodes[i].labels, labelIDs: labelIDs(nodes[i].labels))) }
        }
        flushFilters()

        func rangeSeek(_ i: Int, _ label: String) -> RangeCandidate? {
            guard let lid = graph.labels.lookup(label) else { return nil }
            return ranges.first { r in
                r.node == i && r.needs.isSubset(of: bound)
                    && graph.keys.lookup(r.key).map { graph.index(label: lid, key: $0) != nil } == true
            }
        }

        func estimate(_ i: Int) -> (cost: Int, seek: EqualityCandidate?, label: String?) {
            var best: (Int, EqualityCandidate?, String?) = (graph.liveNodeCount + 1, nil, nil)
            for label in nodes[i].labels {
                let count = graph.labels.lookup(label).map { graph.members(of: $0).count } ?? 0
                if count < best.0 { best = (count, nil, label) }
                guard let lid = graph.labels.lookup(label) else { continue }
                for c in candidates where c.node == i && c.needs.isSubset(of: bound) {
                    if let kid = graph.keys.lookup(c.key), graph.index(label: lid, key: kid) != nil {
                        return (1, c, label)
                    }
                }
            }
            return best
        }

        func cardinalityEstimator() -> CardinalityEstimator {
            var selectivity = Array(repeating: 1.0, count: nodes.count)
            for (i, node) in nodes.enumerated() where !node.boundBefore {
                for f in filters where f.needs == [node.slot] { selectivity[i] *= CardinalityEstimator.selectivity(of: f.expression) }
            }
            return CardinalityEstimator(
                graph: graph, labels: nodes.map(\.labels), selectivity: selectivity,
                edges: edges.map { .init(from: $0.from, to: $0.to, types: $0.pattern.types, direction: $0.pattern.direction,
                                         isVariableLength: $0.pattern.length != nil) })
        }

        while visited.contains(false) || expanded.contains(false) {
            // Prefer an edge leaving the visited part, cheapest target first.
            var choice: (edge: Int, fromTo: Bool, cost: Int)? = nil
            for e in edges.indices where !expanded[e] {
                let a = visited[edges[e].from], b = visited[edges[e].to]
                guard a || b else { continue }
                let cost = (a && b) ? -1 : estimate(a ? edges[e].to : edges[e].from).cost
                if choice == nil || cost < choice!.cost { choice = (e, a, cost) }
            }
            if let choice {
                let edge = edges[choice.edge]
                let fromNode = choice.fromTo ? edge.from : edge.to
                let toNode = choice.fromTo ? edge.to : edge.from
                var direction = edge.pattern.direction
                if !choice.fromTo {
                    direction = direction == .outgoing ? .incoming : (direction == .incoming ? .outgoing : .either)
                }
                let length = try edge.pattern.length.map { try bindLength($0, edge.pattern.range) }
                let toIsBound = visited[toNode]
                let types = edge.pattern.types.uniqued()
                ops.append(.expand(ExpandOperator(
                    from: nodes[fromNode].slot, relationship: edge.slot, to: nodes[toNode].slot,
                    types: types, typeIDs: types.isEmpty ? nil : typeIDs(types), direction: direction, toIsBound: toIsBound,
                    relationshipIsBound: edge.boundBefore, length: length, properties: edge.properties,
                    distinctFrom: Self.relationshipsToAvoid(expandedRelationshipSlots, types: types),
                    reversed: !choice.fromTo, range: edge.pattern.range)))
                expanded[choice.edge] = true
                if !edge.boundBefore { expandedRelationshipSlots.append((edge.slot, types)); bound.insert(edge.slot) }
                if !toIsBound {
                    visited[toNode] = true
                    bound.insert(nodes[toNode].slot)
                    if !nodes[toNode].labels.isEmpty {
                        ops.append(.nodeFilter(slot: nodes[toNode].slot, labels: nodes[toNode].labels, labelIDs: labelIDs(nodes[toNode].labels)))
                    }
                }
                flushFilters()
                continue
            }
            // Start a new connected component at its most selective node: an index seek, else the
            // smallest label, unless the estimated work of starting elsewhere is less than half.
            var bestNode = -1
            var best: (cost: Int, seek: EqualityCandidate?, label: String?) = (Int.max, nil, nil)
            for i in nodes.indices where !visited[i] {
                let e = estimate(i)
                if e.cost < best.cost { best = e; bestNode = i }
            }
            if best.seek == nil {
                let estimator = cardinalityEstimator()
                let costOf = { (i: Int) in estimator.cost(startingAt: i, visited: visited, expanded: expanded) }
                let smallest = costOf(bestNode)
                // A labelled start is never traded for a scan of every node.
                let starts = nodes.indices.filter { !visited[$0] && (!nodes[$0].labels.isEmpty || nodes[bestNode].labels.isEmpty) }
                if let cheaper = starts.min(by: { costOf($0) < costOf($1) }),
                   costOf(cheaper) < smallest / 2 {
                    bestNode = cheaper
                    best = estimate(cheaper)
                }
                // Starting at the node the next clause groups by, when that is estimated at no more
                // than twice the work, hands each group's rows over together.
                if let name = groupingHint, let hinted = nodeByName[name], hinted != bestNode, !visited[hinted],
                   !nodes[hinted].labels.isEmpty, costOf(hinted) <= 2 * costOf(bestNode) {
                    bestNode = hinted
                    best = estimate(hinted)
                }
            }
            let n = nodes[bestNode]
            if let seek = best.seek, let label = best.label {
                ops.append(.indexSeek(slot: n.slot, label: label, key: seek.key, value: seek.value, many: seek.many))
                let rest = n.labels.filter { $0 != label }
                if !rest.isEmpty { ops.append(.nodeFilter(slot: n.slot, labels: rest, labelIDs: labelIDs(rest))) }
            } else if let label = best.label, let range = rangeSeek(bestNode, label) {
                ops.append(.indexRangeSeek(slot: n.slot, label: label, key: range.key,
                                           lower: range.lower?.value, lowerInclusive: range.lower?.inclusive ?? false,
                                           upper: range.upper?.value, upperInclusive: range.upper?.inclusive ?? false))
                let rest = n.labels.filter { $0 != label }
                if !rest.isEmpty { ops.append(.nodeFilter(slot: n.slot, labels: rest, labelIDs: labelIDs(rest))) }
            } else if let label = best.label {
                ops.append(.scanLabel(slot: n.slot, label: label))
                let rest = n.labels.filter { $0 != label }
                if !rest.isEmpty { ops.append(.nodeFilter(slot: n.slot, labels: rest, labelIDs: labelIDs(rest))) }
            } else if !n.labels.isEmpty {
                ops.append(.scanLabel(slot: n.slot, label: n.labels[0]))
                if n.labels.count > 1 { ops.append(.nodeFilter(slot: n.slot, labels: Array(n.labels.dropFirst()), labelIDs: labelIDs(Array(n.labels.dropFirst())))) }
            } else {
                ops.append(.scanAll(slot: n.slot))
            }
            visited[bestNode] = true
            bound.insert(n.slot)
            flushFilters()
        }
        for p in paths {
            ops.append(.bindPath(slot: p.slot, start: p.start, steps: p.steps))
            bound.insert(p.slot)
        }
        flushFilters()
        for f in filters { ops.append(.filter(CompiledPredicate(f.expression))) }
        return MatchPlan(operators: ops, boundSlots: newSlots, elementSlots: elementSlots)
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
