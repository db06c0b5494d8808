import Foundation
import Testing
import TrellisCore
import TrellisGraph
@testable import TrellisStorage

/// A fresh folder for one test's database files, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url.appendingPathComponent(name))) }

    func write(_ bytes: [UInt8], to name: String) throws { try Data(bytes).write(to: url.appendingPathComponent(name)) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// The permission bits of `name`.
    func permissions(_ name: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path(name))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}


/// Expects `body` to throw a ``TrellisError`` with `code`, and returns it.
@discardableResult
func expectStorageError(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                        _ body: () throws -> Void) -> TrellisError? {
    do {
        try body()
        Issue.record("expected a \(code) error, but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as TrellisError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected a TrellisError \(code), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Writes `graph` as a snapshot file at `path`.
func writeSnapshot(_ graph: PropertyGraph, to path: String, generation: UInt64 = 0, lastSequence: UInt64 = 0) throws {
    let file = try DurableFile.openForWriting(path, create: true, truncate: true)
    let header = SnapshotHeader(databaseID: Array(repeating: 7, count: 16), generation: generation, lastSequence: lastSequence)
    try SnapshotWriter(file: file).write(graph, header: header)
    try file.sync()
}

/// Compares two graphs strictly: symbols, every node and relationship slot (ids, liveness,
/// labels and properties in order, values bit for bit), adjacency, label lists and indexes.
/// Deleted entities are compared by liveness (and a relationship's type and ends): their
/// former labels and properties are not kept by a snapshot.
func expectIdentical(_ a: PropertyGraph, _ b: PropertyGraph, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var differences: [String] = []
    func check(_ condition: Bool, _ what: @autoclosure () -> String) {
        if !condition && differences.count < 20 { differences.append(what()) }
    }
    check(a.labels.names == b.labels.names, "labels \(a.labels.names) vs \(b.labels.names)")
    check(a.types.names == b.types.names, "types \(a.types.names) vs \(b.types.names)")
    check(a.keys.names == b.keys.names, "keys \(a.keys.names) vs \(b.keys.names)")
    check(a.nodeAlive == b.nodeAlive, "node liveness differs")
    check(a.relationshipAlive == b.relationshipAlive, "relationship liveness differs")
    check(a.liveNodeCount == b.liveNodeCount, "live node count \(a.liveNodeCount) vs \(b.liveNodeCount)")
    check(a.liveRelationshipCount == b.liveRelationshipCount, "live relationship count differs")
    check((0..<Int32(a.types.count)).allSatisfy { a.relationshipCount(type: $0) == b.relationshipCount(type: $0) },
          "relationship counts per type differ")
    if a.nodeAlive == b.nodeAlive {
        for n in 0..<a.nodeCapacity {
            check(a.adjacency(of: n, .outgoing) == b.adjacency(of: n, .outgoing), "outgoing of node \(n)")
            check(a.adjacency(of: n, .incoming) == b.adjacency(of: n, .incoming), "incoming of node \(n)")
            guard a.nodeAlive[n] else { continue }
            check(a.nodeLabels[n] == b.nodeLabels[n], "labels of node \(n): \(a.nodeLabels[n]) vs \(b.nodeLabels[n])")
            check(identical(a.nodePropertyList(n), b.nodePropertyList(n)), "properties of node \(n)")
        }
    }
    if a.relationshipAlive == b.relationshipAlive {
        for r in 0..<a.relationshipCapacity {
            check(a.relationshipType[r] == b.relationshipType[r], "type of relationship \(r)")
            check(a.relationshipStart[r] == b.relationshipStart[r], "start of relationship \(r)")
            check(a.relationshipEnd[r] == b.relationshipEnd[r], "end of relationship \(r)")
            if a.relationshipAlive[r] {
                check(identical(a.relationshipPropertyList(r), b.relationshipPropertyList(r)), "properties of relationship \(r)")
            }
        }
    }
    for l in 0..<max(a.labels.count, b.labels.count) {
        check(a.members(of: Int32(l)) == b.members(of: Int32(l)), "members of label \(l)")
    }
    check(Set(a.indexes.keys) == Set(b.indexes.keys), "index keys differ")
    for (key, index) in a.indexes {
        guard let other = b.indexes[key] else { continue }
        check(index.entries == other.entries, "entries of index \(key)")
    }
    #expect(differences.isEmpty, "graphs differ: \(differences.joined(separator: "; "))", sourceLocation: sourceLocation)
}

func identical(_ a: PropertyList, _ b: PropertyList) -> Bool {
    a.count == b.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && identical($0.value, $1.value) }
}

/// Strict equality: the same type, the same bits (NaN equals the same NaN, 0.0 differs from -0.0).
func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.int(x), .int(y)): return x == y
    case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern
    case let (.string(x), .string(y)): return Array(x.utf8) == Array(y.utf8)
    case let (.list(x), .list(y)): return x.count == y.count && zip(x, y).allSatisfy(identical)
    case let (.map(x), .map(y)):
        return x.keys.sorted() == y.keys.sorted() && x.keys.allSatisfy { identical(x[$0]!, y[$0]!) }
    case let (.date(x), .date(y)): return x.daysSinceEpoch == y.daysSinceEpoch
    case let (.localTime(x), .localTime(y)): return x.nanosecondOfDay == y.nanosecondOfDay
    case let (.time(x), .time(y)): return x.localTime.nanosecondOfDay == y.localTime.nanosecondOfDay && x.offsetSeconds == y.offsetSeconds
    case let (.localDateTime(x), .localDateTime(y)):
        return x.date.daysSinceEpoch == y.date.daysSinceEpoch && x.time.nanosecondOfDay == y.time.nanosecondOfDay
    case let (.dateTime(x), .dateTime(y)):
        return x.epochSeconds == y.epochSeconds && x.nanosecond == y.nanosecond && x.offsetSeconds == y.offsetSeconds && x.zoneID == y.zoneID
    case let (.duration(x), .duration(y)):
        return x.months == y.months && x.days == y.days && x.seconds == y.seconds && x.nanoseconds == y.nanoseconds
    case let (.node(x), .node(y)): return x == y
    case let (.relationship(x), .relationship(y)): return x == y
    case let (.path(x), .path(y)): return x == y
    default: return false
    }
}
