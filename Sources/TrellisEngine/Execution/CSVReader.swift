/// Splits CSV text (RFC 4180: quoted fields with doubled quotes, CRLF or LF line ends) into records.
///
/// An unquoted empty field is `nil`; a quoted empty field is the empty string. Each record carries
/// the 1-based line it starts on, for error messages.
package struct CSVReader {
    package struct Record: Sendable, Equatable {
        package var line: Int
        package var fields: [String?]
    }

    package enum Failure: Error, Equatable {
        /// A quoted field that never closes.
        case unterminatedQuote(line: Int)
        /// Text after a closing quote other than a delimiter or line end.
        case textAfterQuote(line: Int)
    }

    let delimiter: UInt8

    package init(delimiter: Character = ",") {
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    package func records(_ text: String) throws -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // byte-order mark
        var records: [Record] = []
        var fields: [String?] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        var line = 1, recordLine = 1
        var i = 0
        func endField() {
            fields.append(field.isEmpty && !wasQuoted ? nil : String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0] == nil) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2
                        continue
                    }
                    quoted = false
                    i += 1
                    if i < bytes.count, bytes[i] != delimiter, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
                        throw Failure.textAfterQuote(line: line)
                    }
                    continue
                }
                if b == UInt8(ascii: "\n") { line += 1 }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\"") where field.isEmpty:
                quoted = true
                wasQuoted = true
            case delimiter:
                endField()
            case UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if quoted { throw Failure.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
