import Foundation
import Trellis

typealias JSONObject = [String: JSON]

/// Just enough JSON to write the report; keys are written sorted.
enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int64)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    var number: Double? { if case .number(let n) = self { return n } else { return nil } }

    /// A result value: nodes, relationships and paths are not expected in benchmark results and
    /// are written as their identity; temporal values as their ISO text.
    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .integer(i)
        case .float(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .list(let items): self = .array(items.map(JSON.init))
        case .map(let m): self = .object(m.mapValues(JSON.init))
        case .date(let d): self = .string(d.description)
        case .localTime(let t): self = .string(t.description)
        case .time(let t): self = .string(t.description)
        case .localDateTime(let t): self = .string(t.description)
        case .dateTime(let t): self = .string(t.description)
        case .duration(let d): self = .string(d.description)
        case .node(let id): self = .string("node \(id)")
        case .relationship(let id): self = .string("relationship \(id)")
        case .path(let p): self = .string("path \(p.nodes)")
        }
    }

    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            if d.isFinite { out += "\(d)" } else { out += d.isNaN ? "\"NaN\"" : (d > 0 ? "\"Infinity\"" : "\"-Infinity\"") }
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let map):
            out += "{"
            for (i, key) in map.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                JSON.quote(key, into: &out)
                out += ":"
                map[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        JSONValueEncoder.appendString(s, to: &out)
    }
}
