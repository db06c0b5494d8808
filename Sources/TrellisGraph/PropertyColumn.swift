import Synchronization
import TrellisCore

/// One property key's values over a run of entity ids: where ``PropertyGraph`` keeps its properties.
///
/// Queries read one property of many entities in turn (`s.fsm` for every school in a scan, the
/// results of a school one after another); read from here, they touch consecutive memory, and an
/// entity costs no allocation of its own for its properties.
public final class PropertyColumn: @unchecked Sendable {
    /// The first id the column covers.
    private var base = 0
    /// The values of ids `base ..< base + values.count`: null where the entity has no such property.
    @exclusivity(unchecked) private var values: [Value] = []
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
        self.values = values
        decoding = nil
        whenDecoded = nil
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

    /// Makes sure `values` holds the column: every access to `values` comes after it, but for
    /// ``decodedValue(_:)`` and ``decodedHas(_:)``, whose callers know it is decoded.
    @inline(__always) func decodeIfNeeded() {
        decoding?.runIfNeeded { decoded in
            values = decoded
            whenDecoded?()
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

    /// The value of entity `id`, nil when it has none, from a column known to be decoded. This is
    /// the path of every property read a query makes: any check or call here, even one not taken,
    /// makes the compiler retain the column and its values on every read.
    @inline(__always) func decodedValue(_ id: Int) -> Value? {
        let i = id &- base
        return values.withUnsafeBufferPointer { v -> Value? in
            guard i >= 0 && i < v.count else { return nil }
            switch v[i] {
            case .null: return nil
            case let x: return x
            }
        }
    }

    /// Whether entity `id` has a value, from a column known to be decoded (see ``decodedValue(_:)``).
    @inline(__always) func decodedHas(_ id: Int) -> Bool {
        let i = id &- base
        return values.withUnsafeBufferPointer { v -> Bool in
            guard i >= 0 && i < v.count else { return false }
            if case .null = v[i] { return false }
            return true
        }
    }

    /// The values laid out for tests over many entities.
    var scanColumn: ScanColumn {
        decodeIfNeeded()
        return scanForm.withLock { form in
            if let form { return form }
            let made = ScanColumn(base: base, values: values)
            form = made
            mayHaveScanForm.store(true, ordering: .relaxed)
            return made
        }
    }

    /// Sets entity `id`'s value; nil (or null) removes it.
    func set(_ id: Int, _ value: Value?) {
        decodeIfNeeded()
        dropScanForm()
        guard let value, !value.isNull else { return remove(id) }
        if id &- base == values.count && !values.isEmpty {
            // The next id after the last: how imports and creations fill a column.
            values.append(value)
            return
        }
        if values.isEmpty {
            base = id
            values = [value]
            return
        }
        if id < base {
            // Grow downwards as much again as the column holds, so that ids set in descending
            // order do not move the whole column every time.
            let newBase = max(0, min(id, base - values.count))
            values.insert(contentsOf: repeatElement(Value.null, count: base - newBase), at: 0)
            base = newBase
        }
        let i = id - base
        if i >= values.count {
            values.append(contentsOf: repeatElement(Value.null, count: i - values.count + 1))
        }
        values[i] = value
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
        guard i >= 0 && i < values.count else { return }
        values[i] = .null
        // Ids taken back by a rollback are the last ones: the column shrinks with them.
        dropTrailingNulls()
    }

    /// Forgets the values of ids `id` and above (taken back by a rollback of their creation).
    func truncate(from id: Int) {
        decodeIfNeeded()
        guard id - base < values.count else { return }
        dropScanForm()
        values.removeSubrange(max(0, id - base)...)
        dropTrailingNulls()
    }

    private func dropTrailingNulls() {
        while let last = values.last, last.isNull { values.removeLast() }
        if values.isEmpty { base = 0 }
    }

    /// The ids from the first to the last for which `counts` holds and that have a value; nil
    /// when there is none.
    func extent(counting counts: (Int) -> Bool) -> Range<Int>? {
        decodeIfNeeded()
        guard let first = values.indices.first(where: { !values[$0].isNull && counts($0 + base) }),
              let last = values.indices.last(where: { !values[$0].isNull && counts($0 + base) }) else { return nil }
        return (first + base)..<(last + base + 1)
    }

    /// Calls `body` with each id that has a value, and the value, ascending.
    func forEachValue(_ body: (Int, Value) throws -> Void) rethrows {
        decodeIfNeeded()
        for i in values.indices where !values[i].isNull { try body(i + base, values[i]) }
    }
}
