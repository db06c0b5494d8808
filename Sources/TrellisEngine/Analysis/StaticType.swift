import TrellisCore

/// What is known before running about the type of an expression's value.
package enum StaticType: Sendable, Equatable {
    case null, boolean, integer, float, string, list, map, date, node, relationship, path
    case localTime, time, localDateTime, dateTime, duration
    /// Could be anything (parameters, properties, function results).
    case any

    var isNumber: Bool { self == .integer || self == .float }

    /// A value of this type can be used where a boolean is expected.
    var canBeBoolean: Bool { self == .boolean || self == .null || self == .any }

    var name: String {
        switch self {
        case .null: "NULL"
        case .boolean: "BOOLEAN"
        case .integer: "INTEGER"
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
        case .any: "ANY"
        }
    }

    init(of value: Value) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .int: self = .integer
        case .float: self = .float
        case .string: self = .string
        case .list: self = .list
        case .map: self = .map
        case .date: self = .date
        case .localTime: self = .localTime
        case .time: self = .time
        case .localDateTime: self = .localDateTime
        case .dateTime: self = .dateTime
        case .duration: self = .duration
        case .node: self = .node
        case .relationship: self = .relationship
        case .path: self = .path
        }
    }

    init(of kind: VariableKind) {
        switch kind {
        case .node: self = .node
        case .relationship: self = .relationship
        case .relationshipList: self = .list
        case .path: self = .path
        case .value, .scalar: self = .any
        }
    }
}
