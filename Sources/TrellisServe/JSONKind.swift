import Trellis

/// The JSON names of the kinds of values, for messages about requests.
enum JSONKind {
    static func name(of value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .float: "a number"
        case .string: "a string"
        case .list: "an array"
        case .map: "an object"
        default: value.typeName
        }
    }
}
