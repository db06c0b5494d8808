import TrellisCore
import TrellisSyntax

extension QueryCompiler {
    /// CREATE: new nodes and relationships; bound variables may only be reused as relationship endpoints.
    func compileCreate(_ pattern: Pattern, scope: inout Scope) throws -> [CreatePattern] {
        var created = Set<String>()
        var result: [CreatePattern] = []
        for part in pattern.parts {
            var cp = CreatePattern(nodes: [], relationships: [], path: nil)
            var slots: [Int] = []
            func node(_ np: NodePattern, alone: Bool) throws -> Int {
                if let name = np.variable, let v = scope[name] {
                    let reused = created.contains(name)
                    if !np.labels.isEmpty || np.properties != nil || (alone && !reused) || (alone && reused) {
                        throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already declared", at: np.range)
                    }
                    guard v.kind == .node || v.kind == .value else {
                        throw TrellisError.compile("VariableTypeConflict", "variable '\(name)' is a \(v.kind), not a node", at: np.range)
                    }
                    cp.nodes.append(CreateNode(slot: v.slot, isBound: true, labels: [], properties: nil, range: np.range))
                    return v.slot
                }
                let slot = newSlot()
                scope.declare(np.variable ?? hiddenName(), Variable(slot: slot, kind: .node))
                if let name = np.variable { created.insert(name) }
                let props = try np.properties.map { try bindCreateProperties($0, scope) }
                cp.nodes.append(CreateNode(slot: slot, isBound: false, labels: np.labels, properties: props, range: np.range))
                return slot
            }
            let start = try node(part.element.start, alone: part.element.chain.isEmpty)
            slots.append(start)
            var previous = start
            var steps: [(relationship: Int, node: Int, isVariableLength: Bool)] = []
            for step in part.element.chain {
                let rp = step.relationship
                if let name = rp.variable, scope.contains(name) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already declared", at: rp.range)
                }
                try checkCreatableRelationship(rp, verb: "CREATE", allowUndirected: false)
                let target = try node(step.node, alone: false)
                let slot = newSlot()
                scope.declare(rp.variable ?? hiddenName(), Variable(slot: slot, kind: .relationship))
                let props = try rp.properties.map { try bindCreateProperties($0, scope) }
                let (s, e) = rp.direction == .incoming ? (target, previous) : (previous, target)
                cp.relationships.append(CreateRelationship(slot: slot, type: rp.types[0], start: s, end: e, properties: props, range: rp.range))
                steps.append((slot, target, false))
                previous = target
            }
            if let pathName = part.pathVariable {
                if scope.contains(pathName) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(pathName)' is already declared", at: part.range)
                }
                let slot = newSlot()
                scope.declare(pathName, Variable(slot: slot, kind: .path))
                cp.path = (slot, start, steps)
            }
            result.append(cp)
        }
        return result
    }

    func checkCreatableRelationship(_ rp: RelationshipPattern, verb: String, allowUndirected: Bool) throws {
        if rp.types.count != 1 {
            throw TrellisError.compile("NoSingleRelationshipType", "exactly one relationship type must be given to \(verb) a relationship", at: rp.range)
        }
        if rp.length != nil {
            throw TrellisError.compile("CreatingVarLength", "variable-length relationships cannot be created", at: rp.range)
        }
        if !allowUndirected && rp.direction == .either {
            throw TrellisError.compile("RequiresDirectedRelationship", "only directed relationships can be created", at: rp.range)
        }
    }

    func bindCreateProperties(_ e: Expression, _ scope: Scope) throws -> CompiledExpression {
        switch e.kind {
        case .map, .parameter: return CompiledExpression(try bind(e, scope))
        default: throw TrellisError.compile("InvalidArgumentType", "pattern properties must be a map", at: e.range)
        }
    }

    /// MERGE: match the whole pattern, or create all of it that is not bound.
    func compileMerge(_ merge: MergeClause, scope: inout Scope) throws -> MergePlan {
        let part = merge.part
        for step in part.element.chain {
            if let name = step.relationship.variable, scope.contains(name) {
                throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already declared", at: step.relationship.range)
            }
            try checkCreatableRelationship(step.relationship, verb: "MERGE", allowUndirected: true)
        }
        if part.element.chain.isEmpty, let name = part.element.start.variable, scope.contains(name) {
            throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already declared", at: part.element.start.range)
        }
        let before = scope
        let match = try planMatch(Pattern(parts: [part]), predicate: nil, scope: &scope, optional: false)
        let slots = match.elementSlots[0]
        var cp = CreatePattern(nodes: [], relationships: [], path: nil)
        func createNode(_ np: NodePattern, slot: Int) throws {
            let isBound = np.variable.map { before.contains($0) } ?? false
            if isBound {
                if !cp.nodes.contains(where: { $0.slot == slot }) {
                    cp.nodes.append(CreateNode(slot: slot, isBound: true, labels: [], properties: nil, range: np.range))
                }
                return
            }
            if let i = cp.nodes.firstIndex(where: { $0.slot == slot }) {
                cp.nodes[i].labels.append(contentsOf: np.labels)
                return
            }
            cp.nodes.append(CreateNode(slot: slot, isBound: false, labels: np.labels,
                                       properties: try np.properties.map { CompiledExpression(try bind($0, scope)) }, range: np.range))
        }
        try createNode(part.element.start, slot: slots[0])
        var steps: [(relationship: Int, node: Int, isVariableLength: Bool)] = []
        for (i, step) in part.element.chain.enumerated() {
            let relSlot = slots[1 + 2 * i], nodeSlot = slots[2 + 2 * i], previous = slots[2 * i]
            try createNode(step.node, slot: nodeSlot)
            let rp = step.relationship
            let (s, e) = rp.direction == .incoming ? (nodeSlot, previous) : (previous, nodeSlot)
            cp.relationships.append(CreateRelationship(slot: relSlot, type: rp.types[0], start: s, end: e,
                                                       properties: try rp.properties.map { CompiledExpression(try bind($0, scope)) }, range: rp.range))
            steps.append((relSlot, nodeSlot, false))
        }
        if let pathName = part.pathVariable, let slot = scope[pathName]?.slot {
            cp.path = (slot, slots[0], steps)
        }
        return MergePlan(match: match, create: cp,
                         onCreate: try merge.onCreate.map { try bindSetItem($0, scope) },
                         onMatch: try merge.onMatch.map { try bindSetItem($0, scope) })
    }

    func entityVariable(_ name: String, _ range: SourceRange, _ scope: Scope, allowRelationship: Bool) throws -> Int {
        guard let v = scope[name] else {
            throw TrellisError.compile("UndefinedVariable", "variable '\(name)' is not defined", at: range)
        }
        switch v.kind {
        case .node, .value: return v.slot
        case .relationship where allowRelationship: return v.slot
        default:
            throw TrellisError.compile("InvalidArgumentType", "'\(name)' is a \(v.kind); expected a \(allowRelationship ? "node or relationship" : "node")", at: range)
        }
    }

    func bindSetItem(_ item: SetItem, _ scope: Scope) throws -> BoundSetItem {
        switch item.kind {
        case let .property(target, key, value):
            let t = try bind(target, scope)
            let st = staticType(t, scope)
            if ![.any, .null, .node, .relationship].contains(st) {
                throw TrellisError.compile("InvalidArgumentType", "cannot set a property on \(st.name)", at: target.range)
            }
            return .property(target: CompiledExpression(t), key: key, value: CompiledExpression(try bind(value, scope)), item.range)
        case let .replaceProperties(variable, value):
            return .replaceProperties(slot: try entityVariable(variable, item.range, scope, allowRelationship: true),
                                      value: CompiledExpression(try bind(value, scope)), item.range)
        case let .mergeProperties(variable, value):
            return .mergeProperties(slot: try entityVariable(variable, item.range, scope, allowRelationship: true),
                                    value: CompiledExpression(try bind(value, scope)), item.range)
        case let .labels(variable, labels):
            return .labels(slot: try entityVariable(variable, item.range, scope, allowRelationship: false), labels: labels, item.range)
        }
    }

    func bindRemoveItem(_ item: RemoveItem, _ scope: Scope) throws -> BoundRemoveItem {
        switch item.kind {
        case let .property(target, key):
            return .property(target: CompiledExpression(try bind(target, scope)), key: key, item.range)
        case let .labels(variable, labels):
            return .labels(slot: try entityVariable(variable, item.range, scope, allowRelationship: false), labels: labels, item.range)
        }
    }

    /// CALL: resolve the procedure, its arguments (explicit, or parameters of the same names) and YIELD.
    func compileCall(_ call: CallClause, scope: inout Scope, standalone: Bool, clauseRange: SourceRange) throws -> CallPlan {
        guard let procedure = procedures[call.procedure] ?? procedures.first(where: { $0.key.lowercased() == call.procedure.lowercased() })?.value else {
            throw TrellisError(.procedureError, "ProcedureNotFound", "there is no procedure named '\(call.procedure)'", at: call.procedureRange, phase: .compileTime)
        }
        var arguments: [BoundExpression]
        if let explicit = call.arguments {
            guard explicit.count == procedure.parameters.count else {
                throw TrellisError.compile("InvalidNumberOfArguments",
                                           "procedure \(procedure.name) takes \(procedure.parameters.count) argument(s) but was given \(explicit.count)", at: clauseRange)
            }
            arguments = []
            for (e, field) in zip(explicit, procedure.parameters) {
                let b = try bind(e, scope)
                let t = staticType(b, scope)
                if t != .any, t != .null, !ProcedureTypes.accepts(field.type, t) {
                    throw TrellisError.compile("InvalidArgumentType", "argument '\(field.name)' of \(procedure.name) must be \(field.type), not \(t.name)", at: e.range)
                }
                arguments.append(b)
            }
        } else {
            guard standalone else {
                throw TrellisError.compile("InvalidArgumentPassingMode", "procedure calls inside a query need explicit arguments", at: clauseRange)
            }
            arguments = []
            for field in procedure.parameters {
                if let parameters, parameters[field.name] == nil {
                    throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(field.name)", at: clauseRange, phase: .compileTime)
                }
                arguments.append(.parameter(field.name))
            }
        }
        var yields: [(field: Int, slot: Int)] = []
        if let items = call.yields {
            for item in items {
                guard let index = procedure.outputs.firstIndex(where: { $0.name == item.field }) else {
                    throw TrellisError.compile("UndefinedVariable", "procedure \(procedure.name) has no output named '\(item.field)'", at: item.range)
                }
                let name = item.alias ?? item.field
                if scope.contains(name) {
                    throw TrellisError.compile("VariableAlreadyBound", "variable '\(name)' is already declared", at: item.range)
                }
                let slot = newSlot()
                scope.declare(name, Variable(slot: slot, kind: .value))
                yields.append((index, slot))
            }
        } else if standalone || call.yieldAll {
            for (index, field) in procedure.outputs.enumerated() {
                let slot = newSlot()
                scope.declare(field.name, Variable(slot: slot, kind: .value))
                yields.append((index, slot))
            }
        } else if !procedure.outputs.isEmpty {
            throw TrellisError.compile("UndefinedVariable", "procedure \(procedure.name) returns values: name them with YIELD", at: clauseRange)
        }
        let predicate = try call.predicate.map { CompiledExpression(try bindPredicate($0, scope)) }
        return CallPlan(procedure: procedure, arguments: arguments.map(CompiledExpression.init), yields: yields, predicate: predicate, range: clauseRange)
    }
}

/// Matching of procedure signature types (`INTEGER?`, `NUMBER`, `ANY`…) against values.
enum ProcedureTypes {
    static func accepts(_ declared: String, _ t: StaticType) -> Bool {
        let base = String(declared.uppercased().filter { $0 != "?" && $0 != " " })
        switch base {
        case "ANY": return true
        case "INTEGER": return t == .integer
        case "FLOAT": return t == .float || t == .integer
        case "NUMBER": return t == .integer || t == .float
        case "STRING": return t == .string
        case "BOOLEAN": return t == .boolean
        case "MAP": return t == .map
        case "NODE": return t == .node
        case "RELATIONSHIP": return t == .relationship
        case "PATH": return t == .path
        default: return base.hasPrefix("LIST") ? t == .list : true
        }
    }

    static func accepts(_ declared: String, _ v: Value) -> Bool {
        if v.isNull { return true }
        return accepts(declared, StaticType(of: v))
    }
}
