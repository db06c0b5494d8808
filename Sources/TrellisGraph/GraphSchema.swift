import TrellisCore

/// Rules a database enforces on its data: for labelled nodes, the properties they must or may
/// have (type, required, unique, allowed values, integer range); for relationship types, the labels
/// they may connect and their properties. Labels and types the schema does not mention are free.
///
/// A schema is data: it is stored with the graph, shown by `CALL trellis.schema()`, and checked
/// at the end of every write statement (a violation fails the statement, which then changes nothing).
public struct GraphSchema: Sendable, Hashable {
    /// The type a property value must have.
    public enum ValueType: String, Sendable, Hashable, CaseIterable {
        case string, integer, float, number, boolean, date, datetime, list

        /// Whether `value` (not null) has this type. `float` accepts integers too, as numbers.
        public func admits(_ value: Value) -> Bool {
            switch (self, value) {
            case (.string, .string), (.integer, .int), (.boolean, .bool), (.date, .date), (.list, .list): return true
            case (.float, .float), (.float, .int), (.number, .float), (.number, .int): return true
            case (.datetime, .dateTime), (.datetime, .localDateTime): return true
            default: return false
            }
        }

        /// How the type reads in messages: "an integer", "a date".
        public var phrase: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float, .number: "a number"
            case .boolean: "a boolean"
            case .date: "a date"
            case .datetime: "a datetime"
            case .list: "a list"
            }
        }
    }

    public struct PropertyRule: Sendable, Hashable {
        public var name: String
        public var type: ValueType
        public var required: Bool
        public var unique: Bool
        public var allowedValues: [String]?
        public var integerRange: ClosedRange<Int64>?

        public init(_ name: String, _ type: ValueType, required: Bool = false, unique: Bool = false,
                    allowedValues: [String]? = nil, integerRange: ClosedRange<Int64>? = nil) {
            self.name = name
            self.type = type
            self.required = required || unique
            self.unique = unique
            self.allowedValues = allowedValues
            self.integerRange = integerRange
        }
    }

    public struct NodeRule: Sendable, Hashable {
        public var label: String
        public var properties: [PropertyRule]
        public init(_ label: String, _ properties: [PropertyRule]) {
            self.label = label
            self.properties = properties
        }
    }

    public struct RelationshipRule: Sendable, Hashable {
        public var type: String
        /// Allowed (start label, end label) pairs.
        public var endpoints: [(from: String, to: String)]
        public var properties: [PropertyRule]
        public init(_ type: String, from: String, to: String, _ properties: [PropertyRule] = []) {
            self.type = type
            self.endpoints = [(from, to)]
            self.properties = properties
        }

        public static func == (a: RelationshipRule, b: RelationshipRule) -> Bool {
            a.type == b.type && a.properties == b.properties
                && a.endpoints.map { [$0.from, $0.to] } == b.endpoints.map { [$0.from, $0.to] }
        }

        public func hash(into h: inout Hasher) {
            h.combine(type)
            h.combine(properties)
            for e in endpoints { h.combine(e.from); h.combine(e.to) }
        }
    }

    public var name: String
    public var nodes: [NodeRule]
    public var relationships: [RelationshipRule]

    public init(name: String, nodes: [NodeRule], relationships: [RelationshipRule]) {
        self.name = name
        self.nodes = nodes
        self.relationships = relationships
    }

    public func rule(forLabel label: String) -> NodeRule? { nodes.first { $0.label == label } }
    public func rule(forType type: String) -> RelationshipRule? { relationships.first { $0.type == type } }
}
