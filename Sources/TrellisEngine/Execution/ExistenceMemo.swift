import TrellisCore
import TrellisGraph

/// The nodes that pass a one-hop EXISTS (``OneHopExistence``), found at once for a statement
/// that tests it on many rows.
///
/// Each test looks at one node's adjacency list, somewhere in memory; thousands of tests cost
/// more than one pass over the relationships in id order, which marks every node with such a
/// neighbour. The pass is made after ``threshold`` tests in one statement, and only in a
/// statement that changes nothing (so the answer cannot change while it runs).
final class ExistenceMemo {
    static let threshold = 4096

    var tests = 0
    /// One bit per node id, once found.
    var passing: NodeBits? = nil
}

/// A set of node ids as one bit each.
struct NodeBits {
    private var words: [UInt64]

    init(capacity: Int) { words = Array(repeating: 0, count: (capacity + 63) / 64) }

    @inline(__always) func contains(_ n: NodeID) -> Bool {
        let w = n >> 6
        return w < words.count && words[w] & (1 << UInt64(n & 63)) != 0
    }

    @inline(__always) mutating func insert(_ n: NodeID) { words[n >> 6] |= 1 << UInt64(n & 63) }
}

extension Executor {
    /// The passing nodes of `hop`, once enough tests have been made to find them all at once.
    func passingNodes(_ hop: OneHopExistence) throws -> NodeBits? {
        let id = ObjectIdentifier(hop)
        guard let memo = existenceMemos[id] else {
            existenceMemos[id] = ExistenceMemo()
            return nil
        }
        if let passing = memo.passing { return passing }
        memo.tests += 1
        guard memo.tests >= ExistenceMemo.threshold else { return nil }
        var passing = NodeBits(capacity: graph.nodeCapacity)
        func mark(_ candidate: NodeID, _ neighbour: NodeID) {
            if hop.labels.allSatisfy({ graph.nodeHasLabel(neighbour, $0) }) { passing.insert(candidate) }
        }
        for r in 0..<graph.relationshipCapacity where graph.relationshipAlive[r] {
            if r & 0xFFFF == 0 { try checkCancelled() }
            if let types = hop.types, !types.contains(graph.relationshipType[r]) { continue }
            let start = graph.relationshipStart[r], end = graph.relationshipEnd[r]
            switch hop.direction {
            case .outgoing: mark(start, end)
            case .incoming: mark(end, start)
            case .either: mark(start, end); mark(end, start)
            }
        }
        memo.passing = passing
        return passing
    }
}
