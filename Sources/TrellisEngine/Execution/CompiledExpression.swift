import TrellisCore
import TrellisGraph
import TrellisSyntax

/// Expressions built once, when the plan is made, into nested closures that compute them for a row.
///
/// Walking a ``BoundExpression`` for every row copies its indirect cases out of their boxes, a
/// retain and a release each; a closure built from it holds its operands' closures and calls them
/// directly. The common forms (constants, variables, properties, comparisons, arithmetic, null
/// tests, AND/OR/XOR/NOT, IN, CASE, string predicates, function calls, EXISTS) are built
/// here; any other subexpression is evaluated by ``Executor/eval(_:_:)`` as before, so the answers
/// and errors are the same. Integers take a short way through comparisons and arithmetic, and a
/// variable or a constant operand is read in place rather than through a closure of its own.
enum CompiledExpression {
    typealias Closure = @Sendable (Executor, Row) throws -> Value

    /// An operand: a variable and a constant are read directly, anything else is computed.
    enum Operand: Sendable {
        case slot(Int)
        case constant(Value)
        case computed(Closure)

        init(_ e: BoundExpression) {
            switch e {
            case .slot(let s): self = .slot(s)
            case .constant(let v): self = .constant(v)
            default: self = .computed(closure(e))
            }
        }

        @inline(__always)
        func callAsFunction(_ executor: Executor, _ row: Row) throws -> Value {
            switch self {
            case .slot(let s): return row[s]
            case .constant(let v): return v
            case .computed(let f): return try f(executor, row)
            }
        }
    }

    /// The value of `e` for a row, with openCypher's null semantics (as ``Executor/eval(_:_:)``).
    static func closure(_ e: BoundExpression) -> Closure {
        switch e {
        case .constant(let v):
            return { _, _ in v }
        case .slot(let s):
            return { _, row in row[s] }
        case let .property(.slot(s), _, keyID?, _):
            return { executor, row in
                let graph = executor.graph
                switch row[s] {
                case .node(let n) where graph.isNodeAlive(n): return graph.nodeProperty(n, keyID) ?? .null
                case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipProperty(r, keyID) ?? .null
                default: return try executor.eval(e, row)
                }
            }
        case let .comparison(op, a, b):
            let x = Operand(a), y = Operand(b)
            if case .constant(let c) = b {
                return { executor, row in
                    let v = try x(executor, row)
                    if case .int(let i) = v, case .int(let j) = c { return .bool(compareIntegers(op, i, j)) }
                    return executor.compare(op, v, c)
                }
            }
            return { executor, row in
                let v = try x(executor, row), w = try y(executor, row)
                if case .int(let i) = v, case .int(let j) = w { return .bool(compareIntegers(op, i, j)) }
                return executor.compare(op, v, w)
            }
        case let .isNull(a, negated):
            if let present = propertyPresence(a) {
                return { executor, row in .bool(try present(executor, row) == negated) }
            }
            let x = closure(a)
            return { executor, row in .bool(try x(executor, row).isNull != negated) }
        case let .not(a, range):
            let x = closure(a)
            return { executor, row in try Executor.not(try x(executor, row), at: range) }
        case let .and(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                // The right side is still evaluated: a non-boolean there is an error either way.
                let p = try executor.truth(try x(executor, row))
                return Executor.and(p, try executor.truth(try y(executor, row)))
            }
        case let .or(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row))
                return Executor.or(p, try executor.truth(try y(executor, row)))
            }
        case let .stringPredicate(op, a, b, _):
            let x = closure(a), y = closure(b)
            return { executor, row in
                guard case .string(let s) = try x(executor, row), case .string(let t) = try y(executor, row) else { return .null }
                return .bool(Executor.stringPredicate(op, s, t))
            }
        case .exists(let plan):
            return { executor, row in .bool(try executor.exists(plan, row)) }
        case let .property(subject, key, keyID, range):
            let x = closure(subject)
            return { executor, row in
                let s = try x(executor, row)
                if let keyID {
                    let graph = executor.graph
                    switch s {
                    case .node(let n) where graph.isNodeAlive(n): return graph.nodeProperty(n, keyID) ?? .null
                    case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipProperty(r, keyID) ?? .null
                    default: break
                    }
                }
                return try executor.property(of: s, key, range)
            }
        case let .arithmetic(op, a, b, range):
            return arithmetic(op, Operand(a), Operand(b), range)
        case let .negate(a, range):
            let x = closure(a)
            return { executor, row in
                let v = try x(executor, row)
                if case .int(let i) = v, i != .min { return .int(-i) }
                do { return try Arithmetic.negate(v) } catch let error as TrellisError { throw error.located(range) }
            }
        case let .xor(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row)), q = try executor.truth(try y(executor, row))
                guard let p, let q else { return .null }
                return .bool(p != q)
            }
        case let .inList(a, b, range):
            let x = closure(a), y = closure(b)
            return { executor, row in try executor.inList(try x(executor, row), try y(executor, row), range) }
        case let .scalarFunction(f, args, range):
            let body = f.body
            switch args.count {
            case 1:
                let x = closure(args[0])
                return { executor, row in
                    let values = [try x(executor, row)]
                    do { return try body(values) } catch let error as TrellisError { throw error.located(range) }
                }
            default:
                let xs = args.map(closure)
                return { executor, row in
                    var values: [Value] = []
                    values.reserveCapacity(xs.count)
                    for x in xs { values.append(try x(executor, row)) }
                    do { return try body(values) } catch let error as TrellisError { throw error.located(range) }
                }
            }
        case let .caseExpression(subject, whens, thens, otherwise):
            let s = subject.map(closure), ws = whens.map(closure), ts = thens.map(closure), o = otherwise.map(closure)
            if let s {
                return { executor, row in
                    let v = try s(executor, row)
                    for (w, t) in zip(ws, ts) where Value.equals(v, try w(executor, row)) == true { return try t(executor, row) }
                    return try o?(executor, row) ?? .null
                }
            }
            return { executor, row in
                for (w, t) in zip(ws, ts) where try w(executor, row) == .bool(true) { return try t(executor, row) }
                return try o?(executor, row) ?? .null
            }
        default:
            return { executor, row in try executor.eval(e, row) }
        }
    }

    /// A comparison of two integers (the answer ``Executor/compare(_:_:_:)`` gives for them).
    @inline(__always)
    static func compareIntegers(_ op: BinaryOperator, _ i: Int64, _ j: Int64) -> Bool {
        switch op {
        case .equal: return i == j
        case .notEqual: return i != j
        case .less: return i < j
        case .greater: return i > j
        case .lessOrEqual: return i <= j
        default: return i >= j
        }
    }

    /// An arithmetic operator: integers that do not overflow (and floats) are added, subtracted,
    /// multiplied or taken modulo here; everything else (and every error) is left to ``Arithmetic``.
    private static func arithmetic(_ op: BinaryOperator, _ x: Operand, _ y: Operand, _ range: SourceRange) -> Closure {
        @Sendable func general(_ a: Value, _ b: Value) throws -> Value {
            try Arithmetic.apply(op, a, b, at: range)
        }
        // Each operator has its own closures, so that the integer (and float) operation is done
        // in place; an overflow or a division by zero is left to `general`, which reports it.
        let k: Int64? = if case .constant(.int(let k)) = y { k } else { nil }
        switch op {
        case .add:
            if let k {
                return { executor, row in
                    let a = try x(executor, row)
                    if case .int(let i) = a { let (r, o) = i.addingReportingOverflow(k); if !o { return .int(r) } }
                    return try general(a, .int(k))
                }
            }
            return { executor, row in
                let a = try x(executor, row), b = try y(executor, row)
                if case .int(let i) = a, case .int(let j) = b { let (r, o) = i.addingReportingOverflow(j); if !o { return .int(r) } }
                if case .float(let u) = a, case .float(let v) = b { return .float(u + v) }
                return try general(a, b)
            }
        case .subtract:
            if let k {
                return { executor, row in
                    let a = try x(executor, row)
                    if case .int(let i) = a { let (r, o) = i.subtractingReportingOverflow(k); if !o { return .int(r) } }
                    return try general(a, .int(k))
                }
            }
            return { executor, row in
                let a = try x(executor, row), b = try y(executor, row)
                if case .int(let i) = a, case .int(let j) = b { let (r, o) = i.subtractingReportingOverflow(j); if !o { return .int(r) } }
                if case .float(let u) = a, case .float(let v) = b { return .float(u - v) }
                return try general(a, b)
            }
        case .multiply:
            if let k {
                return { executor, row in
                    let a = try x(executor, row)
                    if case .int(let i) = a { let (r, o) = i.multipliedReportingOverflow(by: k); if !o { return .int(r) } }
                    return try general(a, .int(k))
                }
            }
            return { executor, row in
                let a = try x(executor, row), b = try y(executor, row)
                if case .int(let i) = a, case .int(let j) = b { let (r, o) = i.multipliedReportingOverflow(by: j); if !o { return .int(r) } }
                if case .float(let u) = a, case .float(let v) = b { return .float(u * v) }
                return try general(a, b)
            }
        case .modulo:
            if let k, k != 0 {
                return { executor, row in
                    let a = try x(executor, row)
                    if case .int(let i) = a { return .int(i.remainderReportingOverflow(dividingBy: k).partialValue) }
                    return try general(a, .int(k))
                }
            }
            return { executor, row in
                let a = try x(executor, row), b = try y(executor, row)
                if case .int(let i) = a, case .int(let j) = b, j != 0 { return .int(i.remainderReportingOverflow(dividingBy: j).partialValue) }
                return try general(a, b)
            }
        default:
            return { executor, row in try general(try x(executor, row), try y(executor, row)) }
        }
    }

    /// For `x.key` of a bound entity: whether the entity has the property, read without copying
    /// its value (`IS NULL` and `IS NOT NULL` need no more). Nil for other expressions.
    static func propertyPresence(_ e: BoundExpression) -> (@Sendable (Executor, Row) throws -> Bool)? {
        guard case let .property(.slot(s), _, keyID?, _) = e else { return nil }
        return { executor, row in
            let graph = executor.graph
            switch row[s] {
            case .node(let n) where graph.isNodeAlive(n): return graph.nodeHasProperty(n, keyID)
            case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipHasProperty(r, keyID)
            default: return !(try executor.eval(e, row)).isNull
            }
        }
    }
}
