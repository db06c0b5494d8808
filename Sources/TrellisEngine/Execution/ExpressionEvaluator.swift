#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore
import TrellisGraph
import TrellisSyntax

extension Executor {
    /// ``eval(_:_:)`` for the operands most expressions have — constants, variables and the
    /// properties of node variables — without a call into the whole evaluator.
    @inline(__always)
    func operand(_ e: BoundExpression, _ row: Row) throws -> Value {
        switch e {
        case .constant(let v): return v
        case .slot(let s): return row[s]
        case .property(.slot(let s), _, .some(let keyID), _):
            if case .node(let n) = row[s], graph.isNodeAlive(n) { return graph.nodeProperty(n, keyID) ?? .null }
            return try eval(e, row)
        default: return try eval(e, row)
        }
    }

    /// Evaluates a bound expression against a row, with openCypher's null semantics.
    func eval(_ e: BoundExpression, _ row: Row) throws -> Value {
        switch e {
        case .constant(let v): return v
        case .parameter(let name):
            guard let v = parameters[name] else {
                throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(name)")
            }
            return v
        case .slot(let s): return row[s]
        case let .property(subject, key, keyID, range):
            let s = try operand(subject, row)
            if let keyID {
                switch s {
                case .node(let n) where graph.isNodeAlive(n): return graph.nodeProperty(n, keyID) ?? .null
                case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipProperty(r, keyID) ?? .null
                default: break
                }
            }
            return try property(of: s, key, range)
        case let .index(a, b, range):
            return try index(try eval(a, row), try eval(b, row), range)
        case let .slice(a, lo, hi, range):
            return try slice(try eval(a, row), try lo.map { try eval($0, row) }, try hi.map { try eval($0, row) }, range)
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try eval(item, row)) }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        case let .map(keys, values):
            var m: [String: Value] = [:]
            m.reserveCapacity(keys.count)
            for (k, v) in zip(keys, values) { m[k] = try eval(v, row) }
            return try ValueBounds.checkedNesting(.map(m), elements: m.values)
        case let .not(a, range):
            return try Self.not(try eval(a, row), at: range)
        case let .and(a, b):
            // The right side is evaluated even after a false: a non-boolean there is an error either way.
            let x = try truth(try eval(a, row))
            return Self.and(x, try truth(try eval(b, row)))
        case let .or(a, b):
            let x = try truth(try eval(a, row))
            return Self.or(x, try truth(try eval(b, row)))
        case let .xor(a, b):
            let x = try truth(try eval(a, row)), y = try truth(try eval(b, row))
            guard let x, let y else { return .null }
            return .bool(x != y)
        case let .comparison(op, a, b):
            return compare(op, try operand(a, row), try operand(b, row))
        case let .arithmetic(op, a, b, range):
            return try Arithmetic.apply(op, try eval(a, row), try eval(b, row), at: range)
        case let .negate(a, range):
            do { return try Arithmetic.negate(try eval(a, row)) } catch let error as TrellisError { throw error.located(range) }
        case let .unaryPlus(a, range):
            let v = try eval(a, row)
            switch v {
            case .null, .int, .float: return v
            default: throw TrellisError.type("InvalidArgumentType", "unary + expects a number, not \(v.typeName)", at: range)
            }
        case let .stringPredicate(op, a, b, _):
            guard case .string(let x) = try operand(a, row), case .string(let y) = try operand(b, row) else { return .null }
            return .bool(Self.stringPredicate(op, x, y))
        case let .regexMatch(a, b, range):
            guard case .string(let x) = try eval(a, row), case .string(let pattern) = try eval(b, row) else { return .null }
            return .bool(try regexMatches(x, pattern, range))
        case let .inList(a, b, range):
            return try inList(try eval(a, row), try eval(b, row), range)
        case let .isNull(a, negated):
            return .bool(try eval(a, row).isNull != negated)
        case let .hasLabels(a, labels, range):
            switch try eval(a, row) {
            case .null: return .null
            case .node(let n):
                for l in labels {
                    guard let id = graph.labels.lookup(l), graph.nodeHasLabel(n, id) else { return .bool(false) }
                }
                return .bool(true)
            case let v: throw TrellisError.type("InvalidArgumentType", "label predicates need a node, not \(v.typeName)", at: range)
            }
        case let .scalarFunction(f, args, range):
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for a in args { values.append(try eval(a, row)) }
            do { return try f.body(values) } catch let error as TrellisError { throw error.located(range) }
        case let .graphFunction(g, args, range):
            do {
                if g == .distance { return try distance(try eval(args[0], row), try eval(args[1], row)) }
                return try graphFunction(g, try eval(args[0], row), range)
            } catch let error as TrellisError { throw error.located(range) }
        case let .caseExpression(subject, whens, thens, otherwise):
            if let subject {
                let s = try eval(subject, row)
                for (w, t) in zip(whens, thens) where Value.equals(s, try eval(w, row)) == true { return try eval(t, row) }
            } else {
                for (w, t) in zip(whens, thens) where try eval(w, row) == .bool(true) { return try eval(t, row) }
            }
            return try otherwise.map { try eval($0, row) } ?? .null
        case let .listComprehension(slot, source, predicate, projection, range):
            guard let items = try listOperand(try eval(source, row), range) else { return .null }
            var r = row
            var out: [Value] = []
            for item in items {
                try tick()
                r[slot] = item
                if let predicate, try eval(predicate, r) != .bool(true) { continue }
                out.append(try projection.map { try eval($0, r) } ?? item)
            }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        case let .quantified(q, slot, source, predicate, range):
            guard let items = try listOperand(try eval(source, row), range) else { return .null }
            var r = row
            var trues = 0, nulls = 0, falses = 0
            for item in items {
                try tick()
                r[slot] = item
                switch try predicate.map({ try truth(try eval($0, r)) }) ?? true {
                case true: trues += 1
                case false: falses += 1
                case nil: nulls += 1
                }
            }
            switch q {
            case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
            case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
            case .single: return trues > 1 ? .bool(false) : (nulls > 0 ? .null : .bool(trues == 1))
            }
        case let .reduce(acc, initial, slot, source, expression, range):
            var r = row
            r[acc] = try eval(initial, row)
            guard let items = try listOperand(try eval(source, row), range) else { return .null }
            for item in items {
                try tick()
                r[slot] = item
                r[acc] = try eval(expression, r)
            }
            return r[acc]
        case let .patternComprehension(plan, projection):
            var out: [Value] = []
            try match(plan, row) { r in
                out.append(try eval(projection, r))
                return true
            }
            return try ValueBounds.checkedNesting(.list(out), elements: out)
        case .exists(let plan):
            return .bool(try exists(plan, row))
        case .existsQuery(let parts):
            for steps in parts {
                var found = false
                try stream(steps[...], [row]) { _ in found = true; return false }
                if found { return .bool(true) }
            }
            return .bool(false)
        case let .mapProjection(subject, items, range):
            let s = try eval(subject, row)
            if s.isNull { return .null }
            var m: [String: Value] = [:]
            for item in items {
                switch item {
                case .property(let k): m[k] = try property(of: s, k, range)
                case .allProperties: for (k, v) in try allProperties(of: s, range) { m[k] = v }
                case let .value(k, x): m[k] = try eval(x, row)
                }
            }
            return try ValueBounds.checkedNesting(.map(m), elements: m.values)
        }
    }

    /// STARTS WITH, ENDS WITH or CONTAINS of two strings, compared as UTF-8 bytes: code point for
    /// code point, as openCypher compares strings.
    /// NOT with openCypher's null semantics; anything but a boolean or null is a type error.
    static func not(_ v: Value, at range: SourceRange) throws -> Value {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(!b)
        default: throw TrellisError.type("InvalidArgumentType", "NOT expects a boolean, not \(v.typeName)", at: range)
        }
    }

    /// Three-valued AND of two truths (nil is null): false wins, then null.
    static func and(_ p: Bool?, _ q: Bool?) -> Value {
        if p == false || q == false { return .bool(false) }
        if p == nil || q == nil { return .null }
        return .bool(true)
    }

    /// Three-valued OR of two truths (nil is null): true wins, then null.
    static func or(_ p: Bool?, _ q: Bool?) -> Value {
        if p == true || q == true { return .bool(true) }
        if p == nil || q == nil { return .null }
        return .bool(false)
    }

    static func stringPredicate(_ op: BinaryOperator, _ x: String, _ y: String) -> Bool {
        switch op {
        case .startsWith: return x.utf8.starts(with: y.utf8)
        case .endsWith: return x.utf8.reversed().starts(with: y.utf8.reversed())
        default: return utf8Contains(x, y)
        }
    }

    /// Whether `needle`'s UTF-8 bytes occur in `haystack`'s.
    static func utf8Contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard !nb.isEmpty else { return true }
                guard nb.count <= hb.count, let hp = hb.baseAddress, let np = nb.baseAddress else { return false }
                // memchr finds each candidate first byte (vectorised), memcmp checks the rest.
                let first = Int32(np.pointee), last = hb.count - nb.count
                var i = 0
                while i <= last, let found = memchr(hp + i, first, last - i + 1) {
                    let at = hp.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hp + at, np, nb.count) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }

    /// Three-valued truth of a predicate operand; non-booleans are type errors.
    func truth(_ v: Value) throws -> Bool? {
        switch v {
        case .bool(let b): return b
        case .null: return nil
        default: throw TrellisError.type("InvalidArgumentType", "expected a boolean but got \(v.typeName)")
        }
    }

    func compare(_ op: BinaryOperator, _ x: Value, _ y: Value) -> Value {
        switch op {
        case .equal: return Value.equals(x, y).map(Value.bool) ?? .null
        case .notEqual: return Value.equals(x, y).map { .bool(!$0) } ?? .null
        default:
            guard let c = Value.compare(x, y) else { return .null }
            switch op {
            case .less: return .bool(c < 0)
            case .greater: return .bool(c > 0)
            case .lessOrEqual: return .bool(c <= 0)
            default: return .bool(c >= 0)
            }
        }
    }

    func listOperand(_ v: Value, _ range: SourceRange) throws -> [Value]? {
        switch v {
        case .null: return nil
        case .list(let items): return items
        default: throw TrellisError.type("InvalidArgumentType", "expected a list but got \(v.typeName)", at: range)
        }
    }

    func inList(_ x: Value, _ list: Value, _ range: SourceRange) throws -> Value {
        switch list {
        case .null: return .null
        case .list(let items):
            var sawNull = false
            for item in items {
                switch Value.equals(x, item) {
                case .some(true): return .bool(true)
                case nil: sawNull = true
                case .some(false): break
                }
            }
            return sawNull ? .null : .bool(false)
        default:
            throw TrellisError.type("InvalidArgumentType", "IN expects a list, not \(list.typeName)", at: range)
        }
    }

    func regexMatches(_ text: String, _ pattern: String, _ range: SourceRange) throws -> Bool {
        let regex: RegularExpression
        if let cached = regexCache[pattern] {
            regex = cached
        } else {
            guard let compiled = RegularExpression(pattern) else {
                throw TrellisError.argument("InvalidArgumentValue", "invalid regular expression '\(pattern)'", at: range)
            }
            regex = compiled
            regexCache[pattern] = regex
        }
        return try regex.matches(text, range: range) { try checkCancelled() }
    }

    // MARK: - Properties and element access

    func checkAlive(_ v: Value) throws {
        switch v {
        case .node(let n) where !graph.isNodeAlive(n):
            throw TrellisError(.entityNotFound, "DeletedEntityAccess", "node \(n) has been deleted")
        case .relationship(let r) where !graph.isRelationshipAlive(r):
            throw TrellisError(.entityNotFound, "DeletedEntityAccess", "relationship \(r) has been deleted")
        default: break
        }
    }

    func property(of subject: Value, _ key: String, _ range: SourceRange) throws -> Value {
        switch subject {
        case .null: return .null
        case .node(let n):
            try located(range) { try checkAlive(subject) }
            guard let k = graph.keys.lookup(key) else { return .null }
            return graph.nodeProperty(n, k) ?? .null
        case .relationship(let r):
            try located(range) { try checkAlive(subject) }
            guard let k = graph.keys.lookup(key) else { return .null }
            return graph.relationshipProperty(r, k) ?? .null
        case .map(let m): return m[key] ?? .null
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            if let v = try located(range, { try TemporalComponents.component(subject, key) }) { return v }
            throw TrellisError.argument("InvalidArgumentValue", "\(subject.typeName) values have no field '\(key)'", at: range)
        default:
            throw TrellisError.type("InvalidArgumentType", "cannot read property '\(key)' of \(subject.typeName)", at: range)
        }
    }

    func allProperties(of subject: Value, _ range: SourceRange) throws -> [String: Value] {
        switch subject {
        case .node(let n):
            try located(range) { try checkAlive(subject) }
            return graph.nodePropertyMap(n)
        case .relationship(let r):
            try located(range) { try checkAlive(subject) }
            return graph.relationshipPropertyMap(r)
        case .map(let m): return m
        case .null: return [:]
        default: throw TrellisError.type("InvalidArgumentType", "\(subject.typeName) has no properties", at: range)
        }
    }

    func index(_ subject: Value, _ index: Value, _ range: SourceRange) throws -> Value {
        switch (subject, index) {
        case (.null, _), (_, .null): return .null
        case let (.list(items), .int(i)):
            let j = i < 0 ? Int64(items.count) + i : i
            return j >= 0 && j < Int64(items.count) ? items[Int(j)] : .null
        case (.list, _):
            throw TrellisError.type("InvalidArgumentType", "list index must be an integer, not \(index.typeName)", at: range)
        case let (.map(m), .string(k)): return m[k] ?? .null
        case let (.node, .string(k)), let (.relationship, .string(k)): return try property(of: subject, k, range)
        case (.map, _), (.node, _), (.relationship, _):
            throw TrellisError.type("MapElementAccessByNonString", "map keys must be strings, not \(index.typeName)", at: range)
        default:
            throw TrellisError.type("InvalidArgumentType", "cannot index into \(subject.typeName)", at: range)
        }
    }

    func slice(_ subject: Value, _ lo: Value?, _ hi: Value?, _ range: SourceRange) throws -> Value {
        guard case .list(let items) = subject else {
            if subject.isNull { return .null }
            throw TrellisError.type("InvalidArgumentType", "cannot slice \(subject.typeName)", at: range)
        }
        let n = Int64(items.count)
        func bound(_ v: Value?, _ def: Int64) throws -> Int64? {
            guard let v else { return def }
            switch v {
            case .null: return nil
            case .int(let i): return max(0, min(n, i < 0 ? n + i : i))
            default: throw TrellisError.argument("InvalidArgumentType", "slice bounds must be integers", at: range)
            }
        }
        guard let a = try bound(lo, 0), let b = try bound(hi, n) else { return .null }
        return a >= b ? .list([]) : .list(Array(items[Int(a)..<Int(b)]))
    }
}

extension Executor {
    /// Runs `body`, attaching `range` to a thrown error that has none.
    @inline(__always)
    func located<T>(_ range: SourceRange, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TrellisError { throw error.located(range) }
    }
}
