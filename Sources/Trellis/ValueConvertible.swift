import TrellisCore
import TrellisEngine

/// A Swift type that query values can be read as, and that can be passed as a parameter.
///
/// ``Row`` uses it for typed reads such as `try row["name", as: String.self]`. Trellis provides it
/// for ``Value`` itself, `Bool`, the integer types, `Double`, `Float`, `String`, the temporal values
/// (``DateValue``, ``DateTimeValue``, …), ``NodeSnapshot``, ``RelationshipSnapshot``, and for
/// optionals, arrays and string-keyed dictionaries of these.
public protocol ValueConvertible {
    /// This Swift value as a query value, to pass as a parameter.
    var queryValue: Value { get }

    /// The Swift value of `value`, or nil when `value` cannot be read as this type. `entities`
    /// resolves the nodes and relationships a value refers to.
    static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Self?
}

extension Value {
    /// The query value of a Swift value: `Value(42)`, `Value("Padnell")`, `Value([1, 2])`.
    public init(_ convertible: some ValueConvertible) {
        self = convertible.queryValue
    }
}

extension Value: ValueConvertible {
    public var queryValue: Value { self }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Value? { value }
}

extension Bool: ValueConvertible {
    public var queryValue: Value { .bool(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }
}

extension String: ValueConvertible {
    public var queryValue: Value { .string(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }
}

extension Double: ValueConvertible {
    public var queryValue: Value { .float(self) }
    /// Reads a FLOAT, or an INTEGER as the nearest double.
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Double? {
        switch value {
        case .float(let d): return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }
}

extension Float: ValueConvertible {
    public var queryValue: Value { .float(Double(self)) }
    /// Reads a FLOAT or an INTEGER as the nearest float.
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Float? {
        Double.fromQueryValue(value, entities: entities).map(Float.init)
    }
}

/// Integers read INTEGER values that fit them exactly; a value out of their range is not read.
extension ValueConvertible where Self: FixedWidthInteger {
    public var queryValue: Value { Int64(exactly: self).map(Value.int) ?? .float(Double(self)) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Self? {
        if case .int(let i) = value { return Self(exactly: i) }
        return nil
    }
}

extension Int: ValueConvertible {}
extension Int64: ValueConvertible {}
extension Int32: ValueConvertible {}
extension Int16: ValueConvertible {}
extension Int8: ValueConvertible {}
extension UInt: ValueConvertible {}
extension UInt64: ValueConvertible {}
extension UInt32: ValueConvertible {}
extension UInt16: ValueConvertible {}
extension UInt8: ValueConvertible {}

extension DateValue: ValueConvertible {
    public var queryValue: Value { .date(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> DateValue? {
        if case .date(let d) = value { return d }
        return nil
    }
}

extension LocalTimeValue: ValueConvertible {
    public var queryValue: Value { .localTime(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> LocalTimeValue? {
        if case .localTime(let t) = value { return t }
        return nil
    }
}

extension TimeValue: ValueConvertible {
    public var queryValue: Value { .time(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> TimeValue? {
        if case .time(let t) = value { return t }
        return nil
    }
}

extension LocalDateTimeValue: ValueConvertible {
    public var queryValue: Value { .localDateTime(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> LocalDateTimeValue? {
        if case .localDateTime(let t) = value { return t }
        return nil
    }
}

extension DateTimeValue: ValueConvertible {
    public var queryValue: Value { .dateTime(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> DateTimeValue? {
        if case .dateTime(let t) = value { return t }
        return nil
    }
}

extension DurationValue: ValueConvertible {
    public var queryValue: Value { .duration(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> DurationValue? {
        if case .duration(let d) = value { return d }
        return nil
    }
}

extension PathValue: ValueConvertible {
    public var queryValue: Value { .path(self) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> PathValue? {
        if case .path(let p) = value { return p }
        return nil
    }
}

extension NodeSnapshot: ValueConvertible {
    /// The node itself, by identity.
    public var queryValue: Value { .node(id) }
    /// Reads a node the result mentions, with its labels and properties.
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> NodeSnapshot? {
        if case .node(let n) = value { return entities.node(n) }
        return nil
    }
}

extension RelationshipSnapshot: ValueConvertible {
    /// The relationship itself, by identity.
    public var queryValue: Value { .relationship(id) }
    /// Reads a relationship the result mentions, with its type, ends and properties.
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> RelationshipSnapshot? {
        if case .relationship(let r) = value { return entities.relationship(r) }
        return nil
    }
}

/// `nil` is `null` and `null` is `nil`; any other value is read as `Wrapped`.
extension Optional: ValueConvertible where Wrapped: ValueConvertible {
    public var queryValue: Value { self?.queryValue ?? .null }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        return Wrapped.fromQueryValue(value, entities: entities).map { .some($0) }
    }
}

/// A LIST whose every element can be read as `Element`.
extension Array: ValueConvertible where Element: ValueConvertible {
    public var queryValue: Value { .list(map(\.queryValue)) }
    public static func fromQueryValue(_ value: Value, entities: ResultEntities) -> [Element]? {
        guard case .list(let items) = value else { return nil }
        var out: [Element] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard let element = Element.fromQueryValue(item, entities: entities) else { return nil }
            out.append(element)
        }
        return out
    }
}

/// A MAP whose every value can be read as `Value`.
extension Dictionary: ValueConvertible where Key == String, Value: ValueConvertible {
    public var queryValue: TrellisCore.Value { .map(mapValues(\.queryValue)) }
    public static func fromQueryValue(_ value: TrellisCore.Value, entities: ResultEntities) -> [String: Value]? {
        guard case .map(let entries) = value else { return nil }
        var out: [String: Value] = [:]
        for (key, item) in entries {
            guard let v = Value.fromQueryValue(item, entities: entities) else { return nil }
            out[key] = v
        }
        return out
    }
}
