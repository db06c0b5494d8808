/// Interns names (labels, relationship types, property keys) as dense small integers.
public struct SymbolTable: Sendable {
    public private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    public init() {}

    /// The id of `name`, creating it when new.
    public mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    /// The id of `name` if it was ever interned.
    public func lookup(_ name: String) -> Int32? { ids[name] }

    public func name(_ id: Int32) -> String { names[Int(id)] }

    public var count: Int { names.count }
}
