import TrellisCore

/// `valueType(x)`: the name of the most precise type of a value, as Neo4j 5 writes types.
///
/// Scalars give e.g. `INTEGER NOT NULL`; null gives `NULL`. Lists give
/// `LIST<element type> NOT NULL`, where the element type is `NOTHING` for an empty list, the
/// one element type if all elements share it, or a union such as `INTEGER | STRING` in the
/// canonical type order. Element types carry `NOT NULL` unless the list holds a null
/// (`[1, null]` gives `LIST<INTEGER> NOT NULL`; `[null]` gives `LIST<NULL> NOT NULL`).
enum TypeFunctions {
    static let all: [ScalarFunction] = [
        ScalarFunction(
            name: "valueType", arity: 1...1, signature: "valueType(input :: ANY) :: STRING",
            summary: "The name of the type of a value, e.g. 'INTEGER NOT NULL'."
        ) { args in
            .string(typeName(args[0]))
        }
    ]

    /// The `valueType()` name of a value.
    static func typeName(_ value: Value) -> String {
        value.isNull ? "NULL" : baseName(value) + " NOT NULL"
    }

    /// The type name without nullability.
    private static func baseName(_ value: Value) -> String {
        switch value {
        case .list(let items): return "LIST<\(elementType(items))>"
        case .map: return "MAP"
        case .date: return "DATE"
        default: return value.typeName
        }
    }

    private static let order = [
        "NOTHING", "NULL", "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME",
        "LOCAL DATETIME", "ZONED DATETIME", "DURATION", "NODE", "RELATIONSHIP", "MAP", "LIST", "PATH",
    ]

    private static func elementType(_ items: [Value]) -> String {
        if items.isEmpty { return "NOTHING" }
        let nonNull = items.filter { !$0.isNull }
        if nonNull.isEmpty { return "NULL" }
        let nullable = nonNull.count < items.count
        let names = Set(nonNull.map(baseName)).sorted { a, b in
            let ra = rank(a), rb = rank(b)
            return ra != rb ? ra < rb : a < b
        }
        return names.map { nullable ? $0 : $0 + " NOT NULL" }.joined(separator: " | ")
    }

    private static func rank(_ name: String) -> Int {
        let head = name.hasPrefix("LIST<") ? "LIST" : name
        return order.firstIndex(of: head) ?? order.count
    }
}
