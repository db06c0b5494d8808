import TrellisCore
import TrellisGraph

/// Builds random graphs the way statements do: in statements that record their changes, some
/// of them rolled back, with nodes and relationships created and deleted, labels and properties
/// of every storable type set and removed, and indexes created and dropped.
struct RandomGraph {
    var random: SeededGenerator
    let graph: PropertyGraph
    /// The changes of each committed statement, in commit order.
    private(set) var committed: [[ChangeRecord]] = []

    static let labelNames = ["School", "Local Authority", "Partnership", "ünïcödé", "", "a:b", "`odd`", "Review", "名前"]
    static let typeNames = ["MEMBER_OF", "IN_AUTHORITY", "REVIEWED", "needs help", "ß"]
    static let keyNames = ["name", "urn", "fsm", "opened", "tags", "score", "", "note 📝", "at", "span"]

    init(seed: UInt64, graph: PropertyGraph = PropertyGraph()) {
        random = SeededGenerator(seed: seed)
        self.graph = graph
    }

    /// Runs `statements` random statements; about one in seven is rolled back.
    mutating func run(statements: Int, operationsEach: ClosedRange<Int> = 1...12) {
        for _ in 0..<statements {
            graph.beginStatement(recordingChanges: true)
            for _ in 0..<Int.random(in: operationsEach, using: &random) { operate() }
            if Int.random(in: 0..<7, using: &random) == 0 {
                graph.rollbackStatement()
            } else {
                let changes = graph.pendingChanges()
                graph.commitStatement()
                if !changes.isEmpty { committed.append(changes) }
            }
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    private mutating func aliveNode() -> NodeID? {
        guard graph.liveNodeCount > 0 else { return nil }
        for _ in 0..<20 {
            let n = Int.random(in: 0..<graph.nodeCapacity, using: &random)
            if graph.isNodeAlive(n) { return n }
        }
        return (0..<graph.nodeCapacity).first(where: graph.isNodeAlive)
    }

    private mutating func aliveRelationship() -> RelationshipID? {
        guard graph.liveRelationshipCount > 0 else { return nil }
        for _ in 0..<20 {
            let r = Int.random(in: 0..<graph.relationshipCapacity, using: &random)
            if graph.isRelationshipAlive(r) { return r }
        }
        return (0..<graph.relationshipCapacity).first(where: graph.isRelationshipAlive)
    }

    private mutating func properties() -> PropertyList {
        var list = PropertyList()
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            list.set(graph.internKey(pick(Self.keyNames)), value())
        }
        return list
    }

    private mutating func operate() {
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<6:
            let labels = (0..<Int.random(in: 0...3, using: &random)).map { _ in graph.internLabel(pick(Self.labelNames)) }
            graph.createNode(labels: labels, properties: properties())
        case 6..<10:
            guard let s = aliveNode(), let e = aliveNode() else { return }
            graph.createRelationship(type: graph.internType(pick(Self.typeNames)), from: s, to: e, properties: properties())
        case 10:
            if let r = aliveRelationship() { graph.deleteRelationship(r) }
        case 11:
            guard let n = aliveNode() else { return }
            for entry in graph.adjacency(of: n, .outgoing) + graph.adjacency(of: n, .incoming) { graph.deleteRelationship(entry.relationship) }
            graph.deleteNode(n)
        case 12, 13:
            guard let n = aliveNode() else { return }
            let v = Int.random(in: 0..<4, using: &random) == 0 ? Value.null : value()
            graph.setNodeProperty(n, graph.internKey(pick(Self.keyNames)), v)
        case 14:
            guard let r = aliveRelationship() else { return }
            let v = Int.random(in: 0..<4, using: &random) == 0 ? Value.null : value()
            graph.setRelationshipProperty(r, graph.internKey(pick(Self.keyNames)), v)
        case 15:
            if let n = aliveNode() { graph.addLabel(n, graph.internLabel(pick(Self.labelNames))) }
        case 16:
            if let n = aliveNode(), let label = graph.nodeLabels[n].first { graph.removeLabel(n, label) }
        case 17:
            graph.createIndex(IndexKey(label: graph.internLabel(pick(Self.labelNames)), key: graph.internKey(pick(Self.keyNames))))
        case 18:
            if let key = graph.indexes.keys.sorted(by: { ($0.label, $0.key) < ($1.label, $1.key) }).first { graph.dropIndex(key) }
        default:
            // Interns a symbol that nothing uses (as a failed statement can).
            _ = graph.internKey("unused \(Int.random(in: 0..<5, using: &random))")
        }
    }

    /// A random storable value of any type.
    mutating func value() -> Value {
        switch Int.random(in: 0..<11, using: &random) {
        case 0: return .bool(Bool.random(using: &random))
        case 1: return .int(pick([0, 1, -1, Int64.max, Int64.min, 900101, Int64.random(in: .min ... .max, using: &random)]))
        case 2: return .float(pick([0.0, -0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, 34.5, -1e300,
                                    Double.random(in: -1e6...1e6, using: &random)]))
        case 3: return .string(string())
        case 4:
            let count = Int.random(in: 0...4, using: &random)
            let kind = Int.random(in: 0..<4, using: &random)
            return .list((0..<count).map { _ in
                switch kind {
                case 0: return .int(Int64.random(in: -1000...1000, using: &random))
                case 1: return .string(string())
                case 2: return .float(Double.random(in: -1...1, using: &random))
                default: return .date(DateValue(daysSinceEpoch: Int64.random(in: -100_000...100_000, using: &random)))
                }
            })
        case 5: return .date(DateValue(daysSinceEpoch: Int64.random(in: -1_000_000...1_000_000, using: &random)))
        case 6: return .localTime(LocalTimeValue(nanosecondOfDay: Int64.random(in: 0..<LocalTimeValue.nanosecondsPerDay, using: &random)))
        case 7:
            return .time(TimeValue(localTime: LocalTimeValue(nanosecondOfDay: Int64.random(in: 0..<LocalTimeValue.nanosecondsPerDay, using: &random)),
                                   offsetSeconds: Int.random(in: -64_800...64_800, using: &random)))
        case 8:
            return .localDateTime(LocalDateTimeValue(epochSeconds: Int64.random(in: -10_000_000_000...10_000_000_000, using: &random),
                                                     nanosecond: Int64.random(in: 0..<1_000_000_000, using: &random)))
        case 9:
            return .dateTime(DateTimeValue(epochSeconds: Int64.random(in: -10_000_000_000...10_000_000_000, using: &random),
                                           nanosecond: Int64.random(in: 0..<1_000_000_000, using: &random),
                                           offsetSeconds: pick([0, 3600, -18_000, 19_800]),
                                           zoneID: pick([nil, "Europe/London", "America/New_York"])))
        default:
            return .duration(DurationValue(months: Int64.random(in: -100...100, using: &random), days: Int64.random(in: -400...400, using: &random),
                                           seconds: Int64.random(in: -100_000...100_000, using: &random),
                                           nanoseconds: Int64.random(in: 0..<1_000_000_000, using: &random)))
        }
    }

    private mutating func string() -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return ""
        case 1: return "Padnell Junior School"
        case 2: return "é\u{301} 🏫 名前 \u{0}"
        case 3: return String(repeating: "long text ", count: Int.random(in: 10...400, using: &random))
        default: return String(Int.random(in: 0...1_000_000, using: &random))
        }
    }
}
