import TrellisCore

/// Running state of one aggregate function over one group.
///
/// A grouping makes one for every aggregate of every group, so it holds only what the aggregate
/// functions need: DISTINCT is decided before a value reaches it (by ``GroupTable``, for all
/// groups at once).
struct AggregateAccumulator {
    let kind: AggregateKind
    var count: Int64 = 0
    /// sum and avg: the integers' sum while it is exact and no float has come.
    var intSum: Int64 = 0
    /// sum and avg once a float has come (or avg's integers overflowed): every number so far,
    /// summed exactly, so that the result does not depend on the order of the rows.
    var floatSum = ExactSum()
    var sawFloat = false
    /// The least or greatest value so far (min and max).
    var extreme: Value? = nil
    /// The values so far (collect and the statistics).
    var values: [Value] = []

    init(kind: AggregateKind) {
        self.kind = kind
    }

    /// Adds one input value (not null, and new among its group's values for DISTINCT);
    /// `count(*)` passes `.bool(true)` for each row.
    mutating func add(_ v: Value) throws {
        switch kind {
        case .count: count += 1
        case .sum, .avg:
            count += 1
            switch v {
            case .int(let i):
                if sawFloat { floatSum.add(i) } else {
                    let (s, overflow) = intSum.addingReportingOverflow(i)
                    if overflow {
                        // sum() of integers is an integer and must be exact; avg() is a float anyway.
                        guard kind == .avg else { throw TrellisError(.arithmeticError, "IntegerOverflow", "integer overflow in sum()") }
                        sawFloat = true
                        floatSum.add(intSum)
                        floatSum.add(i)
                    } else {
                        intSum = s
                    }
                }
            case .float(let d):
                if !sawFloat {
                    sawFloat = true
                    floatSum.add(intSum)
                }
                floatSum.add(d)
            default:
                throw TrellisError.type("InvalidArgumentType", "\(kind.rawValue)() expects numbers, not \(v.typeName)")
            }
        case .min:
            if extreme == nil || Value.orderCompare(v, extreme!) < 0 { extreme = v }
        case .max:
            if extreme == nil || Value.orderCompare(v, extreme!) > 0 { extreme = v }
        case .collect:
            values.append(v)
        case .stDev, .stDevP, .percentileCont, .percentileDisc:
            switch v {
            case .int, .float: values.append(v)
            default: throw TrellisError.type("InvalidArgumentType", "\(kind.rawValue)() expects numbers, not \(v.typeName)")
            }
        }
    }

    /// Adds what `later` accumulated from rows that come after this one's, as if those rows had
    /// been added here one by one (how the pieces of an input split between threads are put back
    /// together). Not for DISTINCT aggregates, whose values must be sifted again.
    mutating func absorb(_ later: AggregateAccumulator) throws {
        switch kind {
        case .count: count += later.count
        case .sum, .avg:
            count += later.count
            if !sawFloat && !later.sawFloat {
                let (s, overflow) = intSum.addingReportingOverflow(later.intSum)
                if !overflow {
                    intSum = s
                    return
                }
                guard kind == .avg else { throw TrellisError(.arithmeticError, "IntegerOverflow", "integer overflow in sum()") }
            }
            if !sawFloat {
                sawFloat = true
                floatSum.add(intSum)
            }
            if later.sawFloat { floatSum.add(later.floatSum) } else { floatSum.add(later.intSum) }
        case .min:
            // (On a tie the earlier value stays, as it does row by row.)
            if let e = later.extreme, extreme == nil || Value.orderCompare(e, extreme!) < 0 { extreme = e }
        case .max:
            if let e = later.extreme, extreme == nil || Value.orderCompare(e, extreme!) > 0 { extreme = e }
        case .collect, .stDev, .stDevP, .percentileCont, .percentileDisc:
            values.append(contentsOf: later.values)
        }
    }

    func result(percentile: Value) throws -> Value {
        switch kind {
        case .count: return .int(count)
        case .sum: return sawFloat ? .float(floatSum.value) : .int(intSum)
        case .avg:
            // The correctly rounded sum over the count.
            if count == 0 { return .null }
            return .float((sawFloat ? floatSum.value : Double(intSum)) / Double(count))
        case .min, .max: return extreme ?? .null
        case .collect: return try ValueBounds.checkedNesting(.list(values), elements: values)
        case .stDev, .stDevP:
            let xs = values.map(Self.double)
            let n = Double(xs.count)
            if xs.count < (kind == .stDev ? 2 : 1) { return .float(0) }
            let mean = xs.reduce(0, +) / n
            let ss = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .float((ss / (kind == .stDev ? n - 1 : n)).squareRoot())
        case .percentileCont, .percentileDisc:
            let p: Double
            switch percentile {
            case .int(let i): p = Double(i)
            case .float(let d): p = d
            default: throw TrellisError.argument("InvalidArgumentValue", "the percentile must be a number between 0 and 1")
            }
            guard (0...1).contains(p) else {
                throw TrellisError.argument("NumberOutOfRange", "the percentile must be between 0.0 and 1.0, got \(p)")
            }
            if values.isEmpty { return .null }
            let sorted = values.sorted { Value.orderCompare($0, $1) < 0 }
            if kind == .percentileDisc {
                let idx = p == 0 ? 0 : Int((p * Double(sorted.count)).rounded(.up)) - 1
                return sorted[max(0, min(sorted.count - 1, idx))]
            }
            let pos = p * Double(sorted.count - 1)
            let lo = Int(pos.rounded(.down)), hi = Int(pos.rounded(.up))
            let a = Self.double(sorted[lo]), b = Self.double(sorted[hi])
            return .float(a + (b - a) * (pos - Double(lo)))
        }
    }

    static func double(_ v: Value) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return .nan
        }
    }
}
