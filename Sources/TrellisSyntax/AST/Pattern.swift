import TrellisCore

/// A comma-separated list of pattern parts, as after MATCH or CREATE.
public struct Pattern: Sendable, Hashable {
    public var parts: [PatternPart]
    public init(parts: [PatternPart]) { self.parts = parts }
}

/// `[p =] (a)-[r]->(b)...`, optionally wrapped in `shortestPath(...)` / `allShortestPaths(...)`.
public struct PatternPart: Sendable, Hashable {
    public enum Shortest: Sendable, Hashable { case shortest, all }

    public var pathVariable: String?
    public var element: PatternElement
    public var shortest: Shortest?
    public var range: SourceRange

    public init(pathVariable: String? = nil, element: PatternElement, shortest: Shortest? = nil, range: SourceRange) {
        self.pathVariable = pathVariable
        self.element = element
        self.shortest = shortest
        self.range = range
    }
}

/// A node followed by zero or more (relationship, node) steps.
public struct PatternElement: Sendable, Hashable {
    public var start: NodePattern
    public var chain: [PatternStep]
    public var range: SourceRange

    public init(start: NodePattern, chain: [PatternStep], range: SourceRange) {
        self.start = start
        self.chain = chain
        self.range = range
    }
}

public struct PatternStep: Sendable, Hashable {
    public var relationship: RelationshipPattern
    public var node: NodePattern
    public init(relationship: RelationshipPattern, node: NodePattern) {
        self.relationship = relationship
        self.node = node
    }
}

/// `(variable:Label1:Label2 {key: value})` — labels are conjunctive.
public struct NodePattern: Sendable, Hashable {
    public var variable: String?
    public var labels: [String]
    /// A map literal or a parameter.
    public var properties: Expression?
    public var range: SourceRange

    public init(variable: String?, labels: [String], properties: Expression?, range: SourceRange) {
        self.variable = variable
        self.labels = labels
        self.properties = properties
        self.range = range
    }
}

public enum RelationshipDirection: Sendable, Hashable {
    /// `-[]->`
    case outgoing
    /// `<-[]-`
    case incoming
    /// `-[]-` (or `<-[]->`)
    case either
}

/// Bounds of a variable-length relationship, `*`, `*2`, `*2..4`, `*..4`, `*2..`.
public struct VariableLength: Sendable, Hashable {
    public var minimum: Int64?
    public var maximum: Int64?
    public init(minimum: Int64?, maximum: Int64?) {
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// `-[variable:TYPE1|TYPE2 *1..3 {key: value}]->` — types are alternatives.
public struct RelationshipPattern: Sendable, Hashable {
    public var variable: String?
    public var types: [String]
    public var direction: RelationshipDirection
    public var length: VariableLength?
    public var properties: Expression?
    public var range: SourceRange

    public init(variable: String?, types: [String], direction: RelationshipDirection, length: VariableLength?,
                properties: Expression?, range: SourceRange) {
        self.variable = variable
        self.types = types
        self.direction = direction
        self.length = length
        self.properties = properties
        self.range = range
    }
}
