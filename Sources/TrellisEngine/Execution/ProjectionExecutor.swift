import TrellisCore
import TrellisSyntax

extension Executor {
    /// RETURN / WITH: evaluate items (grouping when aggregating), DISTINCT, ORDER BY, SKIP, LIMIT.
    ///
    /// The rows are handed over: each is changed in place when it is the only reference to its
    /// values (see ``projectRow(_:_:)``).
    func project(_ plan: ProjectionPlan, _ rows: consuming [Row]) throws -> [Row] {
        if plan.isAggregating {
            var groups = GroupTable(plan, readsOnly: readsOnly)
            for row in rows {
                try tick()
                try groups.add(row, self)
            }
            return try finishProjection(plan, try groups.takeRows(self))
        }
        if !plan.compiled.writes.isEmpty {
            for i in rows.indices {
                try tick()
                try projectRow(plan, &rows[i])
            }
        }
        return try finishProjection(plan, rows)
    }

    /// DISTINCT, ORDER BY, SKIP and LIMIT over a projection's evaluated rows.
    func finishProjection(_ plan: ProjectionPlan, _ projected: [Row]) throws -> [Row] {
        var out = projected
        if plan.distinct {
            var seen = Set<[Value]>()
            out = out.filter { r in seen.insert(plan.items.map { r[$0.slot] }).inserted }
        }
        let skip = try plan.compiled.skip.map { try rowCount($0, "SKIP", plan.skipRange) } ?? 0
        let limit = try plan.compiled.limit.map { try rowCount($0, "LIMIT", plan.limitRange) }
        if !plan.orderBy.isEmpty {
            out = try sort(out, plan, keep: limit.map { skip + $0 })
        }
        if skip > 0 { out = skip >= out.count ? [] : Array(out[skip...]) }
        if let limit, limit < out.count { out = Array(out[..<limit]) }
        return out
    }

    /// The value of SKIP or LIMIT (which reads no variables).
    func rowCount(_ value: CompiledExpression.Operand, _ what: String, _ range: SourceRange?) throws -> Int {
        switch try value(self, []) {
        case .int(let i) where i >= 0: return Int(min(i, Int64(Int32.max)))
        case .int(let i):
            throw TrellisError(.syntaxError, "NegativeIntegerArgument", "\(what) must be a non-negative integer, got \(i)", at: range, phase: .runtime)
        case let v:
            throw TrellisError(.syntaxError, "InvalidArgumentType", "\(what) must be an integer, got \(v.typeName)", at: range, phase: .runtime)
        }
    }

    /// Stable sort by the ORDER BY keys; with `keep`, only the first `keep` rows are needed.
    ///
    /// The keys are computed once per row, by the compiled closures, into ``SortKeys``. When
    /// fewer rows are kept than come in, a binary heap holds the best `keep` so far (the worst of
    /// them on top, so that most rows are turned away by one comparison with it), and only those
    /// are sorted at the end. Ties keep the input order in both ways, so the answer is that of
    /// the full sort.
    func sort(_ rows: [Row], _ plan: ProjectionPlan, keep: Int?) throws -> [Row] {
        let closures = plan.compiled.orderKeys
        var values: [Value] = []
        values.reserveCapacity(rows.count * closures.count)
        for r in rows {
            try tick()
            for key in closures { values.append(try key(self, r)) }
        }
        let keys = SortKeys(values, width: closures.count, ascending: plan.orderBy.map(\.ascending))
        // A sort of many rows is a long step of its own, and a comparison that throws (or that
        // counts) makes it much slower: a comparison only looks at the stop signal, and once it
        // is set says "not less", so that the sort ends quickly; the reason is thrown after it.
        let stop = self.stop
        if rows.count > 1024 { watch() }
        let kept = min(keep ?? rows.count, rows.count)
        let order: [Int] = keys.withComparison(stop: stop) { less in
            if kept >= rows.count {
                var all = Array(rows.indices)
                all.sort(by: less)
                return all
            }
            var heap = BoundedHeap(capacity: kept)
            for i in rows.indices { heap.offer(i, before: less) }
            return heap.sorted(by: less)
        }
        if stop.isSet { try checkCancelled() }
        return order.map { rows[$0] }
    }
}

/// The ORDER BY keys of a set of rows, row after row, kept also in the form that compares
/// fastest: a key that is an integer in every row as that integer, and one that is a string in
/// every row as its UTF-8 bytes in one buffer for all rows, with the first 8 bytes also as a
/// number, which decides most comparisons at once. Comparing bytes in place copies no string,
/// so a comparison retains and releases nothing; bytes order strings as
/// ``Value/compareStrings(_:_:)`` does up to the first byte that differs, and when that byte is
/// not ASCII in both the strings themselves are compared.
struct SortKeys {
    private enum Kind { case integer, string, value }

    private let values: [Value]
    private let width: Int
    private let ascending: [Bool]
    private let kinds: [Kind]
    /// For integer keys the integer, for string keys the first 8 bytes, row after row (0 for others).
    private let numbers: [UInt64]
    /// The bytes of every string key, one after another, and where each value's bytes start
    /// (`starts[i] ..< starts[i] + lengths[i]`; both 0 for a key that is not a string).
    private let bytes: [UInt8]
    private let starts: [Int]
    private let lengths: [Int]

    init(_ values: [Value], width: Int, ascending: [Bool]) {
        self.values = values
        self.width = width
        self.ascending = ascending
        var kinds: [Kind] = Array(repeating: .integer, count: width)
        var allStrings = Array(repeating: true, count: width)
        for (i, v) in values.enumerated() {
            let j = i % width
            switch v {
            case .int: allStrings[j] = false
            case .string: if kinds[j] == .integer { kinds[j] = .string }
            default: kinds[j] = .value
            }
            if case .string = v {} else { allStrings[j] = false }
        }
        for j in 0..<width where kinds[j] == .string && !allStrings[j] { kinds[j] = .value }
        var numbers: [UInt64] = []
        var bytes: [UInt8] = [], starts: [Int] = [], lengths: [Int] = []
        if kinds.contains(where: { $0 != .value }) {
            numbers = Array(repeating: 0, count: values.count)
            if kinds.contains(.string) {
                starts = Array(repeating: 0, count: values.count)
                lengths = Array(repeating: 0, count: values.count)
            }
            for (i, v) in values.enumerated() {
                switch (kinds[i % width], v) {
                case let (.integer, .int(n)): numbers[i] = UInt64(bitPattern: n)
                case (.string, .string(var s)):
                    starts[i] = bytes.count
                    s.withUTF8 { utf8 in
                        bytes.append(contentsOf: utf8)
                        lengths[i] = utf8.count
                        numbers[i] = Self.prefix(utf8)
                    }
                default: break
                }
            }
        }
        self.kinds = kinds
        self.numbers = numbers
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
    }

    /// A string's first 8 UTF-8 bytes, the first as the highest (zeros past its end).
    private static func prefix(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        for k in 0..<min(8, utf8.count) { p |= UInt64(utf8[k]) << UInt64(56 - 8 * k) }
        return p
    }

    /// Calls `body` with the "comes before" function of rows `a` and `b` (by number): by the
    /// keys in order, then by number. Once `stop` is set every answer is "no".
    func withComparison<T>(stop: StopSignal, _ body: ((Int, Int) -> Bool) -> T) -> T {
        values.withUnsafeBufferPointer { values in
            numbers.withUnsafeBufferPointer { numbers in
                kinds.withUnsafeBufferPointer { kinds in
                    ascending.withUnsafeBufferPointer { ascending in
                        bytes.withUnsafeBufferPointer { bytes in
                            starts.withUnsafeBufferPointer { starts in
                                lengths.withUnsafeBufferPointer { lengths in
                                    let width = self.width
                                    func less(_ a: Int, _ b: Int) -> Bool {
                                        if stop.isSet { return false }
                                        var i = a * width, j = b * width
                                        for k in 0..<width {
                                            let c: Int
                                            switch kinds[k] {
                                            case .integer:
                                                let x = Int64(bitPattern: numbers[i]), y = Int64(bitPattern: numbers[j])
                                                c = x < y ? -1 : (x > y ? 1 : 0)
                                            case .string:
                                                c = Self.compareBytes(numbers[i], numbers[j], bytes, starts[i], lengths[i],
                                                                      starts[j], lengths[j]) ?? Value.orderCompare(values[i], values[j])
                                            case .value:
                                                c = Value.orderCompare(values[i], values[j])
                                            }
                                            if c != 0 { return ascending[k] ? c < 0 : c > 0 }
                                            i += 1
                                            j += 1
                                        }
                                        return a < b
                                    }
                                    return body(less)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Two strings by their bytes (`p`, `q` their first 8): the order of the first byte that
    /// differs when it is ASCII in both, the shorter first when one is the start of the other,
    /// nil when a byte that differs is not ASCII (the strings themselves must then be compared).
    @inline(__always)
    private static func compareBytes(_ p: UInt64, _ q: UInt64, _ bytes: UnsafeBufferPointer<UInt8>,
                                     _ x: Int, _ m: Int, _ y: Int, _ n: Int) -> Int? {
        if p != q {
            let shift = UInt64(56 - ((p ^ q).leadingZeroBitCount / 8) * 8)
            let u = (p >> shift) & 0xFF, v = (q >> shift) & 0xFF
            // (A string that ends first reads as zeros there: it comes first, as it should.)
            if u & 0x80 == 0 && v & 0x80 == 0 { return u < v ? -1 : 1 }
        }
        let common = min(m, n)
        var k = 0
        while k < common && bytes[x + k] == bytes[y + k] { k += 1 }
        if k == common { return m < n ? -1 : (m > n ? 1 : 0) }
        let u = bytes[x + k], v = bytes[y + k]
        return u < 0x80 && v < 0x80 ? (u < v ? -1 : 1) : nil
    }
}

/// The first `capacity` of a stream of row numbers in an order given by a "less" function: a
/// binary max-heap whose top is the last of those kept, so that a row that does not come before
/// it is turned away at once.
struct BoundedHeap {
    let capacity: Int
    private(set) var items: [Int] = []

    init(capacity: Int) {
        self.capacity = capacity
        items.reserveCapacity(capacity)
    }

    /// Keeps `item` if it is among the first `capacity` so far.
    @inline(__always)
    mutating func offer(_ item: Int, before less: (Int, Int) -> Bool) {
        if items.count < capacity {
            items.append(item)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard less(items[parent], items[child]) else { break }
                items.swapAt(parent, child)
                child = parent
            }
        } else if capacity > 0 && less(item, items[0]) {
            items[0] = item
            var parent = 0
            while true {
                let left = 2 * parent + 1
                if left >= items.count { break }
                var largest = left
                if left + 1 < items.count && less(items[left], items[left + 1]) { largest = left + 1 }
                guard less(items[parent], items[largest]) else { break }
                items.swapAt(parent, largest)
                parent = largest
            }
        }
    }

    /// The kept items, first first.
    func sorted(by less: (Int, Int) -> Bool) -> [Int] {
        items.sorted(by: less)
    }
}
