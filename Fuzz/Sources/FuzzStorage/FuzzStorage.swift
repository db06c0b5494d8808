import Foundation
import Trellis

/// The folder each input's files are written to, one per process.
private let folder: String = {
    let path = NSTemporaryDirectory() + "trellis-fuzz-storage-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// Tries one input, which is a database file and its journal: its first four bytes
/// (little-endian) give the length of the snapshot, which follows them; the rest is the journal.
/// Opening read-only must either succeed, and then the graph must answer a query, or throw a
/// `TrellisError`; only a crash or a hang is a finding.
func fuzzStorage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard bytes.count >= 4 else { return 0 }
    let declared = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
    let snapshotLength = min(declared, bytes.count - 4)
    let snapshot = Data(bytes[4 ..< 4 + snapshotLength])
    let journal = Data(bytes[(4 + snapshotLength)...])
    let path = folder + "/fuzz.trellis"
    do {
        try snapshot.write(to: URL(fileURLWithPath: path))
        try journal.write(to: URL(fileURLWithPath: path + ".journal"))
    } catch {
        fatalError("cannot write the fuzzing files under \(folder): \(error)")
    }
    if let database = try? Database(path: path, readOnly: true) {
        _ = try? database.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n), properties(n), type(r), properties(r), m")
    }
    return 0
}
