import Foundation
import TrellisCore

extension Executor {
    /// The records of the CSV file `source` names, as lists of strings or (with headers) maps.
    func loadCSV(_ source: Value, withHeaders: Bool, terminator: Character) throws -> [Value] {
        guard case .string(let name) = source else {
            throw TrellisError.type("InvalidArgumentType", "LOAD CSV needs a file name or file:/// URL, not \(source.typeName)")
        }
        let path = try FileAccessPolicy.resolve(name, under: fileRoot)
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.contents(of: path)
        } catch {
            throw TrellisError(.ioError, "FileNotReadable", "cannot read '\(name)': \(error.reason)")
        }
        // Bytes that are not UTF-8 are refused at their place, never replaced by U+FFFD.
        let text: String
        do {
            text = try UTF8Text.decode(bytes)
        } catch let error as TrellisError {
            let place = error.range.map { "\($0.start.line):\($0.start.column): " } ?? ""
            throw TrellisError(.ioError, UTF8Text.invalidCode, "\(name):\(place)\(error.message)")
        }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader(delimiter: terminator).records(text)
        } catch CSVReader.Failure.unterminatedQuote(let line) {
            throw TrellisError(.ioError, "MalformedCSV", "\(name):\(line): a quoted field is never closed")
        } catch CSVReader.Failure.textAfterQuote(let line) {
            throw TrellisError(.ioError, "MalformedCSV", "\(name):\(line): text follows a closing quote")
        }
        guard withHeaders else {
            return records.map { .list($0.fields.map { $0.map(Value.string) ?? .null }) }
        }
        guard let header = records.first else { return [] }
        let keys = header.fields.enumerated().map { $0.element ?? "column\($0.offset + 1)" }
        return records.dropFirst().map { record in
            var map: [String: Value] = [:]
            for (i, key) in keys.enumerated() {
                map[key] = i < record.fields.count ? (record.fields[i].map(Value.string) ?? .null) : .null
            }
            return .map(map)
        }
    }
}

/// Where LOAD CSV may read: only below a folder the host chose, never elsewhere.
package enum FileAccessPolicy {
    /// The absolute path `name` (a relative path, or a `file:` URL) stands for below `root`.
    package static func resolve(_ name: String, under root: String?) throws -> String {
        guard let root else {
            throw TrellisError(.ioError, "FileAccessDisabled", "LOAD CSV is not allowed here: the host has not enabled file access")
        }
        var path = name
        if path.hasPrefix("file://") { path = String(path.dropFirst("file://".count)) }
        else if path.hasPrefix("file:") { path = String(path.dropFirst("file:".count)) }
        if path.contains("://") {
            throw TrellisError(.ioError, "FileAccessDenied", "LOAD CSV reads local files only, not '\(name)'")
        }
        let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        let full = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: base).appendingPathComponent(path))
            .standardizedFileURL.resolvingSymlinksInPath().path
        guard full == base || full.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw TrellisError(.ioError, "FileAccessDenied", "'\(name)' is outside the folder LOAD CSV may read (\(base))")
        }
        return full
    }
}
