/// openCypher equality, comparability and orderability.
///
/// - ``Value/equals(_:_:)`` is the `=` operator: three-valued, `nil` meaning null.
/// - ``Value/compare(_:_:)`` is `<`, `<=`, `>`, `>=`: `nil` when the values are not comparable.
/// - ``Value/orderCompare(_:_:)`` is the total order used by ORDER BY, min and max.
/// - `Hashable`/`==` is *equivalence*, used by DISTINCT, grouping and `IN` lookups:
///   null is equivalent to null and `1` to `1.0`.
extension Value {
    public static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)): return numericEqual(x, y)
        case let (.float(x), .int(y)): return numericEqual(y, x)
        case let (.string(x), .string(y)): return x == y
        case let (.date(x), .date(y)): return x == y
        case let (.localTime(x), .localTime(y)): return x == y
        case let (.time(x), .time(y)): return x == y
        case let (.localDateTime(x), .localDateTime(y)): return x == y
        case let (.dateTime(x), .dateTime(y)): return x == y
        case let (.duration(x), .duration(y)): return x == y
        case let (.node(x), .node(y)): return x == y
        case let (.relationship(x), .relationship(y)): return x == y
        case let (.path(x), .path(y)): return x == y
        case let (.list(xs), .list(ys)):
            guard xs.count == ys.count else { return false }
            var sawNull = false
            for (x, y) in zip(xs, ys) {
                switch equals(x, y) {
                case .some(false): return false
                case nil: sawNull = true
                case .some(true): break
                }
            }
            return sawNull ? nil : true
        case let (.map(xs), .map(ys)):
            guard xs.count == ys.count else { return false }
            var sawNull = false
            for (k, x) in xs {
                guard let y = ys[k] else { return false }
                switch equals(x, y) {
                case .some(false): return false
                case nil: sawNull = true
                case .some(true): break
                }
            }
            return sawNull ? nil : true
        default: return false
        }
    }

    static func numericEqual(_ i: Int64, _ d: Double) -> Bool {
        guard d.isFinite, d == d.rounded(), d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return false }
        return Int64(d) == i
    }

    /// Numeric comparison of an integer with a float without losing precision.
    static func compareIntDouble(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d >= 9.223372036854775808e18 { return -1 }
        if d < -9.223372036854775808e18 { return 1 }
        let t = d.rounded(.towardZero)
        let ti = Int64(t)
        if i < ti { return -1 }
        if i > ti { return 1 }
        let frac = d - t
        return frac > 0 ? -1 : (frac < 0 ? 1 : 0)
    }

    /// The `<`-family comparison; `nil` when incomparable (including null or NaN).
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.float(x), .float(y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case let (.int(x), .float(y)): return compareIntDouble(x, y)
        case let (.float(x), .int(y)): return compareIntDouble(y, x).map { -$0 }
        case let (.string(x), .string(y)): return compareStrings(x, y)
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        case let (.date(x), .date(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.localTime(x), .localTime(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.time(x), .time(y)): return sign(x.utcNanoseconds, y.utcNanoseconds)
        case let (.localDateTime(x), .localDateTime(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.dateTime(x), .dateTime(y)):
            return x.epochSeconds != y.epochSeconds ? sign(x.epochSeconds, y.epochSeconds) : sign(x.nanosecond, y.nanosecond)
        case let (.list(xs), .list(ys)):
            for (x, y) in zip(xs, ys) {
                guard let c = compare(x, y) else { return nil }
                if c != 0 { return c }
            }
            return xs.count < ys.count ? -1 : (xs.count > ys.count ? 1 : 0)
        default: return nil
        }
    }

    private static func sign(_ x: Int64, _ y: Int64) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

    /// Order of durations for sorting: by average length, then part by part.
    private static func orderDurations(_ x: DurationValue, _ y: DurationValue) -> Int {
        let (lx, ly) = (x.averageLengthInSeconds, y.averageLengthInSeconds)
        if lx != ly { return lx < ly ? -1 : 1 }
        for (a, b) in [(x.months, y.months), (x.days, y.days), (x.seconds, y.seconds), (x.nanoseconds, y.nanoseconds)] where a != b {
            return a < b ? -1 : 1
        }
        return 0
    }

    /// Strings in the order of their code points (canonically equivalent strings are equal).
    ///
    /// UTF-8 keeps code point order byte for byte, so the bytes are compared, without decoding.
    /// Strings whose bytes differ may still be canonically equivalent (`é` and `e` + U+0301), but
    /// only if a byte that is not ASCII is involved: where the first differing bytes are both
    /// ASCII (two different starters, after the same bytes), or one string is a prefix of the
    /// other, the bytes decide; otherwise equivalence is asked of `==`.
    public static func compareStrings(_ x: String, _ y: String) -> Int {
        var byBytes: Int? = nil
        _ = x.utf8.withContiguousStorageIfAvailable { a in
            _ = y.utf8.withContiguousStorageIfAvailable { b in
                let n = min(a.count, b.count)
                var i = 0
                while i < n && a[i] == b[i] { i += 1 }
                if i == n {
                    byBytes = a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
                } else if a[i] < 0x80 && b[i] < 0x80 {
                    byBytes = a[i] < b[i] ? -1 : 1
                }
            }
        }
        if let byBytes { return byBytes }
        if x == y { return 0 }
        return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
    }

    /// Rank of a value's type in the global sort order (ascending).
    private var orderRank: Int {
        switch self {
        case .map: 0
        case .node: 1
        case .relationship: 2
        case .list: 3
        case .path: 4
        case .dateTime: 5
        case .localDateTime: 6
        case .date: 7
        case .time: 8
        case .localTime: 9
        case .duration: 10
        case .string: 11
        case .bool: 12
        case .int, .float: 13
        case .null: 14
        }
    }

    /// Total order for sorting: maps < nodes < relationships < lists < paths < datetimes
    /// < local datetimes < dates < times < local times < durations < strings < booleans
    /// < numbers (NaN last among them) < null. Values of one temporal type sort by instant
    /// (times and datetimes) or by time line; durations by their average length.
    public static func orderCompare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.string(x), .string(y)): return compareStrings(x, y)
        default: break
        }
        let ra = a.orderRank, rb = b.orderRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.null, .null): return 0
        case let (.float(x), .float(y)) where x.isNaN || y.isNaN:
            return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1)
        case let (.int(_), .float(y)) where y.isNaN: return -1
        case let (.float(x), .int(_)) where x.isNaN: return 1
        case (.int, _), (.float, _), (.string, _), (.bool, _), (.date, _), (.localTime, _), (.localDateTime, _):
            return compare(a, b) ?? 0
        case let (.time(x), .time(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.dateTime(x), .dateTime(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.duration(x), .duration(y)): return orderDurations(x, y)
        case let (.node(x), .node(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.relationship(x), .relationship(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.list(xs), .list(ys)):
            for (x, y) in zip(xs, ys) {
                let c = orderCompare(x, y)
                if c != 0 { return c }
            }
            return xs.count < ys.count ? -1 : (xs.count > ys.count ? 1 : 0)
        case let (.path(x), .path(y)):
            return orderCompare(.list(x.nodes.map { .node($0) }), .list(y.nodes.map { .node($0) })).nonZero
                ?? orderCompare(.list(x.relationships.map { .relationship($0) }), .list(y.relationships.map { .relationship($0) }))
        case let (.map(xs), .map(ys)):
            let kx = xs.keys.sorted(), ky = ys.keys.sorted()
            let c = orderCompare(.list(kx.map { .string($0) }), .list(ky.map { .string($0) }))
            if c != 0 { return c }
            for k in kx {
                let c = orderCompare(xs[k]!, ys[k]!)
                if c != 0 { return c }
            }
            return 0
        default: return 0
        }
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}

extension Value: Hashable {
    /// Equivalence: like `=`, but null is equivalent to null and NaN to NaN.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.list(xs), .list(ys)): return xs == ys
        case let (.map(xs), .map(ys)): return xs == ys
        default: return equals(a, b) ?? false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .null: h.combine(0)
        case .bool(let b): h.combine(1); h.combine(b)
        case .int(let i): h.combine(2); h.combine(i)
        case .float(let d):
            if Value.numericEqual(Int64(exactly: d) ?? 0, d), let i = Int64(exactly: d) {
                h.combine(2); h.combine(i)
            } else {
                h.combine(3); h.combine(d.isNaN ? Double.nan.bitPattern : d.bitPattern)
            }
        case .string(let s): h.combine(4); h.combine(s)
        case .list(let xs): h.combine(5); h.combine(xs)
        case .map(let m): h.combine(6); h.combine(m)
        case .date(let d): h.combine(7); h.combine(d)
        case .node(let n): h.combine(8); h.combine(n)
        case .relationship(let r): h.combine(9); h.combine(r)
        case .path(let p): h.combine(10); h.combine(p)
        case .localTime(let t): h.combine(11); h.combine(t)
        case .time(let t): h.combine(12); h.combine(t)
        case .localDateTime(let t): h.combine(13); h.combine(t)
        case .dateTime(let t): h.combine(14); h.combine(t)
        case .duration(let d): h.combine(15); h.combine(d)
        }
    }
}
