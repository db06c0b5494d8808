import Foundation
import Trellis

/// The sample partnership graph as plain Swift values, read from a snapshot, so that tests can
/// compute the answers to the saved queries without the query engine.
struct SampleData: Sendable {
    let nodes: [NodeID: NodeSnapshot]
    let outgoing: [NodeID: [RelationshipSnapshot]]
    let incoming: [NodeID: [RelationshipSnapshot]]

    init(_ snapshot: GraphSnapshot) {
        nodes = Dictionary(uniqueKeysWithValues: snapshot.nodes.map { ($0.id, $0) })
        outgoing = Dictionary(grouping: snapshot.relationships, by: \.start)
        incoming = Dictionary(grouping: snapshot.relationships, by: \.end)
    }

    /// Every node with `label`, in id order.
    func all(_ label: String) -> [NodeSnapshot] {
        nodes.values.filter { $0.labels.contains(label) }.sorted { $0.id < $1.id }
    }

    /// The one node with `label` whose `key` is the string `value`.
    func node(_ label: String, _ key: String, _ value: String) -> NodeSnapshot? {
        let found = all(label).filter { $0.string(key) == value }
        return found.count == 1 ? found[0] : nil
    }

    /// `(node)-[:type]->(target)`: each relationship with the node at its far end.
    func targets(of node: NodeSnapshot, _ type: String) -> [(relationship: RelationshipSnapshot, node: NodeSnapshot)] {
        (outgoing[node.id] ?? []).filter { $0.type == type }.compactMap { r in nodes[r.end].map { (r, $0) } }
    }

    /// `(node)<-[:type]-(source)`: each relationship with the node at its far end.
    func sources(of node: NodeSnapshot, _ type: String) -> [(relationship: RelationshipSnapshot, node: NodeSnapshot)] {
        (incoming[node.id] ?? []).filter { $0.type == type }.compactMap { r in nodes[r.start].map { (r, $0) } }
    }

    /// The partnerships a school belongs to now: memberships without an `until` date.
    func currentPartnerships(of school: NodeSnapshot) -> [NodeSnapshot] {
        targets(of: school, "MEMBER_OF").filter { $0.relationship.properties["until"] == nil }.map(\.node)
    }

    /// The schools that belong to a partnership now.
    func currentMembers(of partnership: NodeSnapshot) -> [NodeSnapshot] {
        sources(of: partnership, "MEMBER_OF").filter { $0.relationship.properties["until"] == nil }.map(\.node)
    }

    /// The local authority of a school.
    func authority(of school: NodeSnapshot) -> NodeSnapshot? {
        targets(of: school, "IN_AUTHORITY").first?.node
    }

    /// Great-circle distance in kilometres between two nodes with `lat` and `lon` (haversine,
    /// on a sphere of the Earth's mean radius).
    static func kilometres(_ a: NodeSnapshot, _ b: NodeSnapshot) -> Double {
        let radius = 6371.0088
        let toRadians = Double.pi / 180
        let lat1 = a.double("lat")! * toRadians, lat2 = b.double("lat")! * toRadians
        let dLat = lat2 - lat1
        let dLon = (b.double("lon")! - a.double("lon")!) * toRadians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * asin(min(1, h.squareRoot()))
    }
}

/// Typed reads of properties.
protocol PropertyHolder {
    var properties: [String: Value] { get }
}

extension NodeSnapshot: PropertyHolder {}
extension RelationshipSnapshot: PropertyHolder {}

extension PropertyHolder {
    func string(_ key: String) -> String? {
        if case .string(let s)? = properties[key] { return s }
        return nil
    }

    func int(_ key: String) -> Int64? {
        if case .int(let i)? = properties[key] { return i }
        return nil
    }

    func double(_ key: String) -> Double? {
        switch properties[key] {
        case .float(let d)?: return d
        case .int(let i)?: return Double(i)
        default: return nil
        }
    }

    func date(_ key: String) -> DateValue? {
        if case .date(let d)? = properties[key] { return d }
        return nil
    }
}

/// What a query should answer: column names and rows of expected cells.
struct ExpectedTable: Sendable {
    var columns: [String]
    var rows: [[ExpectedCell]]
}

/// One expected cell of a result.
enum ExpectedCell: Sendable, CustomStringConvertible {
    /// Exactly this value, of this type.
    case value(Value)
    /// A number the query rounds to one decimal place: within 0.05 of this exact value.
    case roundedToTenth(Double)

    static func string(_ s: String) -> ExpectedCell { .value(.string(s)) }
    static func int(_ i: Int64) -> ExpectedCell { .value(.int(i)) }
    static func strings(_ list: [String]) -> ExpectedCell { .value(.list(list.map(Value.string))) }
    static func optionalString(_ s: String?) -> ExpectedCell { .value(s.map(Value.string) ?? .null) }

    func matches(_ actual: Value) -> Bool {
        switch self {
        case .value(let expected):
            return actual.typeName == expected.typeName && actual == expected
        case .roundedToTenth(let exact):
            guard case .float(let x) = actual else { return false }
            return abs(x - exact) <= 0.05 + 1e-9
        }
    }

    var description: String {
        switch self {
        case .value(let v): return "\(v)"
        case .roundedToTenth(let d): return "\(d) rounded to one decimal"
        }
    }
}
