/// One record read by ``CSVFileReader``: the bytes of all its fields side by side in one array,
/// and where each field lies, so that reading a row makes no string per field.
struct CSVRecord {
    /// The UTF-8 bytes of every field, one after the other (quotes and escapes already undone).
    var bytes: [UInt8] = []
    /// Each field's range in ``bytes``; nil for an unquoted empty field (an absent value).
    var fields: [Range<Int>?] = []

    var count: Int { fields.count }

    /// True when field `i` holds text, even empty quoted text.
    func isPresent(_ i: Int) -> Bool { fields[i] != nil }

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
