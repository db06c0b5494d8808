/// A word with a meaning of its own in the language. Keywords are case-insensitive.
///
/// Reserved keywords can never name a variable unless written between backticks;
/// soft keywords (``isReserved`` is false) only mean something in a particular
/// position, e.g. `count(*)` or `CREATE INDEX`, and may name variables elsewhere.
/// Any keyword may be used as a label, relationship type, property key or map key.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    // Reserved words.
    case all = "ALL"
    case and = "AND"
    case `as` = "AS"
    case asc = "ASC"
    case ascending = "ASCENDING"
    case by = "BY"
    case call = "CALL"
    case `case` = "CASE"
    case contains = "CONTAINS"
    case create = "CREATE"
    case delete = "DELETE"
    case desc = "DESC"
    case descending = "DESCENDING"
    case detach = "DETACH"
    case distinct = "DISTINCT"
    case `else` = "ELSE"
    case end = "END"
    case ends = "ENDS"
    case exists = "EXISTS"
    case `false` = "FALSE"
    case `in` = "IN"
    case `is` = "IS"
    case limit = "LIMIT"
    case match = "MATCH"
    case merge = "MERGE"
    case not = "NOT"
    case null = "NULL"
    case on = "ON"
    case optional = "OPTIONAL"
    case or = "OR"
    case order = "ORDER"
    case remove = "REMOVE"
    case `return` = "RETURN"
    case set = "SET"
    case skip = "SKIP"
    case starts = "STARTS"
    case then = "THEN"
    case `true` = "TRUE"
    case union = "UNION"
    case unwind = "UNWIND"
    case when = "WHEN"
    case `where` = "WHERE"
    case with = "WITH"
    case xor = "XOR"
    case yield = "YIELD"

    // Soft keywords.
    case allShortestPaths = "ALLSHORTESTPATHS"
    case any = "ANY"
    case checkpoint = "CHECKPOINT"
    case count = "COUNT"
    case csv = "CSV"
    case drop = "DROP"
    case explain = "EXPLAIN"
    case profile = "PROFILE"
    case fieldTerminator = "FIELDTERMINATOR"
    case `for` = "FOR"
    case from = "FROM"
    case headers = "HEADERS"
    case `if` = "IF"
    case index = "INDEX"
    case load = "LOAD"
    case none = "NONE"
    case reduce = "REDUCE"
    case shortestPath = "SHORTESTPATH"
    case single = "SINGLE"

    /// True for words that cannot be used as a variable name without backticks.
    public var isReserved: Bool {
        switch self {
        case .allShortestPaths, .any, .checkpoint, .count, .csv, .drop, .explain, .fieldTerminator, .profile, .for, .from,
             .headers, .if, .index, .load, .none, .reduce, .shortestPath, .single:
            return false
        default:
            return true
        }
    }

    /// The keyword spelled by `word` in any letter case, or nil.
    public init?(caseInsensitive word: String) {
        guard let keyword = Keyword.byUppercasedSpelling[word.uppercased()] else { return nil }
        self = keyword
    }

    /// The keyword spelled by the ASCII bytes `bytes[range]` in any letter case, or nil.
    static func lookUp(_ bytes: [UInt8], _ range: Range<Int>) -> Keyword? {
        let length = range.count
        guard length >= 2, length <= Keyword.longestSpelling else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Keyword.longestSpelling) { upper in
            for (position, index) in range.enumerated() {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                upper[position] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            }
            return Keyword.byUppercasedSpelling[String(decoding: upper[0..<length], as: UTF8.self)]
        }
    }

    private static let byUppercasedSpelling: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for keyword in Keyword.allCases { table[keyword.rawValue] = keyword }
        return table
    }()

    private static let longestSpelling = Keyword.allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// Every keyword's spelling in upper case, e.g. for completion.
    public static let allSpellings: [String] = Keyword.allCases.map(\.rawValue)
}
