import TrellisCore
import TrellisGraph

/// The type tag that starts every encoded value. The numbers are part of the file formats:
/// never renumber them, only add new ones.
enum ValueTag: UInt8 {
    case null = 0
    case `false` = 1
    case `true` = 2
    case int = 3
    case float = 4
    case string = 5
    case list = 6
    case map = 7
    case date = 8
    case localTime = 9
    case time = 10
    case localDateTime = 11
    case dateTime = 12
    case duration = 13
    case node = 14
    case relationship = 15
    case path = 16
}

extension BinaryEncoder {
    /// A value: its ``ValueTag``, then its payload (see `Docs/storage.md`).
    mutating func writeValue(_ value: Value) {
        switch value {
        case .null:
            writeUInt8(ValueTag.null.rawValue)
        case .bool(let b):
            writeUInt8(b ? ValueTag.true.rawValue : ValueTag.false.rawValue)
        case .int(let i):
            writeUInt8(ValueTag.int.rawValue)
            writeVarInt(i)
        case .float(let d):
            writeUInt8(ValueTag.float.rawValue)
            writeDouble(d)
        case .string(let s):
            writeUInt8(ValueTag.string.rawValue)
            writeString(s)
        case .list(let items):
            writeUInt8(ValueTag.list.rawValue)
            writeCount(items.count)
            for item in items { writeValue(item) }
        case .map(let entries):
            writeUInt8(ValueTag.map.rawValue)
            writeCount(entries.count)
            for key in entries.keys.sorted() {
                writeString(key)
                writeValue(entries[key]!)
            }
        case .date(let d):
            writeUInt8(ValueTag.date.rawValue)
            writeVarInt(d.daysSinceEpoch)
        case .localTime(let t):
            writeUInt8(ValueTag.localTime.rawValue)
            writeVarInt(t.nanosecondOfDay)
        case .time(let t):
            writeUInt8(ValueTag.time.rawValue)
            writeVarInt(t.localTime.nanosecondOfDay)
            writeVarInt(Int64(t.offsetSeconds))
        case .localDateTime(let t):
            writeUInt8(ValueTag.localDateTime.rawValue)
            writeVarInt(t.date.daysSinceEpoch)
            writeVarInt(t.time.nanosecondOfDay)
        case .dateTime(let t):
            writeUInt8(ValueTag.dateTime.rawValue)
            writeVarInt(t.epochSeconds)
            writeVarInt(t.nanosecond)
            writeVarInt(Int64(t.offsetSeconds))
            if let zone = t.zoneID {
                writeUInt8(1)
                writeString(zone)
            } else {
                writeUInt8(0)
            }
        case .duration(let d):
            writeUInt8(ValueTag.duration.rawValue)
            writeVarInt(d.months)
            writeVarInt(d.days)
            writeVarInt(d.seconds)
            writeVarInt(d.nanoseconds)
        case .node(let n):
            writeUInt8(ValueTag.node.rawValue)
            writeCount(n)
        case .relationship(let r):
            writeUInt8(ValueTag.relationship.rawValue)
            writeCount(r)
        case .path(let p):
            writeUInt8(ValueTag.path.rawValue)
            writeCount(p.nodes.count)
            for n in p.nodes { writeCount(n) }
            writeCount(p.relationships.count)
            for r in p.relationships { writeCount(r) }
        }
    }

    /// A property list: its length, then each key id and value, in the list's order.
    mutating func writeProperties(_ properties: PropertyList) {
        writeCount(properties.entries.count)
        for e in properties.entries {
            writeCount(Int(e.key))
            writeValue(e.value)
        }
    }
}

extension BinaryDecoder {
    /// How deeply lists and maps may nest in stored data (properties nest one level).
    static let maximumNesting = 64

    /// A value written by ``BinaryEncoder/writeValue(_:)``. Without `makingStrings`, every string
    /// in it (map keys and time zones included) is passed over and given as empty: the value has
    /// the shape and the checks of the one stored, for less work.
    func readValue(depth: Int = 0, makingStrings: Bool = true) throws -> Value {
        func string() throws -> String {
            guard makingStrings else {
                try skipString()
                return ""
            }
            return try readString()
        }
        let raw = try readUInt8()
        guard let tag = ValueTag(rawValue: raw) else { throw DecodingFailure("holds an unknown value tag \(raw)") }
        switch tag {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .int: return .int(try readVarInt())
        case .float: return .float(try readDouble())
        case .string: return .string(try string())
        case .list:
            guard depth < Self.maximumNesting else { throw DecodingFailure("nests lists too deeply") }
            let count = try readCount("list items")
            var items: [Value] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try readValue(depth: depth + 1, makingStrings: makingStrings)) }
            return .list(items)
        case .map:
            guard depth < Self.maximumNesting else { throw DecodingFailure("nests maps too deeply") }
            let count = try readCount(minimumSize: 2, "map entries")
            var entries: [String: Value] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try string()
                entries[key] = try readValue(depth: depth + 1, makingStrings: makingStrings)
            }
            return .map(entries)
        case .date:
            return .date(DateValue(daysSinceEpoch: try readDays()))
        case .localTime:
            return .localTime(LocalTimeValue(nanosecondOfDay: try readNanosecondOfDay()))
        case .time:
            let nanos = try readNanosecondOfDay()
            let offset = try readOffset()
            return .time(TimeValue(localTime: LocalTimeValue(nanosecondOfDay: nanos), offsetSeconds: offset))
        case .localDateTime:
            let days = try readDays()
            let nanos = try readNanosecondOfDay()
            return .localDateTime(LocalDateTimeValue(date: DateValue(daysSinceEpoch: days), time: LocalTimeValue(nanosecondOfDay: nanos)))
        case .dateTime:
            let seconds = try readVarInt()
            let nanos = try readFraction()
            let offset = try readOffset()
            let zone: String?
            switch try readUInt8() {
            case 0: zone = nil
            case 1: zone = try string()
            case let other: throw DecodingFailure("holds an unknown time zone marker \(other)")
            }
            let value = DateTimeValue(epochSeconds: seconds, nanosecond: nanos, offsetSeconds: offset, zoneID: zone)
            guard TemporalRange.contains(value) else {
                throw DecodingFailure("holds a datetime \(seconds) seconds from 1970 outside the supported dates")
            }
            return .dateTime(value)
        case .duration:
            let months = try readVarInt()
            let days = try readVarInt()
            let seconds = try readVarInt()
            let nanos = try readFraction()
            return .duration(DurationValue(months: months, days: days, seconds: seconds, nanoseconds: nanos))
        case .node:
            return .node(try readIndex(below: Int.max, "node"))
        case .relationship:
            return .relationship(try readIndex(below: Int.max, "relationship"))
        case .path:
            let nodeCount = try readCount("path nodes")
            var nodes: [NodeID] = []
            nodes.reserveCapacity(nodeCount)
            for _ in 0..<nodeCount { nodes.append(try readIndex(below: Int.max, "node")) }
            let relationshipCount = try readCount("path relationships")
            var relationships: [RelationshipID] = []
            relationships.reserveCapacity(relationshipCount)
            for _ in 0..<relationshipCount { relationships.append(try readIndex(below: Int.max, "relationship")) }
            return .path(PathValue(nodes: nodes, relationships: relationships))
        }
    }

    /// Days since 1970-01-01 of a date in ``TemporalRange``.
    private func readDays() throws -> Int64 {
        let days = try readVarInt()
        guard TemporalRange.days.contains(days) else { throw DecodingFailure("holds a date \(days) days from 1970 outside the supported dates") }
        return days
    }

    /// Nanoseconds since midnight, within one day.
    private func readNanosecondOfDay() throws -> Int64 {
        let nanos = try readVarInt()
        guard (0..<LocalTimeValue.nanosecondsPerDay).contains(nanos) else { throw DecodingFailure("holds a time of \(nanos) nanoseconds") }
        return nanos
    }

    /// The fraction of a second, in nanoseconds.
    private func readFraction() throws -> Int64 {
        let nanos = try readVarInt()
        guard (0..<1_000_000_000).contains(nanos) else { throw DecodingFailure("holds a fraction of \(nanos) nanoseconds") }
        return nanos
    }

    /// A UTC offset in seconds, within a day either way.
    private func readOffset() throws -> Int {
        let offset = try readVarInt()
        guard (-86_400...86_400).contains(offset) else { throw DecodingFailure("holds a UTC offset of \(offset) seconds") }
        return Int(offset)
    }

    /// A property list written by ``BinaryEncoder/writeProperties(_:)``, whose keys must be below
    /// `keyCount`, distinct, and whose values must be storable and not null.
    func readProperties(keyCount: Int) throws -> PropertyList {
        let count = try readCount(minimumSize: 2, "properties")
        if count == 0 { return PropertyList() }
        var entries: [PropertyList.Entry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key = Int32(try readIndex(below: keyCount, "property key"))
            if entries.contains(where: { $0.key == key }) { throw Self.repeated(key) }
            entries.append(PropertyList.Entry(key: key, value: try readPropertyValue()))
        }
        return PropertyList(entries: entries)
    }

    /// The properties of entity `id` as ``readProperties(keyCount:)`` reads them, added to `columns`.
    func readProperties(of id: Int, keyCount: Int, into columns: inout PropertyColumnsBuilder) throws {
        let count = try readCount(minimumSize: 2, "properties")
        for _ in 0..<count {
            let key = Int32(try readIndex(below: keyCount, "property key"))
            guard columns.append(id, key, try readPropertyValue()) else { throw Self.repeated(key) }
        }
    }

    /// A value that a property may hold: storable and not null.
    private func readPropertyValue() throws -> Value {
        let value = try readValue()
        guard !value.isNull, value.isStorable else {
            throw DecodingFailure("holds a \(value.typeName) where only property values may be")
        }
        return value
    }

    /// A value of a property column: null where an entity has none, or what a property may hold
    /// (its strings passed over, without `makingStrings`: see ``readValue(depth:makingStrings:)``).
    func readColumnValue(makingStrings: Bool = true) throws -> Value {
        let value = try readValue(makingStrings: makingStrings)
        guard value.isNull || value.isStorable else {
            throw DecodingFailure("holds a \(value.typeName) where only property values may be")
        }
        return value
    }

    /// Passes over a value of a property column with the checks of ``readColumnValue(makingStrings:)``,
    /// without making it; returns whether it is null. The most common kinds of value are passed
    /// over here; the others are read (without their strings) and dropped.
    func skipColumnValue() throws -> Bool {
        switch try peekUInt8() {
        case ValueTag.null.rawValue:
            try skip(1)
            return true
        case ValueTag.false.rawValue, ValueTag.true.rawValue:
            try skip(1)
        case ValueTag.int.rawValue:
            try skip(1)
            _ = try readVarInt()
        case ValueTag.float.rawValue:
            try skip(9)
        case ValueTag.string.rawValue:
            try skip(1)
            try skipString()
        default:
            return try readColumnValue(makingStrings: false).isNull
        }
        return false
    }

    private static func repeated(_ key: Int32) -> DecodingFailure {
        DecodingFailure("holds property key \(key) twice in one entity")
    }
}
