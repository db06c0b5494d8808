#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrellisCore
import TrellisGraph
import TrellisSyntax

/// The operations of expressions on values (the parts of openCypher's semantics that the
/// compiled expressions of ``CompiledExpression`` share): three-valued logic, comparisons, IN,
/// string predicates, regular expressions, and reading properties, elements and slices.
extension Executor {
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

    /// STARTS WITH, ENDS WITH or CONTAINS of two strings, compared as UTF-8 bytes: code point for
    /// code point, as openCypher compares strings.
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
