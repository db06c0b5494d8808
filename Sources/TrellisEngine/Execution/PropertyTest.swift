import TrellisCore
import TrellisGraph
import TrellisSyntax

/// A WHERE conjunct that reads one property of a scanned node and compares it with a value
/// fixed for the whole scan: `s.fsm > 30`, `r.measure = $measure`, `s.name CONTAINS 'Oak'`,
/// `m.until IS NULL`. A label scan tests such conjuncts on each member directly (see
/// ``MatchProgram``), without binding the row first.
struct PropertyTest: Sendable {
    enum Kind: Sendable {
        case comparison(BinaryOperator)
        case string(BinaryOperator)
        case isNull(negated: Bool)
    }

    let key: Int32
    let kind: Kind
    /// The fixed value, a constant or a parameter (nil for IS NULL).
    let operand: CompiledExpression.Closure?

    /// The test `filter` makes on the node in `slot`, if it is one of these shapes.
    init?(_ filter: BoundExpression, slot: Int) {
        func property(_ e: BoundExpression) -> Int32? {
            if case let .property(.slot(s), _, keyID?, _) = e, s == slot { return keyID }
            return nil
        }
        func fixed(_ e: BoundExpression) -> Bool {
            switch e {
            case .constant, .parameter: return true
            default: return false
            }
        }
        switch filter {
        case let .comparison(op, a, b):
            if let key = property(a), fixed(b) {
                (self.key, kind, operand) = (key, .comparison(op), CompiledExpression.closure(b))
            } else if let key = property(b), fixed(a), let mirrored = op.mirrored {
                (self.key, kind, operand) = (key, .comparison(mirrored), CompiledExpression.closure(a))
            } else {
                return nil
            }
        case let .stringPredicate(op, a, b, _):
            guard let key = property(a), fixed(b) else { return nil }
            (self.key, kind, operand) = (key, .string(op), CompiledExpression.closure(b))
        case let .isNull(a, negated):
            guard let key = property(a) else { return nil }
            (self.key, kind, operand) = (key, .isNull(negated: negated), nil)
        default:
            return nil
        }
    }

    /// Whether a test of `kind` holds for a property value (null when absent) against the fixed value.
    @inline(__always)
    static func holds(_ kind: Kind, _ value: Value, _ fixed: Value, _ executor: Executor) -> Bool {
        switch kind {
        case .comparison(.equal):
            return Value.equals(value, fixed) == true
        case .comparison(let op):
            if case .bool(true) = executor.compare(op, value, fixed) { return true }
            return false
        case .string(let op):
            guard case .string(let x) = value, case .string(let y) = fixed else { return false }
            return Executor.stringPredicate(op, x, y)
        case .isNull(let negated):
            return value.isNull != negated
        }
    }
}

extension PropertyTest {
    /// The test as a ``ScanPredicate`` on a column's scan layout, against the fixed value, when it
    /// has such a form (the layout leaves the cases it cannot decide to ``holds(_:_:_:_:)``).
    static func scanPredicate(_ kind: Kind, _ fixed: Value) -> ScanPredicate? {
        switch (kind, fixed) {
        case (.isNull(let negated), _):
            return .isNull(negated: negated)
        case let (.comparison(op), .int(y)):
            return op.scanComparison.map { .integer($0, y) }
        case let (.comparison(op), .date(y)):
            return op.scanComparison.map { .date($0, y.daysSinceEpoch) }
        case (.comparison(.equal), .string(var y)):
            return y.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } ? .asciiEqual(Array(utf8)) : nil }
        case (.string(let op), .string(let y)):
            let bytes = Array(y.utf8)
            switch op {
            case .startsWith: return .startsWith(bytes)
            case .endsWith: return .endsWith(bytes)
            case .contains: return .contains(bytes)
            default: return nil
            }
        default:
            return nil
        }
    }
}

extension BinaryOperator {
    var scanComparison: ScanPredicate.Comparison? {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`); nil for other operators.
    var mirrored: BinaryOperator? {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .greater: return .less
        case .lessOrEqual: return .greaterOrEqual
        case .greaterOrEqual: return .lessOrEqual
        default: return nil
        }
    }
}
