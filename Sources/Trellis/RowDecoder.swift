import TrellisCore
import TrellisEngine

/// Decodes a ``Row``, or a value inside one, into a `Decodable` Swift type (``Row/decode(_:)``).
///
/// - A row decodes as a keyed container of its columns; a struct's stored property `name` reads the
///   column `name`. A row of one column also decodes as that column's value (`row.decode(String.self)`),
///   and when that is a node, relationship or map, its entries are keys of the row too.
/// - A MAP decodes as a keyed container of its entries; a node or relationship as a keyed container
///   of its properties; a LIST (or a row, read in order) as an unkeyed container.
/// - Scalars and types that are ``ValueConvertible`` (``DateValue``, ``NodeSnapshot``, ``Value``…)
///   decode as ``ValueConvertible`` reads them; `null` decodes as `nil` for optionals.
struct RowDecoder: Decoder {
    /// The value being decoded: for a whole row, a map of its columns.
    let value: Value
    /// The row's values in column order when this decodes a whole row (nil below it).
    let rowValues: [Value]?
    let entities: ResultEntities
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(row: Row) {
        var columns: [String: Value] = [:]
        for (name, v) in zip(row.columns, row.values) { columns[name] = v }
        self.init(value: .map(columns), rowValues: row.values, entities: row.entities, codingPath: [])
    }

    init(value: Value, rowValues: [Value]? = nil, entities: ResultEntities, codingPath: [any CodingKey]) {
        self.value = value
        self.rowValues = rowValues
        self.entities = entities
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard var entries = Self.entries(of: value, entities) else {
            throw mismatch([String: Value].self, "a map, node or relationship")
        }
        // A row of one node, relationship or map (`RETURN s`) also offers that value's entries;
        // the column names come first.
        if let rowValues, rowValues.count == 1, let inner = Self.entries(of: rowValues[0], entities) {
            entries.merge(inner) { column, _ in column }
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(entries: entries, decoder: self))
    }

    /// The entries of a map, or the properties of a node or relationship.
    static func entries(of value: Value, _ entities: ResultEntities) -> [String: Value]? {
        switch value {
        case .map(let m): m
        case .node(let n): entities.node(n)?.properties ?? [:]
        case .relationship(let r): entities.relationship(r)?.properties ?? [:]
        default: nil
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        if let rowValues { return UnkeyedContainer(items: rowValues, decoder: self) }
        guard case .list(let items) = value else { throw mismatch([Value].self, "a list") }
        return UnkeyedContainer(items: items, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        if let rowValues {
            guard rowValues.count == 1 else {
                throw DecodingError.typeMismatch(Value.self, .init(codingPath: codingPath,
                    debugDescription: "a row of \(rowValues.count) columns cannot be decoded as a single value"))
            }
            return SingleValueContainer(decoder: RowDecoder(value: rowValues[0], entities: entities, codingPath: codingPath))
        }
        return SingleValueContainer(decoder: self)
    }

    /// Decodes `value` as `T`: directly when `T` is ``ValueConvertible``, else through its `init(from:)`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let convertible = T.self as? any ValueConvertible.Type {
            guard let result = convertible.fromQueryValue(value, entities: entities) as? T else {
                throw mismatch(T.self, "\(T.self)")
            }
            return result
        }
        return try T(from: self)
    }

    func child(_ value: Value, key: any CodingKey) -> RowDecoder {
        RowDecoder(value: value, entities: entities, codingPath: codingPath + [key])
    }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        let found = if case .null = value { "null" } else { "a value of type \(value.typeName)" }
        return DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(found)"))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [String: Value]
    let decoder: RowDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    func value(_ key: Key) throws -> Value {
        guard let v = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no column or key named '\(key.stringValue)'"))
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.child(try value(key), key: key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(try value(key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(try value(key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(try value(key), key: key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let items: [Value]
    let decoder: RowDecoder
    var currentIndex = 0
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [Value], decoder: RowDecoder) {
        self.items = items
        self.decoder = decoder
    }

    mutating func next() throws -> RowDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Value.self, .init(codingPath: codingPath, debugDescription: "no more elements (there are \(items.count))"))
        }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], key: IndexKey(intValue: currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = items[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: RowDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = decoder.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}

/// The position of an element in a list, as a coding key.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}
