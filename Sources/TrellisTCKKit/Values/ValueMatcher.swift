import Trellis

/// Decides whether an actual ``Value`` is the value a TCK cell describes.
///
/// The rules follow the TCK's value equality:
/// - integers and floats are different types (`1` does not match `1.0`); floats match by
///   `Double` equality, and `NaN` matches `NaN`;
/// - strings match exactly; a temporal value matches the string of its canonical ISO form
///   (`'2015-07-21'`, `'21:40:32.142+01:00'`; see ``TemporalNotation``);
/// - lists match element by element in order, or as multisets when list order is ignored;
/// - maps match when they have the same keys and matching values;
/// - nodes match when their label sets and property maps match, relationships when their
///   types and property maps match, and paths when every node, relationship and direction does.
///
/// Nodes and relationships are resolved through the snapshots a ``QueryResult`` carries.
public struct ValueMatcher: Sendable {
    public var nodes: [NodeID: NodeSnapshot]
    public var relationships: [RelationshipID: RelationshipSnapshot]
    /// True for the "(ignoring element order for lists)" steps.
    public var ignoresListOrder: Bool

    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:],
                ignoresListOrder: Bool = false) {
        self.nodes = nodes
        self.relationships = relationships
        self.ignoresListOrder = ignoresListOrder
    }

    /// A matcher resolving entities through `result`.
    public init(result: QueryResult, ignoresListOrder: Bool = false) {
        self.init(nodes: result.nodes, relationships: result.relationships, ignoresListOrder: ignoresListOrder)
    }

    /// True when `actual` is the value `expected` describes.
    public func matches(_ expected: ExpectedValue, _ actual: Value) -> Bool {
        switch (expected, actual) {
        case (.null, .null):
            return true
        case let (.bool(x), .bool(y)):
            return x == y
        case let (.integer(x), .int(y)):
            return x == y
        case let (.float(x), .float(y)):
            return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)):
            return x == y
        case let (.string(x), temporal) where temporal.isTemporal:
            return TemporalNotation.matches(x, temporal)
        case let (.list(xs), .list(ys)):
            return ignoresListOrder ? matchesInAnyOrder(xs, ys) : matchesInOrder(xs, ys)
        case let (.map(xs), .map(ys)):
            return matches(xs, ys)
        case let (.node(node), .node(id)):
            return matches(node, id)
        case let (.relationship(relationship), .relationship(id)):
            guard let snapshot = relationships[id] else { return false }
            return matches(relationship, snapshot)
        case let (.path(path), .path(value)):
            return matches(path, value)
        default:
            return false
        }
    }

    /// True when both maps have the same keys and every value matches.
    public func matches(_ expected: [String: ExpectedValue], _ actual: [String: Value]) -> Bool {
        guard expected.count == actual.count else { return false }
        for (key, value) in expected {
            guard let other = actual[key], matches(value, other) else { return false }
        }
        return true
    }

    private func matchesInOrder(_ expected: [ExpectedValue], _ actual: [Value]) -> Bool {
        expected.count == actual.count && zip(expected, actual).allSatisfy { matches($0, $1) }
    }

    /// Multiset matching: every expected element takes a distinct actual element.
    private func matchesInAnyOrder(_ expected: [ExpectedValue], _ actual: [Value]) -> Bool {
        guard expected.count == actual.count else { return false }
        var unused = Array(actual.indices)
        for value in expected {
            guard let position = unused.firstIndex(where: { matches(value, actual[$0]) }) else { return false }
            unused.remove(at: position)
        }
        return true
    }

    private func matches(_ expected: ExpectedNode, _ id: NodeID) -> Bool {
        guard let snapshot = nodes[id] else { return false }
        return Set(snapshot.labels) == expected.labels && matches(expected.properties, snapshot.properties)
    }

    private func matches(_ expected: ExpectedRelationship, _ snapshot: RelationshipSnapshot) -> Bool {
        snapshot.type == expected.type && matches(expected.properties, snapshot.properties)
    }

    private func matches(_ expected: ExpectedPath, _ actual: PathValue) -> Bool {
        guard actual.nodes.count == expected.steps.count + 1, actual.relationships.count == expected.steps.count,
              matches(expected.start, actual.nodes[0]) else { return false }
        for (offset, step) in expected.steps.enumerated() {
            let from = actual.nodes[offset], to = actual.nodes[offset + 1]
            guard let relationship = relationships[actual.relationships[offset]],
                  matches(step.relationship, relationship),
                  matches(step.node, to) else { return false }
            let pointsAlong = relationship.start == from && relationship.end == to
            let pointsAgainst = relationship.start == to && relationship.end == from
            guard step.isForward ? pointsAlong : pointsAgainst else { return false }
        }
        return true
    }
}
