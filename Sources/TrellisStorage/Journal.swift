import TrellisCore

/// The append-only journal of a database: after a header naming the snapshot it follows, one
/// record per committed write statement, each appended and flushed to disk before the statement
/// reports success.
///
/// Opening scans the records in order. A record cut short by a crash — fewer bytes than its
/// header says, or fewer than a header, or a header followed by nothing but zeros (which a file
/// system can leave after a crash; no record's payload is all zeros, as it starts with a non-zero
/// change count and operation, so a flipped bit cannot make one look like this) — is the torn tail: it is dropped (and, when writing,
/// truncated away) while every record before it is kept. A complete record whose checksum does
/// not match, or a damaged record header with data after it, cannot come from a crash: it is
/// damage, an error, and the file is left untouched.
final class Journal {
    let path: String
    let header: JournalHeader
    /// The sequence number of the last record (the base sequence when there is none).
    private(set) var lastSequence: UInt64
    /// The journal's length in bytes: where the next record goes.
    private(set) var length: Int
    /// How many records the journal holds.
    private(set) var recordCount: Int
    private let file: DurableFile

    private init(path: String, header: JournalHeader, file: DurableFile, lastSequence: UInt64, length: Int, recordCount: Int) {
        self.path = path
        self.header = header
        self.file = file
        self.lastSequence = lastSequence
        self.length = length
        self.recordCount = recordCount
    }

    /// Creates an empty journal at `path`, crash-safely: written to `temporaryPath` (made afresh,
    /// owner-only: a file or link left there is removed, never written through), flushed, renamed
    /// over `path`, and the folder flushed.
    static func create(path: String, temporaryPath: String, header: JournalHeader) throws -> Journal {
        try DurableFile.remove(temporaryPath)
        let temporary = try DurableFile.createNew(temporaryPath)
        let bytes = header.encoded()
        do {
            try temporary.write(at: 0, bytes)
            try temporary.sync()
            temporary.close()
            try DurableFile.rename(temporaryPath, over: path)
        } catch {
            temporary.close()
            try? DurableFile.remove(temporaryPath)
            throw error
        }
        try DurableFile.syncFolder(of: path)
        let file = try DurableFile.openForWriting(path)
        return Journal(path: path, header: header, file: file, lastSequence: header.baseSequence, length: bytes.count, recordCount: 0)
    }

    /// The header of the journal at `path`.
    static func readHeader(path: String) throws -> JournalHeader {
        let file = try DurableFile.openForReading(path)
        return try JournalHeader.decode(try file.readBytes(at: 0, count: JournalHeader.size), path: path)
    }

    /// What ``scan(path:writable:visit:)`` found.
    struct Scan {
        var header: JournalHeader
        var lastSequence: UInt64
        var recordCount: Int
        /// Where the last valid record ends.
        var validLength: Int
        /// Why the bytes after ``validLength`` were dropped, when there were any.
        var tornTail: String?
        /// The journal opened for appending, when scanned for writing.
        var journal: Journal?
    }

    /// Reads the journal at `path`, handing each record's sequence number and payload to `visit`
    /// in order. With `writable`, a torn tail is truncated away (and the truncation flushed) and
    /// the journal is returned open for appending.
    static func scan(path: String, writable: Bool, visit: (UInt64, [UInt8]) throws -> Void) throws -> Scan {
        let file = writable ? try DurableFile.openForWriting(path) : try DurableFile.openForReading(path)
        let size = try file.size()
        let header = try JournalHeader.decode(try file.readBytes(at: 0, count: JournalHeader.size), path: path)
        let reader = BufferedFileReader(file: file)
        var offset = JournalHeader.size
        var sequence = header.baseSequence
        var count = 0
        var tornTail: String?
        while offset < size {
            let number = count + 1
            let problem: String
            if size - offset < JournalRecord.headerSize {
                problem = "record \(number) at byte \(offset) is incomplete (\(size - offset) bytes of its header)"
            } else if let record = JournalRecord.parseHeader(try reader.bytes(at: offset, count: JournalRecord.headerSize)) {
                guard record.sequence == sequence + 1 else {
                    throw StorageError.corrupt(path, "record \(number) at byte \(offset) has sequence number \(record.sequence) where \(sequence + 1) was expected")
                }
                let payloadOffset = offset + JournalRecord.headerSize
                if record.payloadLength > size - payloadOffset {
                    problem = "record \(number) at byte \(offset) is incomplete (\(size - payloadOffset) of \(record.payloadLength) payload bytes)"
                } else {
                    let payload = Array(try reader.bytes(at: payloadOffset, count: record.payloadLength))
                    let computed = CRC32C.checksum(payload)
                    if computed == record.payloadChecksum {
                        try visit(record.sequence, payload)
                        sequence = record.sequence
                        count += 1
                        offset = payloadOffset + record.payloadLength
                        continue
                    }
                    // The header (checked by its own checksum) says the record is all there: a
                    // crash cannot leave a complete record with wrong bytes — except zeros where
                    // its payload should be, which a file system can leave after a crash.
                    guard try onlyZeros(in: reader, from: payloadOffset, to: size) else {
                        throw StorageError.corrupt(path, "checksum mismatch in record \(number) (statement \(record.sequence)) at byte \(offset) (stored \(StorageError.hex(record.payloadChecksum)), computed \(StorageError.hex(computed))); the record is complete, so this is damage, not a write cut short by a crash")
                    }
                    problem = "record \(number) at byte \(offset) is incomplete (its payload was not written)"
                }
            } else {
                // A damaged header is a write cut short only when nothing but zeros follows it.
                guard try onlyZeros(in: reader, from: offset + JournalRecord.headerSize, to: size) else {
                    throw StorageError.corrupt(path, "the header of record \(number) at byte \(offset) is damaged (its checksum does not match) and data follows it, so this is damage, not a write cut short by a crash")
                }
                problem = "record \(number) at byte \(offset) is incomplete (its header was not written)"
            }
            // A crash can only tear the last record: anything valid after the problem means damage.
            if let later = try firstRecordHeader(in: reader, after: offset, size: size, minimumSequence: sequence + 1) {
                throw StorageError.corrupt(path, "\(problem), but a valid record follows at byte \(later), so this is not a write cut short by a crash")
            }
            tornTail = problem
            break
        }
        var journal: Journal?
        if writable {
            if tornTail != nil {
                try file.truncate(to: offset)
                try file.sync()
            }
            journal = Journal(path: path, header: header, file: file, lastSequence: sequence, length: offset, recordCount: count)
        }
        return Scan(header: header, lastSequence: sequence, recordCount: count, validLength: offset, tornTail: tornTail, journal: journal)
    }

    /// Whether the bytes `from..<to` are all zero.
    private static func onlyZeros(in reader: BufferedFileReader, from: Int, to: Int) throws -> Bool {
        var offset = from
        while offset < to {
            let bytes = try reader.bytes(at: offset, count: min(1 << 20, to - offset))
            guard !bytes.isEmpty else { return true }
            if bytes.contains(where: { $0 != 0 }) { return false }
            offset += bytes.count
        }
        return true
    }

    /// The offset of the first valid record header after `offset`, if any.
    private static func firstRecordHeader(in reader: BufferedFileReader, after offset: Int, size: Int,
                                          minimumSequence: UInt64) throws -> Int? {
        var candidate = offset + 1
        let chunk = 1 << 20
        while candidate + JournalRecord.headerSize <= size {
            let bytes = try reader.bytes(at: candidate, count: min(chunk + JournalRecord.headerSize, size - candidate))
            var i = bytes.startIndex
            while i + JournalRecord.headerSize <= bytes.endIndex {
                if bytes[i] == JournalRecord.magic[0], let record = JournalRecord.parseHeader(bytes[i..<(i + JournalRecord.headerSize)]),
                   record.sequence >= minimumSequence {
                    return candidate + (i - bytes.startIndex)
                }
                i += 1
            }
            candidate += max(1, bytes.count - JournalRecord.headerSize + 1)
        }
        return nil
    }

    /// Appends one record and flushes it to disk. On failure the journal is cut back to where it
    /// was (so a failed statement leaves no trace); if even that fails, the error says so.
    /// - Returns: The record's sequence number.
    @discardableResult
    func append(_ payload: [UInt8]) throws -> UInt64 {
        let sequence = lastSequence + 1
        let record = JournalRecord.frame(sequence: sequence, payload: payload)
        do {
            try file.write(at: length, record)
            try file.syncData()
        } catch {
            do {
                try file.truncate(to: length)
                try file.syncData()
            } catch {
                throw JournalWriteFailure(underlying: error)
            }
            throw error
        }
        length += record.count
        lastSequence = sequence
        recordCount += 1
        return sequence
    }

    /// Closes the file.
    func close() {
        file.close()
    }
}

/// A journal append failed, and cutting the journal back failed too: what is on disk is uncertain.
struct JournalWriteFailure: Error {
    var underlying: any Error
}
