import TrellisEngine

/// A built-in function as described to people: for help text and completion.
public struct FunctionDescription: Sendable, Hashable {
    /// What sort of function it is.
    public enum Kind: String, Sendable, Hashable {
        /// Computes a value from its arguments alone, e.g. `toUpper`.
        case scalar
        /// Reads nodes, relationships or paths from the graph, e.g. `labels`.
        case graph
        /// Folds many rows into one value, e.g. `count`.
        case aggregate
    }

    /// The name as written in queries, e.g. `toUpper` or `date.truncate`.
    public var name: String
    /// A one-line signature, e.g. `toUpper(original :: STRING) :: STRING`.
    public var signature: String
    /// A one-sentence description.
    public var summary: String
    /// What sort of function it is.
    public var kind: Kind

    /// A function description.
    public init(name: String, signature: String, summary: String, kind: Kind) {
        self.name = name
        self.signature = signature
        self.summary = summary
        self.kind = kind
    }
}

/// Every built-in function: the scalar functions, those that read the graph and the aggregating ones.
public enum FunctionCatalog {
    /// Every function, sorted by name (ignoring case); a name appears once.
    public static let all: [FunctionDescription] = {
        var byName: [String: FunctionDescription] = [:]
        for function in ScalarFunctions.all {
            byName[function.name.lowercased()] = FunctionDescription(
                name: function.name, signature: function.signature, summary: function.summary, kind: .scalar)
        }
        for function in graphFunctions + aggregateFunctions {
            byName[function.name.lowercased()] = function
        }
        return byName.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }()

    /// The function called `name`, ignoring case.
    public static func named(_ name: String) -> FunctionDescription? {
        let lowered = name.lowercased()
        return all.first { $0.name.lowercased() == lowered }
    }

    private static let graphFunctions: [FunctionDescription] = [
        graph("id(entity :: NODE | RELATIONSHIP) :: INTEGER",
              "The internal identity of a node or relationship."),
        graph("elementId(entity :: NODE | RELATIONSHIP) :: STRING",
              "The identity of a node or relationship as a string."),
        graph("labels(node :: NODE) :: LIST<STRING>",
              "The labels of a node."),
        graph("type(relationship :: RELATIONSHIP) :: STRING",
              "The type of a relationship."),
        graph("properties(entity :: NODE | RELATIONSHIP | MAP) :: MAP",
              "The properties of a node or relationship as a map (a map is returned as it is)."),
        graph("keys(entity :: NODE | RELATIONSHIP | MAP) :: LIST<STRING>",
              "The property keys of a node or relationship, in the order the graph first met each key, or the keys of a map (sorted)."),
        graph("startNode(relationship :: RELATIONSHIP) :: NODE",
              "The node a relationship starts at."),
        graph("endNode(relationship :: RELATIONSHIP) :: NODE",
              "The node a relationship ends at."),
        graph("distance(a :: NODE | MAP, b :: NODE | MAP) :: FLOAT",
              "Great-circle kilometres (haversine) between two places with lat and lon; null when either lacks them."),
        graph("nodes(path :: PATH) :: LIST<NODE>",
              "The nodes of a path, in order."),
        graph("relationships(path :: PATH) :: LIST<RELATIONSHIP>",
              "The relationships of a path, in order."),
        graph("length(input :: PATH | STRING | LIST) :: INTEGER",
              "The number of relationships in a path (the length of a string or list)."),
        graph("exists(property :: ANY) :: BOOLEAN",
              "Whether a property is present: true unless the value is null."),
    ]

    private static let aggregateFunctions: [FunctionDescription] = [
        aggregate("count(input :: ANY) :: INTEGER",
                  "The number of rows, count(*), or of non-null values, count(x); count(DISTINCT x) counts each value once."),
        aggregate("sum(input :: INTEGER | FLOAT | DURATION) :: INTEGER | FLOAT | DURATION",
                  "The sum of the non-null values; floats are summed exactly and rounded once, whatever the order of the rows."),
        aggregate("avg(input :: INTEGER | FLOAT | DURATION) :: FLOAT | DURATION",
                  "The mean of the non-null values (their correctly rounded sum over their count); null when there are none."),
        aggregate("min(input :: ANY) :: ANY",
                  "The smallest non-null value."),
        aggregate("max(input :: ANY) :: ANY",
                  "The largest non-null value."),
        aggregate("collect(input :: ANY) :: LIST<ANY>",
                  "The non-null values gathered into a list."),
        aggregate("stDev(input :: INTEGER | FLOAT) :: FLOAT",
                  "The sample standard deviation of the non-null values."),
        aggregate("stDevP(input :: INTEGER | FLOAT) :: FLOAT",
                  "The population standard deviation of the non-null values."),
        aggregate("percentileCont(input :: INTEGER | FLOAT, percentile :: FLOAT) :: FLOAT",
                  "The percentile of the values (0.0 to 1.0), interpolating between neighbouring values."),
        aggregate("percentileDisc(input :: INTEGER | FLOAT, percentile :: FLOAT) :: INTEGER | FLOAT",
                  "The percentile of the values (0.0 to 1.0), taking the nearest value."),
    ]

    private static func graph(_ signature: String, _ summary: String) -> FunctionDescription {
        FunctionDescription(name: name(of: signature), signature: signature, summary: summary, kind: .graph)
    }

    private static func aggregate(_ signature: String, _ summary: String) -> FunctionDescription {
        FunctionDescription(name: name(of: signature), signature: signature, summary: summary, kind: .aggregate)
    }

    private static func name(of signature: String) -> String {
        String(signature.prefix { $0 != "(" })
    }
}
