/// Dense integer identity of a node in a graph.
public typealias NodeID = Int
/// Dense integer identity of a relationship in a graph.
public typealias RelationshipID = Int

/// A path: alternating nodes and relationships, `nodes.count == relationships.count + 1`.
public struct PathValue: Sendable, Hashable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]

    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    public var length: Int { relationships.count }
}

/// A value of the query language, as held in properties, rows and parameters.
///
/// Nodes, relationships and paths are held by identity; a ``QueryResult`` carries
/// their labels and properties alongside the rows.
public enum Value: Sendable {
    /// The absence of a value.
    case null
    /// A BOOLEAN.
    case bool(Bool)
    /// An INTEGER: 64 bits, signed; overflow is an error.
    case int(Int64)
    /// A FLOAT: a 64-bit IEEE double.
    case float(Double)
    /// A STRING.
    case string(String)
    /// A LIST of any values.
    case list([Value])
    /// A MAP from string keys to values.
    case map([String: Value])
    /// A DATE.
    case date(DateValue)
    /// A LOCAL TIME (no zone).
    case localTime(LocalTimeValue)
    /// A ZONED TIME.
    case time(TimeValue)
    /// A LOCAL DATETIME (no zone).
    case localDateTime(LocalDateTimeValue)
    /// A ZONED DATETIME.
    // Boxed (like DURATION): the two payloads larger than 16 bytes would otherwise make every
    // value, row slot and stored property three times as large as the others need.
    indirect case dateTime(DateTimeValue)
    /// A DURATION.
    indirect case duration(DurationValue)
    /// A node, by identity (``QueryResult/nodes`` holds its labels and properties).
    case node(NodeID)
    /// A relationship, by identity.
    case relationship(RelationshipID)
    /// A PATH: nodes and the relationships between them.
    case path(PathValue)

    /// Whether the value is ``null``.
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// True for dates, times, datetimes and durations.
    public var isTemporal: Bool {
        switch self {
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
        default: return false
        }
    }

    /// The type name used in messages and by `valueType()`.
    public var typeName: String {
        switch self {
        case .null: "NULL"
        case .bool: "BOOLEAN"
        case .int: "INTEGER"
        case .float: "FLOAT"
        case .string: "STRING"
        case .list: "LIST"
        case .map: "MAP"
        case .date: "DATE"
        case .localTime: "LOCAL TIME"
        case .time: "ZONED TIME"
        case .localDateTime: "LOCAL DATETIME"
        case .dateTime: "ZONED DATETIME"
        case .duration: "DURATION"
        case .node: "NODE"
        case .relationship: "RELATIONSHIP"
        case .path: "PATH"
        }
    }

    /// True for values that may be stored as a property: scalars and homogeneous lists of them.
    public var isStorable: Bool {
        switch self {
        case .null, .bool, .int, .float, .string: return true
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
        case .list(let items):
            return items.allSatisfy { item in
                switch item {
                case .bool, .int, .float, .string: return true
                case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
                default: return false
                }
            }
        case .map, .node, .relationship, .path: return false
        }
    }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
