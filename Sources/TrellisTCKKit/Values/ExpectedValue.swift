/// A value as the TCK writes it in an expected-result cell, parameter table or procedure table.
///
/// Nodes, relationships and paths carry only what the TCK can state about them: labels,
/// types, properties and the direction of each path step, never identities.
public indirect enum ExpectedValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    /// Written with a fraction or an exponent (`1.0`, `.5`, `1e10`), or `NaN`/`Infinity`.
    case float(Double)
    case string(String)
    case list([ExpectedValue])
    case map([String: ExpectedValue])
    case node(ExpectedNode)
    case relationship(ExpectedRelationship)
    case path(ExpectedPath)
}

/// A node pattern such as `(:A:B {name: 'x'})`: the exact label set and the exact property map.
public struct ExpectedNode: Sendable, Equatable {
    public var labels: Set<String>
    public var properties: [String: ExpectedValue]

    public init(labels: Set<String> = [], properties: [String: ExpectedValue] = [:]) {
        self.labels = labels
        self.properties = properties
    }
}

/// A relationship such as `[:T {k: 1}]`: the type and the exact property map.
public struct ExpectedRelationship: Sendable, Equatable {
    public var type: String
    public var properties: [String: ExpectedValue]

    public init(type: String, properties: [String: ExpectedValue] = [:]) {
        self.type = type
        self.properties = properties
    }
}

/// A path such as `<(:A)-[:T]->(:B)<-[:U]-()>`: a start node and a sequence of steps.
public struct ExpectedPath: Sendable, Equatable {
    /// One hop of a path: the relationship, whether it points along the path, and the node reached.
    public struct Step: Sendable, Equatable {
        public var relationship: ExpectedRelationship
        /// True for `-[...]->`, false for `<-[...]-`.
        public var isForward: Bool
        public var node: ExpectedNode

        public init(relationship: ExpectedRelationship, isForward: Bool, node: ExpectedNode) {
            self.relationship = relationship
            self.isForward = isForward
            self.node = node
        }
    }

    public var start: ExpectedNode
    public var steps: [Step]

    public init(start: ExpectedNode, steps: [Step] = []) {
        self.start = start
        self.steps = steps
    }
}
