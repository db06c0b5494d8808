#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the records of a CSV file (RFC 4180) one at a time, reading the file in large chunks.
///
/// Fields may be quoted with `"`, a doubled `""` inside standing for one quote; quoted fields may
/// hold separators and line breaks. Lines end with LF or CRLF; carriage returns outside quotes are
/// dropped, and blank lines are no records. An unquoted empty field is `nil`, a quoted empty field
/// (`""`) the empty string. A byte-order mark at the start is skipped.
///
/// A record that breaks the rules (text after a closing quote, invalid UTF-8, a quote that never
/// closes) comes back as ``Row/malformed(line:reason:)``, and reading goes on at the next record.
final class CSVFileReader {
    /// One record, or why it could not be read. `line` is the 1-based line it starts on.
    enum Row {
        case fields(line: Int, CSVRecord)
        case malformed(line: Int, reason: String)
    }

    /// The file read failed (not a malformed record: the file itself).
    struct ReadError: Error {
        var reason: String
    }

    private let file: UnsafeMutablePointer<FILE>
    // The state read for every byte is exempt from dynamic exclusivity checks, which cost more
    // than the reads themselves: a reader is used by one caller at a time, and no access overlaps another.
    @exclusivity(unchecked) private var buffer: [UInt8]
    @exclusivity(unchecked) private var count = 0
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var atEnd = false
    @exclusivity(unchecked) private var startOfFile = true
    @exclusivity(unchecked) private var line = 1
    /// The record being read; its storage is reused from one record to the next.
    @exclusivity(unchecked) private var record = CSVRecord()

    /// Bytes consumed so far.
    @exclusivity(unchecked) private(set) var bytesRead: Int64 = 0

    /// Opens `path`; throws ``ReadError`` when it cannot be opened.
    init(path: String, chunkSize: Int = 1 << 20) throws {
        let descriptor: Int32
        do {
            descriptor = try RegularFile.openForReading(path)
        } catch {
            throw ReadError(reason: error.reason)
        }
        guard let file = fdopen(descriptor, "rb") else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw ReadError(reason: reason)
        }
        self.file = file
        // Only the bytes `fread` fills are read, so the buffer needs no zeroing.
        buffer = [UInt8](unsafeUninitializedCapacity: chunkSize) { _, initialized in initialized = chunkSize }
    }

    deinit { fclose(file) }

    /// Fills the buffer; false at the end of the file.
    private func refill() throws -> Bool {
        if atEnd { return false }
        let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if read < buffer.count {
            if ferror(file) != 0 { throw ReadError(reason: String(cString: strerror(errno))) }
            atEnd = true
        }
        count = read
        position = 0
        if startOfFile {
            startOfFile = false
            if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        }
        bytesRead += Int64(read)
        return count > position
    }

    /// The next record, or nil at the end of the file.
    func next() throws -> Row? {
        record.removeAll()
        var fieldStart = 0
        var fieldIsASCII = true
        var quoted = false
        var wasQuoted = false
        var problem: String?
        var recordLine = line
        var any = false

        func endField() {
            let end = record.byteCount
            if end == fieldStart && !wasQuoted {
                record.fields.append(nil)
            } else {
                // ASCII, nearly every field, needs no further check.
                if !fieldIsASCII, String(validating: record.bytes[fieldStart..<end], as: UTF8.self) == nil, problem == nil {
                    problem = "field \(record.fields.count + 1) is not valid UTF-8 text"
                }
                record.fields.append(fieldStart..<end)
            }
            fieldStart = end
            fieldIsASCII = true
            wasQuoted = false
        }

        while true {
            if position >= count {
                guard try refill() else { break }
            }
            let byte = buffer[position]
            position += 1
            any = true
            if quoted {
                if byte == 0x22 {  // "
                    if position >= count { _ = try refill() }
                    if position < count, buffer[position] == 0x22 {
                        record.append(0x22)
                        position += 1
                    } else {
                        quoted = false
                        if position < count {
                            let after = buffer[position]
                            if after != 0x2C, after != 0x0A, after != 0x0D, problem == nil {
                                problem = "text after the closing quote of field \(record.fields.count + 1)"
                            }
                        }
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    if byte >= 0x80 { fieldIsASCII = false }
                    record.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where record.byteCount == fieldStart && !wasQuoted:
                quoted = true
                wasQuoted = true
            case 0x2C:  // ,
                endField()
            case 0x0D:
                break
            case 0x0A:
                line += 1
                endField()
                // A blank line is no record.
                if record.fields.count == 1, record.fields[0] == nil, problem == nil {
                    record.fields.removeAll(keepingCapacity: true)
                    recordLine = line
                    any = false
                    continue
                }
                if let problem { return .malformed(line: recordLine, reason: problem) }
                return .fields(line: recordLine, record)
            default:
                // Unquoted text runs up to the next byte with a meaning: copy the run at once.
                let start = position - 1
                var high: UInt8 = 0
                let end = buffer.withUnsafeBufferPointer { bytes in
                    var end = position
                    while end < count {
                        let b = bytes[end]
                        if b == 0x2C || b == 0x0A || b == 0x0D || b == 0x22 { break }
                        high |= b
                        end += 1
                    }
                    record.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    return end
                }
                if (high | byte) >= 0x80 { fieldIsASCII = false }
                position = end
            }
        }
        if quoted {
            return .malformed(line: recordLine, reason: "a quoted field opened on this line never closes")
        }
        guard any else { return nil }
        endField()
        if record.fields.count == 1, record.fields[0] == nil, problem == nil { return nil }
        if let problem { return .malformed(line: recordLine, reason: problem) }
        return .fields(line: recordLine, record)
    }
}
