import Synchronization
import TrellisCore

/// One property key's values over a run of entity ids: where ``PropertyGraph`` keeps its properties.
///
/// Queries read one property of many entities in turn (`s.fsm` for every school in a scan, the
/// results of a school one after another); read from here, they touch consecutive memory, and an
/// entity costs no allocation of its own for its properties.
///
/// A column whose values are all integers, all floats or all strings keeps them unboxed (8 bytes
/// a number, 16 a string, and a bit per id saying whether it has a value), rather than as
/// ``Value``s of 24 bytes; a value of another type turns the column into one of values.
public final class PropertyColumn: @unchecked Sendable {
    /// How the values are kept.
    enum Layout: UInt8 {
        /// As values in `values`, null where an id has none.
        case boxed
        /// As the bits of integers, or of floats, in `bits`, with `present`.
        case integers, floats
        /// As strings in `texts` (empty where an id has none), with `present`.
        case strings
    }

    /// The first id the column covers.
    private var base = 0
    @exclusivity(unchecked) private var layout = Layout.boxed
    /// The values of ids `base ..< base + count`, by layout (the others are empty).
    @exclusivity(unchecked) private var values: [Value] = []
    @exclusivity(unchecked) private var bits: [UInt64] = []
    @exclusivity(unchecked) private var texts: [String] = []
    /// For the unboxed layouts, a bit per id from `base`: whether it has a value. Bits past the
    /// end of the column are clear.
    @exclusivity(unchecked) private var present: [UInt64] = []
    /// The values laid out for scans, made when first asked for and dropped by any change (the
    /// lock only guards readers making it at once: changes happen with no reader about).
    private let scanForm = Mutex<ScanColumn?>(nil)
    /// Whether `scanForm` may hold a layout: set by the reader that makes one, read by changes
    /// (which run with no reader about), so that a change to a column never scanned takes no lock.
    private let mayHaveScanForm = Atomic<Bool>(false)
    /// The decoding of a column loaded still encoded (see ``init(base:decode:whenDecoded:)``); nil
    /// for any other.
    private let decoding: DeferredWork<[Value]>?
    /// Called once the values of a column loaded still encoded are in.
    private let whenDecoded: (@Sendable () -> Void)?

    init() {
        decoding = nil
        whenDecoded = nil
    }

    /// A column holding `values` for ids from `base` on.
    init(base: Int, values: [Value]) {
        self.base = base
        decoding = nil
        whenDecoded = nil
        adopt(values)
    }

    /// A column of ids from `base` on whose values `decode` gives when the column is first used
    /// (read or changed) or ``decodeIfNeeded()`` is called, once, on whichever thread gets there
    /// first; `whenDecoded` is called then. Until then the column holds only what `decode` needs.
    /// The first and last value must not be null.
    init(base: Int, decode: @escaping @Sendable () -> [Value], whenDecoded: @escaping @Sendable () -> Void) {
        self.base = base
        decoding = DeferredWork(decode)
        self.whenDecoded = whenDecoded
    }

    /// Whether the column was loaded still encoded and nothing has used it since.
    var isEncoded: Bool { decoding.map { !$0.isDone } ?? false }

    /// Makes sure the values are in: every access to them comes after it, but for
    /// ``decodedValue(_:)`` and ``decodedHas(_:)``, whose callers know it is decoded.
    @inline(__always) func decodeIfNeeded() {
        decoding?.runIfNeeded { decoded in
            adopt(decoded)
            whenDecoded?()
        }
    }

    /// Keeps `all` (the values of ids from `base` on, null where none) in the layout that suits them.
    private func adopt(_ all: [Value]) {
        var kind: Layout? = nil
        for v in all {
            let k: Layout
            switch v {
            case .null: continue
            case .int: k = .integers
            case .float: k = .floats
            case .string: k = .strings
            default: k = .boxed
            }
            if kind == nil { kind = k } else if kind != k { kind = .boxed }
            if kind == .boxed { break }
        }
        values = []
        bits = []
        texts = []
        present = []
        layout = kind ?? .boxed
        switch layout {
        case .boxed:
            values = all
        case .integers, .floats:
            bits.reserveCapacity(all.count)
            for v in all {
                switch v {
                case .int(let x): bits.append(UInt64(bitPattern: x))
                case .float(let d): bits.append(d.bitPattern)
                default: bits.append(0)
                }
            }
            present = Self.bitmap(all)
        case .strings:
            texts.reserveCapacity(all.count)
            for v in all {
                if case .string(let s) = v { texts.append(s) } else { texts.append("") }
            }
            present = Self.bitmap(all)
        }
    }

    private static func bitmap(_ all: [Value]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: (all.count + 63) / 64)
        for (i, v) in all.enumerated() where !v.isNull { words[i >> 6] |= 1 << UInt64(i & 63) }
        return words
    }

    /// How many ids from `base` the column covers.
    private var count: Int {
        switch layout {
        case .boxed: return values.count
        case .integers, .floats: return bits.count
        case .strings: return texts.count
        }
    }

    /// The value of entity `id`, nil when it has none; decodes the column first if need be.
    subscript(id: Int) -> Value? {
        decodeIfNeeded()
        return decodedValue(id)
    }

    /// Whether entity `id` has a value, without copying it; decodes the column first if need be.
    func has(_ id: Int) -> Bool {
        decodeIfNeeded()
        return decodedHas(id)
    }

    /// Whether the id at offset `i` (within the column) has a value, in an unboxed layout.
    @inline(__always) private func isPresent(_ i: Int) -> Bool {
        present.withUnsafeBufferPointer { $0[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    }

    /// The value of entity `id`, nil when it has none, from a column known to be decoded. This is
    /// the path of every property read a query makes: any call here, even one not taken, makes
    /// the compiler retain the column and its values on every read.
    @inline(__always) func decodedValue(_ id: Int) -> Value? {
        let i = id &- base
        switch layout {
        case .boxed:
            return values.withUnsafeBufferPointer { v -> Value? in
                guard i >= 0 && i < v.count else { return nil }
                switch v[i] {
                case .null: return nil
                case let x: return x
                }
            }
        case .integers:
            return bits.withUnsafeBufferPointer { b -> Value? in
                guard i >= 0 && i < b.count && isPresent(i) else { return nil }
                return .int(Int64(bitPattern: b[i]))
            }
        case .floats:
            return bits.withUnsafeBufferPointer { b -> Value? in
                guard i >= 0 && i < b.count && isPresent(i) else { return nil }
                return .float(Double(bitPattern: b[i]))
            }
        case .strings:
            return texts.withUnsafeBufferPointer { t -> Value? in
                guard i >= 0 && i < t.count && isPresent(i) else { return nil }
                return .string(t[i])
            }
        }
    }

    /// Whether entity `id` has a value, from a column known to be decoded (see ``decodedValue(_:)``).
    @inline(__always) func decodedHas(_ id: Int) -> Bool {
        let i = id &- base
        guard i >= 0 && i < count else { return false }
        if layout != .boxed { return isPresent(i) }
        return values.withUnsafeBufferPointer { v -> Bool in
            if case .null = v[i] { return false }
            return true
        }
    }

    /// The value at offset `i` (within the column), null when none.
    private func value(at i: Int) -> Value {
        switch layout {
        case .boxed: return values[i]
        case .integers: return isPresent(i) ? .int(Int64(bitPattern: bits[i])) : .null
        case .floats: return isPresent(i) ? .float(Double(bitPattern: bits[i])) : .null
        case .strings: return isPresent(i) ? .string(texts[i]) : .null
        }
    }

    /// The values laid out for tests over many entities.
    var scanColumn: ScanColumn {
        decodeIfNeeded()
        return scanForm.withLock { form in
            if let form { return form }
            let made = ScanColumn(base: base, values: (0..<count).map(value(at:)))
            form = made
            mayHaveScanForm.store(true, ordering: .relaxed)
            return made
        }
    }

    /// Whether `value` can be kept in the column's layout as it is.
    private func fits(_ value: Value) -> Bool {
        switch (layout, value) {
        case (.boxed, _), (.integers, .int), (.floats, .float), (.strings, .string): return true
        default: return false
        }
    }

    /// Sets entity `id`'s value; nil (or null) removes it.
    func set(_ id: Int, _ value: Value?) {
        decodeIfNeeded()
        dropScanForm()
        guard let value, !value.isNull else { return remove(id) }
        if count == 0 {
            // The first value decides the layout.
            base = id
            adopt([value])
            return
        }
        if !fits(value) {
            // A value of another type: the column keeps values from now on.
            let all = (0..<count).map(value(at:))
            bits = []
            texts = []
            present = []
            layout = .boxed
            values = all
        }
        if id < base {
            // Grow downwards as much again as the column holds, so that ids set in descending
            // order do not move the whole column every time.
            let newBase = max(0, min(id, base - count))
            insertAbsent(base - newBase)
            base = newBase
        }
        let i = id - base
        if i >= count { appendAbsent(i - count + 1) }
        switch (layout, value) {
        case (.boxed, _): values[i] = value
        case (.integers, .int(let x)): bits[i] = UInt64(bitPattern: x)
        case (.floats, .float(let d)): bits[i] = d.bitPattern
        case (.strings, .string(let s)): texts[i] = s
        default: preconditionFailure("a value the column's layout cannot keep")
        }
        if layout != .boxed { present[i >> 6] |= 1 << UInt64(i & 63) }
    }

    /// Adds `n` ids without values after the last.
    private func appendAbsent(_ n: Int) {
        switch layout {
        case .boxed: values.append(contentsOf: repeatElement(Value.null, count: n))
        case .integers, .floats: bits.append(contentsOf: repeatElement(0, count: n))
        case .strings: texts.append(contentsOf: repeatElement("", count: n))
        }
        let words = (count + 63) / 64
        if present.count < words && layout != .boxed { present.append(contentsOf: repeatElement(0, count: words - present.count)) }
    }

    /// Adds `n` ids without values before the first.
    private func insertAbsent(_ n: Int) {
        guard n > 0 else { return }
        let old = count
        switch layout {
        case .boxed:
            values.insert(contentsOf: repeatElement(Value.null, count: n), at: 0)
            return
        case .integers, .floats: bits.insert(contentsOf: repeatElement(0, count: n), at: 0)
        case .strings: texts.insert(contentsOf: repeatElement("", count: n), at: 0)
        }
        var shifted = [UInt64](repeating: 0, count: (old + n + 63) / 64)
        for i in 0..<old where isPresent(i) { shifted[(i + n) >> 6] |= 1 << UInt64((i + n) & 63) }
        present = shifted
    }

    private func dropScanForm() {
        if mayHaveScanForm.load(ordering: .relaxed) {
            scanForm.withLock { $0 = nil }
            mayHaveScanForm.store(false, ordering: .relaxed)
        }
    }

    /// Removes entity `id`'s value (called by ``set(_:_:)``, which has decoded the column).
    private func remove(_ id: Int) {
        let i = id - base
        guard i >= 0 && i < count else { return }
        clear(i)
        // Ids taken back by a rollback are the last ones: the column shrinks with them.
        dropTrailingAbsent()
    }

    /// Takes the value at offset `i` away.
    private func clear(_ i: Int) {
        switch layout {
        case .boxed: values[i] = .null
        case .integers, .floats:
            bits[i] = 0
            present[i >> 6] &= ~(1 << UInt64(i & 63))
        case .strings:
            texts[i] = ""
            present[i >> 6] &= ~(1 << UInt64(i & 63))
        }
    }

    /// Forgets the values of ids `id` and above (taken back by a rollback of their creation).
    func truncate(from id: Int) {
        decodeIfNeeded()
        guard id - base < count else { return }
        dropScanForm()
        let keep = max(0, id - base)
        for i in keep..<count where layout != .boxed { clear(i) }
        switch layout {
        case .boxed: values.removeSubrange(keep...)
        case .integers, .floats: bits.removeSubrange(keep...)
        case .strings: texts.removeSubrange(keep...)
        }
        dropTrailingAbsent()
    }

    private func dropTrailingAbsent() {
        var n = count
        while n > 0 && value(at: n - 1).isNull { n -= 1 }
        switch layout {
        case .boxed: values.removeSubrange(n...)
        case .integers, .floats: bits.removeSubrange(n...)
        case .strings: texts.removeSubrange(n...)
        }
        if layout != .boxed { present.removeSubrange(((n + 63) / 64)...) }
        if n == 0 {
            base = 0
            adopt([])
        }
    }

    /// The ids from the first to the last for which `counts` holds and that have a value; nil
    /// when there is none.
    func extent(counting counts: (Int) -> Bool) -> Range<Int>? {
        decodeIfNeeded()
        let indices = 0..<count
        guard let first = indices.first(where: { decodedHas($0 + base) && counts($0 + base) }),
              let last = indices.last(where: { decodedHas($0 + base) && counts($0 + base) }) else { return nil }
        return (first + base)..<(last + base + 1)
    }

    /// Calls `body` with each id that has a value, and the value, ascending.
    func forEachValue(_ body: (Int, Value) throws -> Void) rethrows {
        decodeIfNeeded()
        for i in 0..<count {
            let v = value(at: i)
            if !v.isNull { try body(i + base, v) }
        }
    }
}
