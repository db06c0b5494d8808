/// One record read by ``CSVFileReader``: the bytes of all its fields side by side in one array,
/// and where each field lies, so that reading a row makes no string per field.
struct CSVRecord {
    /// The UTF-8 bytes of every field, one after the other (quotes and escapes already undone),
    /// in the first ``byteCount`` bytes; the rest is room for the next records.
    private(set) var bytes: [UInt8] = []
    private(set) var byteCount = 0
    /// Each field's range in ``bytes``; nil for an unquoted empty field (an absent value).
    var fields: [Range<Int>?] = []

    /// Empties the record, keeping its storage.
    mutating func removeAll() {
        byteCount = 0
        fields.removeAll(keepingCapacity: true)
    }

    /// Adds bytes to the field being read, copying them straight into the storage.
    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress else { return }
        if byteCount + run.count > bytes.count {
            bytes.append(contentsOf: repeatElement(0, count: max(byteCount + run.count - bytes.count, bytes.count, 256)))
        }
        let at = byteCount
        bytes.withUnsafeMutableBufferPointer { (target: inout UnsafeMutableBufferPointer<UInt8>) in
            (target.baseAddress! + at).update(from: source, count: run.count)
        }
        byteCount += run.count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    var count: Int { fields.count }

    /// Runs `body` on the bytes of field `i`; nil when the field is absent.
    @inline(__always)
    func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let range = fields[i] else { return nil }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of field `i`; nil when the field is absent. The reader has checked it is UTF-8.
    func text(_ i: Int) -> String? {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }
}
