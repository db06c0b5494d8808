import TrellisCore
import TrellisGraph
import TrellisSyntax

extension Executor {
    /// Converts a map of values into stored properties; nulls are skipped, non-storable values rejected.
    func propertyList(_ v: Value, _ range: SourceRange) throws -> PropertyList {
        var list = PropertyList()
        switch v {
        case .null: return list
        case .map(let m):
            for (k, value) in m.sorted(by: { $0.key < $1.key }) where !value.isNull {
                try checkStorable(value, k, range)
                list.set(graph.internKey(k), value)
            }
            return list
        default:
            throw TrellisError.type("InvalidArgumentType", "properties must be given as a map, not \(v.typeName)", at: range)
        }
    }

    func checkStorable(_ value: Value, _ key: String, _ range: SourceRange) throws {
        guard value.isStorable else {
            throw TrellisError.type("InvalidPropertyType", "property '\(key)' cannot hold a \(value.typeName)", at: range)
        }
        if case .list(let items) = value, let first = items.first {
            let t = first.typeName
            let numeric = t == "INTEGER" || t == "FLOAT"
            for item in items where item.typeName != t && !(numeric && (item.typeName == "INTEGER" || item.typeName == "FLOAT")) {
                throw TrellisError.type("InvalidPropertyType", "property '\(key)' cannot hold a list of mixed types", at: range)
            }
        }
    }

    func create(_ p: CreatePattern, _ row: inout Row) throws {
        for n in p.nodes {
            if n.isBound {
                switch row[n.slot] {
                case .node(let id):
                    if !graph.isNodeAlive(id) {
                        throw TrellisError(.entityNotFound, "DeletedEntityAccess", "node \(id) has been deleted", at: n.range)
                    }
                case .null:
                    throw TrellisError.type("InvalidArgumentType", "cannot create a relationship to a null node", at: n.range)
                case let v:
                    throw TrellisError.type("InvalidArgumentType", "expected a node but found \(v.typeName)", at: n.range)
                }
                continue
            }
            let props = try n.properties.map { try propertyList(try $0(self, row), n.range) } ?? PropertyList()
            let id = graph.createNode(labels: n.labels.map(graph.internLabel), properties: props)
            statistics.nodesCreated += 1
            statistics.labelsAdded += Set(n.labels).count
            statistics.propertiesSet += props.count
            row[n.slot] = .node(id)
        }
        for r in p.relationships {
            guard case .node(let s) = row[r.start], case .node(let e) = row[r.end] else {
                throw TrellisError.type("InvalidArgumentType", "cannot create a relationship to a null node", at: r.range)
            }
            let props = try r.properties.map { try propertyList(try $0(self, row), r.range) } ?? PropertyList()
            let id = graph.createRelationship(type: graph.internType(r.type), from: s, to: e, properties: props)
            statistics.relationshipsCreated += 1
            statistics.propertiesSet += props.count
            row[r.slot] = .relationship(id)
        }
        if let path = p.path {
            guard case .node(let start) = row[path.start] else { return }
            var nodes = [start]
            var rels: [RelationshipID] = []
            for s in path.steps {
                guard case .relationship(let r) = row[s.relationship], case .node(let n) = row[s.node] else { return }
                rels.append(r)
                nodes.append(n)
            }
            row[path.slot] = .path(PathValue(nodes: nodes, relationships: rels))
        }
    }

    func merge(_ plan: MergePlan, _ row: Row, into out: inout [Row]) throws {
        var matches: [Row] = []
        try match(plan.match, row) { r in
            matches.append(r)
            return true
        }
        if matches.isEmpty {
            var r = row
            for n in plan.create.nodes where !n.isBound {
                if let props = n.properties, case .map(let m) = try props(self, r), let bad = m.first(where: { $0.value.isNull }) {
                    throw TrellisError(.semanticError, "MergeReadOwnWrites", "cannot merge a node using a null value for property '\(bad.key)'", at: n.range)
                }
            }
            try create(plan.create, &r)
            for item in plan.onCreate { try apply(item, r) }
            out.append(r)
        } else {
            for r in matches {
                for item in plan.onMatch { try apply(item, r) }
                out.append(r)
            }
        }
    }

    func entity(_ v: Value, _ range: SourceRange) throws -> Value? {
        switch v {
        case .null: return nil
        case .node, .relationship:
            try located(range) { try checkAlive(v) }
            return v
        default:
            throw TrellisError.type("InvalidArgumentType", "expected a node or relationship but found \(v.typeName)", at: range)
        }
    }

    func setProperty(_ target: Value, _ key: String, _ value: Value, _ range: SourceRange) throws {
        if !value.isNull { try checkStorable(value, key, range) }
        let k = graph.internKey(key)
        switch target {
        case .node(let n):
            if graph.setNodeProperty(n, k, value), !value.isNull { statistics.propertiesSet += 1 }
        case .relationship(let r):
            if graph.setRelationshipProperty(r, k, value), !value.isNull { statistics.propertiesSet += 1 }
        default: break
        }
    }

    func apply(_ item: BoundSetItem, _ row: Row) throws {
        switch item {
        case let .property(target, key, value, range):
            guard let t = try entity(try target(self, row), range) else { return }
            try setProperty(t, key, try value(self, row), range)
        case let .replaceProperties(slot, value, range), let .mergeProperties(slot, value, range):
            guard let t = try entity(row[slot], range) else { return }
            let replace: Bool
            if case .replaceProperties = item { replace = true } else { replace = false }
            var newValues: [String: Value]
            switch try value(self, row) {
            case .null: newValues = [:]
            case .map(let m): newValues = m
            case .node, .relationship:
                newValues = try allProperties(of: try value(self, row), range)
            case let v:
                throw TrellisError.type("InvalidArgumentType", "SET expects a map, not \(v.typeName)", at: range)
            }
            if replace {
                let existing: [String: Value] = try allProperties(of: t, range)
                for k in existing.keys where newValues[k] == nil { try setProperty(t, k, .null, range) }
            }
            for (k, v) in newValues.sorted(by: { $0.key < $1.key }) { try setProperty(t, k, v, range) }
        case let .labels(slot, labels, range):
            guard case .node(let n)? = try entity(row[slot], range) else { return }
            for l in labels where graph.addLabel(n, graph.internLabel(l)) { statistics.labelsAdded += 1 }
        }
    }

    func apply(_ item: BoundRemoveItem, _ row: Row) throws {
        switch item {
        case let .property(target, key, range):
            guard let t = try entity(try target(self, row), range), let k = graph.keys.lookup(key) else { return }
            switch t {
            case .node(let n): if graph.setNodeProperty(n, k, .null) { statistics.propertiesSet += 1 }
            case .relationship(let r): if graph.setRelationshipProperty(r, k, .null) { statistics.propertiesSet += 1 }
            default: break
            }
        case let .labels(slot, labels, range):
            guard case .node(let n)? = try entity(row[slot], range) else { return }
            for l in labels {
                if let id = graph.labels.lookup(l), graph.removeLabel(n, id) { statistics.labelsRemoved += 1 }
            }
        }
    }

    func delete(_ v: Value, detach: Bool) throws {
        switch v {
        case .null: return
        case .node(let n):
            guard graph.isNodeAlive(n) else { return }
            if detach {
                let rels = (graph.adjacency(of: n, .outgoing) + graph.adjacency(of: n, .incoming)).map(\.relationship)
                for r in Set(rels) where graph.isRelationshipAlive(r) {
                    graph.deleteRelationship(r)
                    statistics.relationshipsDeleted += 1
                }
            } else if graph.degree(n) > 0 {
                deletedWithoutDetach.append(n)
            }
            graph.deleteNode(n)
            statistics.nodesDeleted += 1
        case .relationship(let r):
            guard graph.isRelationshipAlive(r) else { return }
            graph.deleteRelationship(r)
            statistics.relationshipsDeleted += 1
        case .path(let p):
            for r in p.relationships { try delete(.relationship(r), detach: detach) }
            for n in p.nodes { try delete(.node(n), detach: detach) }
        default:
            throw TrellisError.type("InvalidArgumentType", "DELETE expects a node, relationship or path, not \(v.typeName)")
        }
    }

    func call(_ plan: CallPlan, _ rows: [Row]) throws -> [Row] {
        var out: [Row] = []
        for row in rows {
            var args: [Value] = []
            for (a, field) in zip(plan.arguments, plan.procedure.parameters) {
                let v = try a(self, row)
                if !ProcedureTypes.accepts(field.type, v) {
                    throw TrellisError.type("InvalidArgumentType", "argument '\(field.name)' of \(plan.procedure.name) must be \(field.type), not \(v.typeName)", at: plan.range)
                }
                args.append(v)
            }
            let results: [[Value]]
            do {
                if let graphBody = plan.procedure.graphBody {
                    results = try graphBody(ProcedureContext(executor: self), args)
                } else {
                    results = try plan.procedure.body(args)
                }
            } catch let error as TrellisError { throw error.located(plan.range) }
            if plan.procedure.outputs.isEmpty { out.append(row); continue }
            for result in results {
                var r = row
                for y in plan.yields { r[y.slot] = y.field < result.count ? result[y.field] : .null }
                if let predicate = plan.predicate, try predicate(self, r) != .bool(true) { continue }
                out.append(r)
            }
        }
        return out
    }
}
