/// Bytes that do not decode: they end too early, or hold something no encoder writes.
struct DecodingFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Reads what ``BinaryEncoder`` writes, from bytes in memory or streamed from a file in chunks.
///
/// Decoding is defensive: every read is checked against the bytes that remain (of the section
/// or record being read, never beyond), and counts are checked against what those bytes could
/// hold, so damaged input fails with ``DecodingFailure`` instead of crashing or allocating wildly.
/// When streaming, every byte pulled from the source also goes into ``checksum``.
final class BinaryDecoder {
    /// Reads bytes into the buffer given; returns how many (0 only at the end of the input).
    typealias Source = (UnsafeMutableRawBufferPointer) throws -> Int

    // A decoder is used by one thread and never re-entered, so the fields read for every byte
    // are exempt from dynamic exclusivity checks, which cost more than the reads themselves.
    @exclusivity(unchecked) private var storage: UnsafeMutableRawBufferPointer
    /// Whether `storage` is this decoder's to free (it is not when borrowed).
    private let ownsStorage: Bool
    /// The unread bytes are `storage[start..<end]`.
    @exclusivity(unchecked) private var start = 0
    @exclusivity(unchecked) private var end = 0
    private let source: Source?
    /// Bytes still to be pulled from the source.
    private var pending: Int
    private let chunkSize: Int
    /// The CRC-32C of every byte pulled from the source so far.
    private(set) var checksum = CRC32C()

    /// Decodes `bytes`.
    init(bytes: [UInt8]) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
        self.storage = storage
        ownsStorage = true
        end = bytes.count
        source = nil
        pending = 0
        chunkSize = 0
    }

    /// Decodes the bytes of `buffer` where they are, without copying them: `buffer` must stay
    /// allocated and unchanged while the decoder is in use.
    init(borrowing buffer: UnsafeRawBufferPointer) {
        storage = UnsafeMutableRawBufferPointer(mutating: buffer)
        ownsStorage = false
        end = buffer.count
        source = nil
        pending = 0
        chunkSize = 0
    }

    /// Decodes `length` bytes pulled from `source` in chunks of about `chunkSize` bytes.
    init(length: Int, chunkSize: Int = 1 << 20, source: @escaping Source) {
        self.chunkSize = max(chunkSize, 64)
        storage = .allocate(byteCount: min(self.chunkSize, max(length, 1)), alignment: 8)
        ownsStorage = true
        self.source = source
        pending = length
    }

    deinit { if ownsStorage { storage.deallocate() } }

    /// The bytes not yet read.
    var remaining: Int { end - start + pending }

    var isAtEnd: Bool { remaining == 0 }

    /// Makes `count` bytes available in `storage[start...]`, pulling from the source if needed.
    @inline(__always) private func ensure(_ count: Int) throws {
        if end - start < count { try refill(count) }
    }

    private func refill(_ count: Int) throws {
        guard count <= remaining else { throw DecodingFailure("ends \(count - remaining) bytes too early") }
        let available = end - start
        let wanted = max(count, min(chunkSize, available + pending))
        if wanted > storage.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: wanted, alignment: 8)
            larger.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: available)
            storage.deallocate()
            storage = larger
        } else if start > 0 {
            storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: available)
        }
        start = 0
        end = available
        guard let source else { return }
        while end < count || (end < storage.count && pending > 0) {
            let room = min(storage.count - end, pending)
            guard room > 0 else { break }
            let target = UnsafeMutableRawBufferPointer(rebasing: storage[end..<(end + room)])
            let n = try source(target)
            guard n > 0 else { throw DecodingFailure("ends \(pending) bytes too early") }
            checksum.update(UnsafeRawBufferPointer(rebasing: storage[end..<(end + n)]))
            end += n
            pending -= n
        }
    }

    /// Pulls and checksums whatever is left, without decoding it.
    func skipRest() throws {
        start = 0
        end = 0
        while pending > 0 {
            try refill(min(pending, storage.count))
            start = end
        }
    }

    @inline(__always) func readUInt8() throws -> UInt8 {
        try ensure(1)
        let byte = storage[start]
        start += 1
        return byte
    }

    func readUInt32() throws -> UInt32 {
        try ensure(4)
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(storage[start + i]) << (8 * i) }
        start += 4
        return value
    }

    func readUInt64() throws -> UInt64 {
        let low = try readUInt32()
        let high = try readUInt32()
        return UInt64(low) | UInt64(high) << 32
    }

    @inline(__always) func readVarUInt() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readUInt8()
            if shift == 63 && byte > 1 { throw DecodingFailure("holds an integer longer than 64 bits") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw DecodingFailure("holds an integer longer than 64 bits") }
        }
    }

    func readVarInt() throws -> Int64 {
        let raw = try readVarUInt()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func readDouble() throws -> Double {
        Double(bitPattern: try readUInt64())
    }

    /// A non-negative integer below `limit`, e.g. an id that must name something that exists.
    @inline(__always) func readIndex(below limit: Int, _ what: @autoclosure () -> String) throws -> Int {
        let raw = try readVarUInt()
        guard raw < UInt64(max(limit, 0)) else { throw DecodingFailure("names \(what()) \(raw), but only \(limit) exist") }
        return Int(raw)
    }

    /// A count of items that take at least `minimumSize` bytes each: it must fit in what remains.
    func readCount(minimumSize: Int = 1, _ what: @autoclosure () -> String) throws -> Int {
        let raw = try readVarUInt()
        guard raw <= UInt64(remaining / max(minimumSize, 1)) else {
            throw DecodingFailure("claims \(raw) \(what()), more than its remaining \(remaining) bytes can hold")
        }
        return Int(raw)
    }

    func readString() throws -> String {
        let count = try readCount("string bytes")
        try ensure(count)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: storage[start..<(start + count)]), as: UTF8.self)
        start += count
        return text
    }

    /// Passes over a string as ``readString()`` reads it, without making it.
    func skipString() throws {
        try skip(try readCount("string bytes"))
    }

    /// The next byte, left unread.
    @inline(__always) func peekUInt8() throws -> UInt8 {
        try ensure(1)
        return storage[start]
    }

    /// Passes over `count` bytes.
    @inline(__always) func skip(_ count: Int) throws {
        try ensure(count)
        start += count
    }

    func readBytes(_ count: Int) throws -> [UInt8] {
        try ensure(count)
        let bytes = [UInt8](UnsafeRawBufferPointer(rebasing: storage[start..<(start + count)]))
        start += count
        return bytes
    }
}
