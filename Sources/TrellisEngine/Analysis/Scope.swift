import TrellisCore

/// What a variable is known to hold, for type-conflict checks and planning.
package enum VariableKind: Sendable, Equatable {
    case node, relationship, relationshipList, path
    /// Unknown type (parameters, properties, function results).
    case value
    /// Known not to be a node or relationship (literals, lists, maps, numbers…).
    case scalar
}

package struct Variable: Sendable {
    package var slot: Int
    package var kind: VariableKind
    /// What is statically known of a `.scalar` variable's type.
    package var type: StaticType = .any
}

/// The variables visible at one point of a query, mapped to their row slots.
package struct Scope: Sendable {
    package private(set) var variables: [String: Variable] = [:]
    /// Names in the order they were introduced (for `RETURN *`).
    package private(set) var order: [String] = []

    package init() {}

    package subscript(name: String) -> Variable? { variables[name] }

    package func contains(_ name: String) -> Bool { variables[name] != nil }

    package mutating func declare(_ name: String, _ variable: Variable) {
        if variables[name] == nil { order.append(name) }
        variables[name] = variable
    }

    /// User-visible names, sorted (hidden names start with a space).
    package var visibleNames: [String] { order.filter { !$0.hasPrefix(" ") }.sorted() }
}
