import Trellis

/// The names Tab completes from the open graph and the shell's state.
protocol CompletionVocabulary: AnyObject {
    /// Node labels in use.
    var labels: [String] { get }
    /// Relationship types in use.
    var relationshipTypes: [String] { get }
    /// Property keys in use on nodes with any of `labels` and relationships of any of
    /// `relationshipTypes`; every key in use when both are empty.
    func propertyKeys(labels: [String], relationshipTypes: [String]) -> [String]
    /// String values of the property `key` starting with `prefix`, on nodes with `label` or
    /// relationships of `relationshipType` when one is given.
    func propertyValues(of key: String, startingWith prefix: String, label: String?, relationshipType: String?) -> [String]
    /// The names of the parameters set with `:param`.
    var parameterNames: [String] { get }
    /// The names of the procedures `CALL` can run.
    var procedureNames: [String] { get }
}

/// Completion names read from a database. Labels, types and keys are counted once and kept
/// until ``invalidate()`` (the shell calls it after every statement); property values are looked
/// up afresh on every Tab.
final class DatabaseVocabulary: CompletionVocabulary {
    /// The database the names come from.
    var database: Database {
        didSet { invalidate() }
    }
    /// The parameters' names, asked for on every Tab.
    var parameterNamesProvider: () -> [String]
    /// The most values offered for a string being typed.
    var valueLimit = 100

    private var cachedSchema: SchemaSummary?

    init(database: Database, parameterNames: @escaping () -> [String] = { [] }) {
        self.database = database
        self.parameterNamesProvider = parameterNames
    }

    /// Forgets the names counted so far: the graph may have changed.
    func invalidate() { cachedSchema = nil }

    private var schema: SchemaSummary {
        if let cachedSchema { return cachedSchema }
        let schema = database.schemaSummary()
        cachedSchema = schema
        return schema
    }

    var labels: [String] { schema.labels.map(\.name) }

    var relationshipTypes: [String] { schema.relationshipTypes.map(\.name) }

    func propertyKeys(labels: [String], relationshipTypes: [String]) -> [String] {
        let schema = self.schema
        if labels.isEmpty && relationshipTypes.isEmpty { return schema.propertyKeys.map(\.name) }
        var keys = Set<String>()
        for label in schema.labels where labels.contains(label.name) {
            keys.formUnion(label.properties.map(\.key))
        }
        for type in schema.relationshipTypes where relationshipTypes.contains(type.name) {
            keys.formUnion(type.properties.map(\.key))
        }
        // An unknown label (or one without properties yet): offer every key rather than none.
        return keys.isEmpty ? schema.propertyKeys.map(\.name) : keys.sorted()
    }

    func propertyValues(of key: String, startingWith prefix: String, label: String?, relationshipType: String?) -> [String] {
        let values = database.propertyValues(of: key, startingWith: prefix, label: label,
                                             relationshipType: relationshipType, limit: valueLimit)
        if values.isEmpty, label != nil || relationshipType != nil {
            return database.propertyValues(of: key, startingWith: prefix, limit: valueLimit)
        }
        return values
    }

    var parameterNames: [String] { parameterNamesProvider() }

    var procedureNames: [String] { database.callableProcedures.map(\.name) }
}
