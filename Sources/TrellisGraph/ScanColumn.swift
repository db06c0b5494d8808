import TrellisCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A test a scan makes on one property of many entities, on values laid out by ``ScanColumn``.
public enum ScanPredicate: Sendable {
    public enum Comparison: Sendable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    }

    /// The value is an integer that compares so with this one.
    case integer(Comparison, Int64)
    /// The value is a date that compares so with this one (in days since 1970-01-01).
    case date(Comparison, Int64)
    /// The value is a string equal to these bytes, which are all ASCII.
    case asciiEqual([UInt8])
    /// The value is a string whose UTF-8 bytes contain, start with or end with these.
    case contains([UInt8])
    case startsWith([UInt8])
    case endsWith([UInt8])
    /// The entity has no value (or with `negated`, has one).
    case isNull(negated: Bool)
}

/// One property column's values laid out for tests over many entities: a tag per entity, integers
/// and dates as plain numbers, strings as UTF-8 bytes in one buffer.
///
/// A scan that reads the values themselves copies each out and retains its string, scattered on
/// the heap; tests on this layout read consecutive memory. Made from a ``PropertyColumn`` when a
/// scan first asks for it, and dropped by the column's next change.
public final class ScanColumn: Sendable {
    enum Tag: UInt8 {
        case absent, integer, date, asciiString, string, other
    }

    /// The first id covered; ids outside `base ..< base + tags.count` have no value.
    let base: Int
    let tags: [UInt8]
    /// The integer or the date's day number, per id (empty when the column has neither).
    let numbers: [Int64]
    /// Where each id's string bytes start in `bytes`, plus the end of the last (empty without strings).
    let starts: [UInt32]
    let bytes: [UInt8]

    init(base: Int, values: [Value]) {
        self.base = base
        var hasNumbers = false, hasStrings = false
        for value in values {
            switch value {
            case .int, .date: hasNumbers = true
            case .string: hasStrings = true
            default: continue
            }
        }
        var tags = [UInt8](repeating: Tag.absent.rawValue, count: values.count)
        var numbers = hasNumbers ? [Int64](repeating: 0, count: values.count) : []
        var starts: [UInt32] = [], bytes: [UInt8] = []
        if hasStrings {
            starts.reserveCapacity(values.count + 1)
            starts.append(0)
        }
        for (i, value) in values.enumerated() {
            switch value {
            case .null: break
            case .int(let x):
                numbers[i] = x
                tags[i] = Tag.integer.rawValue
            case .date(let d):
                numbers[i] = d.daysSinceEpoch
                tags[i] = Tag.date.rawValue
            case .string(var s):
                let ascii = s.withUTF8 { utf8 -> Bool in
                    bytes.append(contentsOf: utf8)
                    return utf8.allSatisfy { $0 < 0x80 }
                }
                tags[i] = (ascii ? Tag.asciiString : Tag.string).rawValue
            default:
                tags[i] = Tag.other.rawValue
            }
            if hasStrings {
                precondition(bytes.count <= Int(UInt32.max), "a column's strings exceed 4 GiB")
                starts.append(UInt32(truncatingIfNeeded: bytes.count))
            }
        }
        self.tags = tags
        self.numbers = numbers
        self.starts = starts
        self.bytes = bytes
    }

    /// Keeps in `ids` (in order) those whose value passes `predicate`. Where the layout cannot
    /// decide (a float against an integer, a string that is not ASCII against an equality),
    /// `undecided` is asked.
    public func filter(_ ids: inout [Int], _ predicate: ScanPredicate, undecided: (Int) -> Bool) {
        var kept = 0
        let count = ids.count
        ids.withUnsafeMutableBufferPointer { ids in
            tags.withUnsafeBufferPointer { tags in
                numbers.withUnsafeBufferPointer { numbers in
                    starts.withUnsafeBufferPointer { starts in
                        bytes.withUnsafeBufferPointer { bytes in
                            for j in 0..<count {
                                let id = ids[j], i = id &- base
                                let tag = i >= 0 && i < tags.count ? tags[i] : Tag.absent.rawValue
                                let passes: Bool
                                switch predicate {
                                case .isNull(let negated):
                                    passes = (tag == Tag.absent.rawValue) != negated
                                case let .integer(op, y):
                                    if tag == Tag.integer.rawValue { passes = Self.compare(op, numbers[i], y) }
                                    else if tag == Tag.absent.rawValue { passes = false }
                                    else { passes = undecided(id) }
                                case let .date(op, y):
                                    if tag == Tag.date.rawValue { passes = Self.compare(op, numbers[i], y) }
                                    else if tag == Tag.absent.rawValue { passes = false }
                                    else { passes = undecided(id) }
                                case .asciiEqual(let needle):
                                    if tag == Tag.asciiString.rawValue {
                                        passes = Self.string(i, starts, bytes) { Self.equal($0, needle) }
                                    } else if tag == Tag.absent.rawValue {
                                        passes = false
                                    } else {
                                        passes = undecided(id)
                                    }
                                case .contains(let needle):
                                    passes = Self.isString(tag) && Self.string(i, starts, bytes) { Self.contains($0, needle) }
                                case .startsWith(let needle):
                                    passes = Self.isString(tag) && Self.string(i, starts, bytes) { $0.starts(with: needle) }
                                case .endsWith(let needle):
                                    passes = Self.isString(tag) && Self.string(i, starts, bytes) {
                                        $0.count >= needle.count && Self.equal(UnsafeBufferPointer(rebasing: $0[($0.count - needle.count)...]), needle)
                                    }
                                }
                                if passes {
                                    ids[kept] = id
                                    kept += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        ids.removeLast(count - kept)
    }

    @inline(__always) private static func isString(_ tag: UInt8) -> Bool {
        tag == Tag.asciiString.rawValue || tag == Tag.string.rawValue
    }

    @inline(__always)
    private static func string(_ i: Int, _ starts: UnsafeBufferPointer<UInt32>, _ bytes: UnsafeBufferPointer<UInt8>,
                               _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        test(UnsafeBufferPointer(rebasing: bytes[Int(starts[i])..<Int(starts[i + 1])]))
    }

    @inline(__always) private static func compare(_ op: ScanPredicate.Comparison, _ x: Int64, _ y: Int64) -> Bool {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        }
    }

    @inline(__always) private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard let p = a.baseAddress else { return true }
        return b.withUnsafeBufferPointer { memcmp(p, $0.baseAddress!, a.count) == 0 }
    }

    /// Whether `needle` occurs in `haystack`: memchr finds each candidate first byte, memcmp checks the rest.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count, let hp = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { nb in
            let last = haystack.count - nb.count
            var i = 0
            while i <= last, let found = memchr(hp + i, Int32(first), last - i + 1) {
                let at = hp.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(hp + at, nb.baseAddress!, nb.count) == 0 { return true }
                i = at + 1
            }
            return false
        }
    }
}
