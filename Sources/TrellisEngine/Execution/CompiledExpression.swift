import TrellisCore
import TrellisGraph
import TrellisSyntax

/// An expression built once, when the plan is made, into nested closures that compute it for a
/// row: the one way expressions are evaluated.
///
/// Walking a ``BoundExpression`` for every row would copy its indirect cases out of their boxes,
/// a retain and a release each; a closure built from it holds its operands' closures and calls
/// them directly. Every form is built here, by family: values, properties, logic, comparisons,
/// arithmetic, strings, functions and CASE in this file; lists, maps and the expressions that
/// loop over a list in `CompiledExpression+Lists.swift`; labels, graph functions and patterns
/// in `CompiledExpression+Graph.swift`. The operations on values themselves (three-valued
/// logic, comparison, IN, element access) are ``Executor``'s.
///
/// Integers take a short way through comparisons and arithmetic, a variable or a constant
/// operand is read in place rather than through a closure of its own (``Operand``), and the
/// property of a live node or relationship is read by its key in one place
/// (``readProperty(_:_:_:_:)``).
package final class CompiledExpression: Sendable {
    typealias Closure = @Sendable (Executor, Row) throws -> Value

    package let expression: BoundExpression
    let evaluate: Closure

    package init(_ expression: BoundExpression) {
        self.expression = expression
        evaluate = Self.closure(expression)
    }

    /// The value of the expression for `row`.
    @inline(__always)
    func callAsFunction(_ executor: Executor, _ row: Row) throws -> Value {
        try evaluate(executor, row)
    }

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

    /// The value of `e` for a row, with openCypher's null semantics.
    static func closure(_ e: BoundExpression) -> Closure {
        switch e {
        case .constant(let v):
            return { _, _ in v }
        case .parameter(let name):
            return { executor, _ in
                guard let v = executor.parameters[name] else {
                    throw TrellisError(.parameterMissing, "MissingParameter", "expected a value for parameter $\(name)")
                }
                return v
            }
        case .slot(let s):
            return { _, row in row[s] }
        case let .property(subject, key, keyID, range):
            return property(subject, key, keyID, range)
        case let .index(a, b, range):
            let x = closure(a), y = closure(b)
            return { executor, row in try executor.index(try x(executor, row), try y(executor, row), range) }
        case let .slice(a, lo, hi, range):
            return slice(a, lo, hi, range)
        case .list(let items):
            return list(items)
        case let .map(keys, values):
            return map(keys, values)
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
        case let .xor(a, b):
            let x = closure(a), y = closure(b)
            return { executor, row in
                let p = try executor.truth(try x(executor, row)), q = try executor.truth(try y(executor, row))
                guard let p, let q else { return .null }
                return .bool(p != q)
            }
        case let .comparison(op, a, b):
            return comparison(op, a, b)
        case let .arithmetic(op, a, b, range):
            return arithmetic(op, Operand(a), Operand(b), range)
        case let .negate(a, range):
            let x = closure(a)
            return { executor, row in
                let v = try x(executor, row)
                if case .int(let i) = v, i != .min { return .int(-i) }
                do { return try Arithmetic.negate(v) } catch let error as TrellisError { throw error.located(range) }
            }
        case let .unaryPlus(a, range):
            let x = closure(a)
            return { executor, row in
                let v = try x(executor, row)
                switch v {
                case .null, .int, .float: return v
                default: throw TrellisError.type("InvalidArgumentType", "unary + expects a number, not \(v.typeName)", at: range)
                }
            }
        case let .stringPredicate(op, a, b, _):
            let x = closure(a), y = closure(b)
            return { executor, row in
                guard case .string(let s) = try x(executor, row), case .string(let t) = try y(executor, row) else { return .null }
                return .bool(Executor.stringPredicate(op, s, t))
            }
        case let .regexMatch(a, b, range):
            let x = closure(a), y = closure(b)
            return { executor, row in
                guard case .string(let s) = try x(executor, row), case .string(let pattern) = try y(executor, row) else { return .null }
                return .bool(try executor.regexMatches(s, pattern, range))
            }
        case let .inList(a, b, range):
            let x = closure(a), y = closure(b)
            return { executor, row in try executor.inList(try x(executor, row), try y(executor, row), range) }
        case let .isNull(a, negated):
            if let present = propertyPresence(a) {
                return { executor, row in .bool(try present(executor, row) == negated) }
            }
            let x = closure(a)
            return { executor, row in .bool(try x(executor, row).isNull != negated) }
        case let .hasLabels(a, labels, range):
            return hasLabels(a, labels, range)
        case let .scalarFunction(f, args, range):
            return scalarFunction(f, args, range)
        case let .graphFunction(g, args, range):
            return graphFunction(g, args, range)
        case let .caseExpression(subject, whens, thens, otherwise):
            return caseExpression(subject, whens, thens, otherwise)
        case let .listComprehension(slot, source, predicate, projection, range):
            return listComprehension(slot, source, predicate, projection, range)
        case let .quantified(q, slot, source, predicate, range):
            return quantified(q, slot, source, predicate, range)
        case let .reduce(accumulator, initial, slot, source, expression, range):
            return reduce(accumulator, initial, slot, source, expression, range)
        case let .patternComprehension(plan, projection):
            return patternComprehension(plan, projection)
        case .exists(let plan):
            return exists(plan)
        case .existsQuery(let parts):
            return existsQuery(parts)
        case let .mapProjection(subject, items, range):
            return mapProjection(subject, items, range)
        }
    }

    // MARK: - Properties

    /// `subject.key`: a node's or relationship's property, a map's entry, a temporal field.
    private static func property(_ subject: BoundExpression, _ key: String, _ keyID: Int32?, _ range: SourceRange) -> Closure {
        guard let keyID else {
            // The key did not exist when the plan was made: it is looked up by name.
            let x = Operand(subject)
            return { executor, row in try executor.property(of: try x(executor, row), key, range) }
        }
        let name = PropertyName(key: key, range: range)
        if case .slot(let s) = subject {
            return { executor, row in try readProperty(executor, row[s], keyID, name) }
        }
        let x = closure(subject)
        return { executor, row in try readProperty(executor, try x(executor, row), keyID, name) }
    }

    /// A property's name and where it is read, which only a read that does not go by the key
    /// needs: held by reference, so that the closures of property reads stay small.
    final class PropertyName: Sendable {
        let key: String
        let range: SourceRange

        init(key: String, range: SourceRange) {
            self.key = key
            self.range = range
        }
    }

    /// The property `keyID` of `subject`: read by its key when `subject` is a live node or
    /// relationship, else by its name as ``Executor/property(of:_:_:)`` reads it (with its errors).
    @inline(__always)
    static func readProperty(_ executor: Executor, _ subject: Value, _ keyID: Int32, _ name: PropertyName) throws -> Value {
        let graph = executor.graph
        switch subject {
        case .node(let n) where graph.isNodeAlive(n): return graph.nodeProperty(n, keyID) ?? .null
        case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipProperty(r, keyID) ?? .null
        default: return try executor.property(of: subject, name.key, name.range)
        }
    }

    /// For `x.key` of a bound entity: whether the entity has the property, read without copying
    /// its value (`IS NULL` and `IS NOT NULL` need no more). Nil for other expressions.
    static func propertyPresence(_ e: BoundExpression) -> (@Sendable (Executor, Row) throws -> Bool)? {
        guard case let .property(.slot(s), key, keyID?, range) = e else { return nil }
        let name = PropertyName(key: key, range: range)
        return { executor, row in
            let graph = executor.graph
            switch row[s] {
            case .node(let n) where graph.isNodeAlive(n): return graph.nodeHasProperty(n, keyID)
            case .relationship(let r) where graph.isRelationshipAlive(r): return graph.relationshipHasProperty(r, keyID)
            case let v: return !(try executor.property(of: v, name.key, name.range)).isNull
            }
        }
    }

    // MARK: - Comparisons

    private static func comparison(_ op: BinaryOperator, _ a: BoundExpression, _ b: BoundExpression) -> Closure {
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

    // MARK: - Arithmetic

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

    // MARK: - Functions and CASE

    // (Operands are kept in arrays as ``Operand``s rather than closures: a closure in an array is
    // called through a conversion of its own.)

    private static func scalarFunction(_ f: ScalarFunction, _ args: [BoundExpression], _ range: SourceRange) -> Closure {
        let body = f.body
        if args.count == 1 {
            let x = Operand(args[0])
            return { executor, row in
                let values = [try x(executor, row)]
                do { return try body(values) } catch let error as TrellisError { throw error.located(range) }
            }
        }
        let xs = args.map(Operand.init)
        return { executor, row in
            var values: [Value] = []
            values.reserveCapacity(xs.count)
            for x in xs { values.append(try x(executor, row)) }
            do { return try body(values) } catch let error as TrellisError { throw error.located(range) }
        }
    }

    private static func caseExpression(_ subject: BoundExpression?, _ whens: [BoundExpression], _ thens: [BoundExpression],
                                       _ otherwise: BoundExpression?) -> Closure {
        let ws = whens.map(Operand.init), ts = thens.map(Operand.init), o = otherwise.map(Operand.init)
        if let subject {
            let s = Operand(subject)
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
    }
}
