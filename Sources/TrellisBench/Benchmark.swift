import Foundation
import Trellis

/// One query of the benchmark folder: `NAME.cypher`, and for writes `NAME.undo.cypher`, which
/// puts the graph back as it was between repetitions (its time is not counted).
struct BenchQuery {
    var name: String
    var text: String
    var undo: String?
    var isWrite: Bool { undo != nil }
}

/// Loads the graph, runs the queries and writes the raw JSON report.
struct Benchmark {
    let arguments: BenchArguments

    init(_ arguments: BenchArguments) { self.arguments = arguments }

    /// The indexes the runner creates after the import (the importer creates none). They are
    /// the lookups the queries start from; the peers get the same as primary keys.
    static let indexes = [
        "CREATE INDEX FOR (n:School) ON (n.urn)",
        "CREATE INDEX FOR (n:Partnership) ON (n.id)",
        "CREATE INDEX FOR (n:Authority) ON (n.code)",
        "CREATE INDEX FOR (n:Area) ON (n.name)",
        "CREATE INDEX FOR (n:Region) ON (n.name)",
    ]

    func run() throws {
        var report = JSONObject()
        report["engine"] = .string("trellis")
        report["data"] = .string(arguments.data)
        try runQueries(into: &report)
        if let snapshot = arguments.snapshot { try measureOpening(snapshot, into: &report) }
        report["peak_rss_bytes"] = .number(Double(MemoryUsage.current().peak))
        // Written beside the target and renamed over it, so a reader never sees half a report
        // (Foundation's atomic write leaves a directory behind in the temporary folder on Linux).
        let partial = arguments.output + ".partial"
        try (JSON.object(report).rendered + "\n").write(toFile: partial, atomically: false, encoding: .utf8)
        guard rename(partial, arguments.output) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: arguments.output])
        }
    }

    /// Loads the graph, saves it as a database file when asked, and times the queries.
    func runQueries(into report: inout JSONObject) throws {
        let parameters = try loadParameters()
        let queries = try loadQueries()
        let database = Database()
        let clock = ContinuousClock()
        let importStart = clock.now
        let importReport = try database.importCSV(folder: arguments.data, options: ImportOptions(strict: true))
        let importSeconds = (clock.now - importStart).seconds
        let indexStart = clock.now
        for statement in Self.indexes { try database.execute(statement) }
        let indexSeconds = (clock.now - indexStart).seconds
        report["import_seconds"] = .number(importSeconds)
        report["index_seconds"] = .number(indexSeconds)
        report["load_seconds"] = .number(importSeconds + indexSeconds)
        report["import_summary"] = .string(String(describing: importReport).split(separator: "\n").first.map(String.init) ?? "")
        let memory = MemoryUsage.current()
        report["rss_after_load_bytes"] = .number(Double(memory.resident))
        report["hwm_after_load_bytes"] = .number(Double(memory.peak))
        log("loaded in \(format(importSeconds)) s + indexes \(format(indexSeconds)) s, RSS \(memory.resident >> 20) MiB")
        if let snapshot = arguments.snapshot {
            for file in [snapshot, snapshot + ".journal", snapshot + ".lock"] { try? FileManager.default.removeItem(atPath: file) }
            let saveStart = clock.now
            try database.saveCopy(to: snapshot)
            report["save_seconds"] = .number((clock.now - saveStart).seconds)
            report["snapshot_bytes"] = .number(Double(Self.fileSize(snapshot) + Self.fileSize(snapshot + ".journal")))
        }

        var results = JSONObject()
        for query in queries {
            if arguments.explain {
                let bound = parameters.filter { Self.parameterNames(in: query.text).contains($0.key) }
                let plan = try database.execute("EXPLAIN " + query.text, parameters: bound)
                print("== \(query.name)\n\(plan.plan ?? plan.rows.map { $0.map(String.init(describing:)).joined(separator: " ") }.joined(separator: "\n"))\n")
            }
            // A query that fails is reported as failed (compare.py fails the comparison on it)
            // rather than ending the run, so the other queries are still measured.
            do {
                results[query.name] = .object(try measure(query, database: database, parameters: parameters))
            } catch {
                log("\(query.name): FAILED: \(error)")
                results[query.name] = .object(["error": .string(String(describing: error))])
            }
        }
        report["queries"] = .object(results)
    }

    /// Times reading the saved file from the page cache and opening it (read-only, plus one count
    /// query, as the peers are measured): the medians of three tries, after one untimed read.
    /// Each try starts with nothing else going on: the property values an open leaves to decode
    /// in the background are decoded, untimed, before the next read or open.
    func measureOpening(_ path: String, into report: inout JSONObject) throws {
        let clock = ContinuousClock()
        _ = try Self.readWhole(path)
        var reads: [Double] = [], opens: [Double] = []
        for _ in 0..<3 {
            let readStart = clock.now
            let bytes = try Self.readWhole(path)
            reads.append((clock.now - readStart).seconds)
            precondition(bytes > 0)
            let openStart = clock.now
            let database = try Database(path: path, readOnly: true)
            _ = try database.execute("MATCH (s:School) RETURN count(s)")
            opens.append((clock.now - openStart).seconds)
            database.decodeAllColumns()
        }
        report["snapshot_read_seconds"] = .number(Self.percentile(reads.sorted(), 0.5))
        report["open_seconds"] = .number(Self.percentile(opens.sorted(), 0.5))
        log("snapshot \(Self.fileSize(path) >> 20) MiB: read in \(format(Self.percentile(reads.sorted(), 0.5))) s, opened in \(format(Self.percentile(opens.sorted(), 0.5))) s")
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Reads a whole file into memory with read(2) and returns its length.
    static func readWhole(_ path: String) throws -> Int {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        defer { close(fd) }
        let size = fileSize(path)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, size), alignment: 64)
        defer { buffer.deallocate() }
        var total = 0
        while total < size {
            let n = read(fd, buffer + total, size - total)
            if n <= 0 { break }
            total += n
        }
        return total
    }

    func measure(_ query: BenchQuery, database: Database, parameters: [String: Value]) throws -> JSONObject {
        let used = Self.parameterNames(in: query.text + (query.undo ?? ""))
        let bound = parameters.filter { used.contains($0.key) }
        let prepared = arguments.prepared ? try database.prepare(query.text) : nil
        let clock = ContinuousClock()
        var first: QueryResult?
        var times: [Double] = []
        let budgetStart = clock.now
        for repetition in 0..<(arguments.warmup + arguments.repetitions) {
            let started = clock.now
            let result = try prepared?.execute(parameters: bound) ?? database.execute(query.text, parameters: bound)
            let elapsed = (clock.now - started).seconds
            if let undo = query.undo { try database.execute(undo, parameters: bound) }
            if first == nil { first = result }
            if repetition >= arguments.warmup {
                times.append(elapsed)
                if times.count >= 3 && (clock.now - budgetStart).seconds > arguments.secondsPerQuery { break }
            }
        }
        guard let first else { return [:] }
        let sorted = times.sorted()
        var entry = JSONObject()
        entry["median_ms"] = .number(Self.percentile(sorted, 0.5) * 1000)
        entry["p90_ms"] = .number(Self.percentile(sorted, 0.9) * 1000)
        entry["runs"] = .integer(Int64(times.count))
        entry["rows"] = .integer(Int64(first.rows.count))
        entry["columns"] = .array(first.columns.map { .string($0) })
        entry["result"] = .array(first.rows.map { row in .array(row.map(JSON.init)) })
        log("\(query.name): \(first.rows.count) rows, median \(format(entry["median_ms"]?.number ?? 0)) ms over \(times.count) runs")
        return entry
    }

    /// The nearest-rank percentile of sorted samples (the median of an even count is the mean of the middle two).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        if p == 0.5 {
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    static func parameterNames(in text: String) -> Set<String> {
        var names = Set<String>()
        var scalars = text.unicodeScalars[...]
        while let dollar = scalars.firstIndex(of: "$") {
            scalars = scalars[scalars.index(after: dollar)...]
            let name = scalars.prefix { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
            names.insert(String(String.UnicodeScalarView(name)))
            scalars = scalars[name.endIndex...]
        }
        return names
    }

    func loadQueries() throws -> [BenchQuery] {
        let files = try FileManager.default.contentsOfDirectory(atPath: arguments.queries).sorted()
        var queries: [BenchQuery] = []
        for file in files where file.hasSuffix(".cypher") {
            let parts = file.split(separator: ".")
            guard parts.count == 2 else { continue }  // NAME.undo.cypher and NAME.kuzu.cypher are not queries of their own
            let name = String(parts[0])
            if !arguments.only.isEmpty && !arguments.only.contains(name) { continue }
            let text = try String(contentsOfFile: arguments.queries + "/" + file, encoding: .utf8)
            let undoPath = arguments.queries + "/" + name + ".undo.cypher"
            let undo = FileManager.default.fileExists(atPath: undoPath) ? try String(contentsOfFile: undoPath, encoding: .utf8) : nil
            queries.append(BenchQuery(name: name, text: text, undo: undo))
        }
        return queries
    }

    func loadParameters() throws -> [String: Value] {
        let data = try Data(contentsOf: URL(fileURLWithPath: arguments.data + "/params.json"))
        // JSON numbers without a fraction are integers.
        guard case .map(let parameters) = try JSONValueDecoder().decode(utf8: Array(data)) else {
            throw TrellisError(.usageError, "InvalidParameters", "\(arguments.data)/params.json must hold a JSON object")
        }
        return parameters
    }
}

func log(_ message: String) {
    FileHandle.standardError.write(Data("trellis-bench: \(message)\n".utf8))
}

func format(_ x: Double) -> String { String(format: "%.3f", x) }

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

/// Resident and peak resident memory of this process, from /proc/self/status (zero elsewhere).
struct MemoryUsage {
    var resident: Int
    var peak: Int

    static func current() -> MemoryUsage {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return MemoryUsage(resident: 0, peak: 0) }
        func kilobytes(_ key: String) -> Int {
            for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
                return (Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0) * 1024
            }
            return 0
        }
        return MemoryUsage(resident: kilobytes("VmRSS"), peak: kilobytes("VmHWM"))
    }
}
