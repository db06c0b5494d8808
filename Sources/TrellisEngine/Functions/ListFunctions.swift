import TrellisCore

/// List (and list-or-string) functions: `size`, `length`, `isEmpty`, `head`, `last`, `tail`,
/// `reverse`, `range`, `coalesce`, and `keys`/`properties` of maps.
///
/// A null argument gives null, except in `coalesce` and `range`. `keys`, `properties` and
/// `length` of nodes, relationships and paths belong to the interpreter (see ``ScalarFunctions``).
enum ListFunctions {
    /// The longest list `range()` will build; longer ranges are a `LimitExceeded` error rather
    /// than an attempt to allocate the memory.
    static let maximumRangeSize = UInt64(ValueBounds.maximumListSize)

    static let all: [ScalarFunction] = [
        ScalarFunction(
            name: "size", arity: 1...1, signature: "size(input :: STRING | LIST<ANY>) :: INTEGER",
            summary: "The number of elements of a list, or of Unicode characters of a string."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .int(Int64(items.count))
            case .string(let s): return .int(Int64(UnicodeText.count(s)))
            default: throw ArgumentCheck.invalidType("size", "its argument", expected: "a STRING or a LIST", got: args[0])
            }
        },
        ScalarFunction(
            name: "length", arity: 1...1, signature: "length(input :: PATH | STRING | LIST<ANY>) :: INTEGER",
            summary: "The number of relationships of a path; for strings and lists, the same as size()."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .int(Int64(items.count))
            case .string(let s): return .int(Int64(UnicodeText.count(s)))
            case .path: throw ArgumentCheck.graphFunction("length", args[0])
            default: throw ArgumentCheck.invalidType("length", "its argument", expected: "a PATH, STRING or LIST", got: args[0])
            }
        },
        ScalarFunction(
            name: "isEmpty", arity: 1...1, signature: "isEmpty(input :: STRING | LIST<ANY> | MAP) :: BOOLEAN",
            summary: "Whether a string, list or map is empty."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .bool(items.isEmpty)
            case .map(let entries): return .bool(entries.isEmpty)
            case .string(let s): return .bool(s.isEmpty)
            default: throw ArgumentCheck.invalidType("isEmpty", "its argument", expected: "a STRING, LIST or MAP", got: args[0])
            }
        },
        listAccess("head", "The first element of a list; null for an empty list.") { $0.first ?? .null },
        listAccess("last", "The last element of a list; null for an empty list.") { $0.last ?? .null },
        listAccess("tail", "All but the first element of a list.") { .list(Array($0.dropFirst())) },
        ScalarFunction(
            name: "reverse", arity: 1...1, signature: "reverse(input :: STRING | LIST<ANY>) :: STRING | LIST<ANY>",
            summary: "A string with its characters, or a list with its elements, in reverse order."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .list(let items): return .list(items.reversed())
            case .string(let s): return .string(UnicodeText.string(s.unicodeScalars.reversed()))
            default: throw ArgumentCheck.invalidType("reverse", "its argument", expected: "a STRING or a LIST", got: args[0])
            }
        },
        ScalarFunction(
            name: rangeName, arity: 2...3,
            signature: "range(start :: INTEGER, end :: INTEGER, step :: INTEGER = 1) :: LIST<INTEGER>",
            summary: "The integers from start to end inclusive, stepping by step."
        ) { args in
            try range(args)
        },
        ScalarFunction(
            name: "coalesce", arity: 1...Int.max, signature: "coalesce(input :: ANY, ...) :: ANY",
            summary: "The first argument that is not null, or null."
        ) { args in
            args.first { !$0.isNull } ?? .null
        },
        ScalarFunction(
            name: "keys", arity: 1...1, signature: "keys(input :: MAP | NODE | RELATIONSHIP) :: LIST<STRING>",
            summary: "The keys of a map (sorted), or the property keys of a node or relationship (in the order the graph first met each key)."
        ) { args in
            switch args[0] {
            case .null: return .null
            case .map(let entries): return .list(entries.keys.sorted().map(Value.string))
            case .node, .relationship: throw ArgumentCheck.graphFunction("keys", args[0])
            default: throw ArgumentCheck.invalidType("keys", "its argument", expected: "a MAP, NODE or RELATIONSHIP", got: args[0])
            }
        },
        ScalarFunction(
            name: "properties", arity: 1...1, signature: "properties(input :: MAP | NODE | RELATIONSHIP) :: MAP",
            summary: "A map itself, or the properties of a node or relationship as a map."
        ) { args in
            switch args[0] {
            case .null, .map: return args[0]
            case .node, .relationship: throw ArgumentCheck.graphFunction("properties", args[0])
            default:
                throw ArgumentCheck.invalidType("properties", "its argument", expected: "a MAP, NODE or RELATIONSHIP", got: args[0])
            }
        },
    ]

    private static func listAccess(
        _ name: String, _ summary: String, _ access: @escaping @Sendable ([Value]) -> Value
    ) -> ScalarFunction {
        ScalarFunction(name: name, arity: 1...1, signature: "\(name)(list :: LIST<ANY>) :: ANY", summary: summary) { args in
            if args[0].isNull { return .null }
            return access(try ArgumentCheck.list(args[0], name, "its argument"))
        }
    }

    static let rangeName = "range"

    /// `range(start, end[, step])`. Every argument must be an INTEGER (null included, this is an
    /// `ArgumentError`/`InvalidArgumentType` as the TCK requires); a zero step is
    /// `ArgumentError`/`NumberOutOfRange`. A step pointing away from `end` gives the empty list.
    private static func range(_ args: [Value]) throws -> Value {
        guard let (start, step, count) = try rangeBounds(args) else { return .list([]) }
        var items: [Value] = []
        items.reserveCapacity(Int(count))
        var current = start
        for i in 0..<count {
            items.append(.int(current))
            if i + 1 < count { current &+= step }
        }
        return .list(items)
    }

    /// The first element, step and length of `range(args)`, checked as ``range(_:)`` checks them
    /// (so that UNWIND can count through a range without making the list); nil when it is empty.
    static func rangeBounds(_ args: [Value]) throws -> (start: Int64, step: Int64, count: UInt64)? {
        let names = ["start", "end", "step"]
        var numbers: [Int64] = []
        for (index, arg) in args.enumerated() {
            guard case .int(let n) = arg else {
                throw TrellisError(
                    .argumentError, "InvalidArgumentType",
                    "range() expects \(names[index]) to be an INTEGER, but got \(ArgumentCheck.describe(arg))")
            }
            numbers.append(n)
        }
        let start = numbers[0], end = numbers[1], step = numbers.count == 3 ? numbers[2] : 1
        if step == 0 { throw ArgumentCheck.outOfRange("range", "step must not be zero") }
        if (step > 0 && start > end) || (step < 0 && start < end) { return nil }
        // The distance always fits in UInt64, even from Int64.min to Int64.max.
        let distance = UInt64(bitPattern: step > 0 ? end &- start : start &- end)
        let steps = distance / step.magnitude
        if steps >= maximumRangeSize {
            throw TrellisError(
                .limitExceeded, "ListTooLarge",
                "range() would produce more than the limit of \(maximumRangeSize) elements")
        }
        return (start, step, steps + 1)
    }
}
