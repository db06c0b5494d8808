/// The type of a column in the CSV import format: a scalar type, or a list of one (`int[]`).
///
/// Written after the column name and a colon (`pupils:int`, `formed:date`, `tags:string[]`);
/// a column without a type holds strings. See `Docs/import-format.md`.
public struct ImportFieldType: Sendable, Hashable, CustomStringConvertible {
    /// The scalar types a field (or a list item) may hold.
    public enum Scalar: String, Sendable, Hashable, CaseIterable {
        case string, int, float, bool, date, datetime, localdatetime, time, localtime, duration
    }

    /// The type of the value, or of each item when ``isList`` is true.
    public var scalar: Scalar
    /// True for list columns (`int[]`): the field holds `;`-separated items.
    public var isList: Bool

    public init(_ scalar: Scalar, isList: Bool = false) {
        self.scalar = scalar
        self.isList = isList
    }

    /// The type a header names, or nil when the name is not a type. Case is ignored, and the
    /// spellings other bulk loaders use are accepted too: `long`, `integer` (int), `double` (float),
    /// `boolean` (bool), `str` (string), `zoneddatetime` (datetime), `zonedtime` (time).
    public init?(name: String) {
        var text = Substring(name.lowercased())
        var isList = false
        if text.hasSuffix("[]") {
            isList = true
            text = text.dropLast(2)
        }
        let aliases: [Substring: Scalar] = [
            "long": .int, "integer": .int, "double": .float, "boolean": .bool, "str": .string,
            "zoneddatetime": .datetime, "zonedtime": .time,
        ]
        guard let scalar = Scalar(rawValue: String(text)) ?? aliases[text] else { return nil }
        self.init(scalar, isList: isList)
    }

    /// The string type, which columns without a type have.
    public static let string = ImportFieldType(.string)

    /// The spelling used in headers: `int`, `date[]`.
    public var description: String { scalar.rawValue + (isList ? "[]" : "") }

    /// The column type that holds `value`: nil for null, maps, graph entities, and lists whose
    /// items are not all of one scalar type. An empty list has no item type of its own: it is
    /// given `string[]`.
    public static func of(_ value: Value) -> ImportFieldType? {
        if case .list(let items) = value {
            guard let first = items.first else { return ImportFieldType(.string, isList: true) }
            guard let scalar = Scalar.of(first), items.allSatisfy({ Scalar.of($0) == scalar }) else { return nil }
            return ImportFieldType(scalar, isList: true)
        }
        return Scalar.of(value).map { ImportFieldType($0) }
    }
}

extension ImportFieldType.Scalar {
    /// The scalar type of `value`, or nil when it is not a scalar.
    static func of(_ value: Value) -> Self? {
        switch value {
        case .string: .string
        case .int: .int
        case .float: .float
        case .bool: .bool
        case .date: .date
        case .dateTime: .datetime
        case .localDateTime: .localdatetime
        case .time: .time
        case .localTime: .localtime
        case .duration: .duration
        case .null, .list, .map, .node, .relationship, .path: nil
        }
    }

    /// The type as a noun phrase for messages: "an int", "a date".
    var phrase: String {
        switch self {
        case .int: "an int"
        default: "a \(rawValue)"
        }
    }
}
