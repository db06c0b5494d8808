import TrellisGraph

extension Database {
    /// The distinct string values a property takes that start with `prefix`, for completing what
    /// is being typed (`'Padn` to `'Padnell Junior School'`).
    ///
    /// Values starting with `prefix` exactly come back when there are any; otherwise values
    /// starting with it in any letter case. At most `limit` values are returned, sorted.
    ///
    /// - Parameters:
    ///   - key: The property key, such as `name`.
    ///   - prefix: What has been typed so far.
    ///   - label: Only look at nodes with this label (and at no relationships).
    ///   - relationshipType: Only look at relationships of this type (and at no nodes).
    ///   - limit: The most values to return.
    public func propertyValues(of key: String, startingWith prefix: String, label: String? = nil,
                               relationshipType: String? = nil, limit: Int = 100) -> [String] {
        lock.withReadLock {
            let graph = engine.graph
            guard let keyID = graph.keys.lookup(key) else { return [] }
            var finder = PropertyValueFinder(prefix: prefix)
            if let label {
                guard let labelID = graph.labels.lookup(label) else { return [] }
                if let index = graph.index(label: labelID, key: keyID) {
                    for value in index.entries.keys { finder.consider(value) }
                } else {
                    for node in graph.members(of: labelID) { finder.consider(graph.nodeProperty(node, keyID)) }
                }
            } else if let relationshipType {
                guard let typeID = graph.types.lookup(relationshipType) else { return [] }
                for relationship in 0..<graph.relationshipCapacity
                where graph.isRelationshipAlive(relationship) && graph.relationshipType[relationship] == typeID {
                    finder.consider(graph.relationshipProperty(relationship, keyID))
                }
            } else {
                for node in 0..<graph.nodeCapacity where graph.isNodeAlive(node) {
                    finder.consider(graph.nodeProperty(node, keyID))
                }
                for relationship in 0..<graph.relationshipCapacity where graph.isRelationshipAlive(relationship) {
                    finder.consider(graph.relationshipProperty(relationship, keyID))
                }
            }
            return finder.matches(limit: limit)
        }
    }
}

/// Collects string values that start with a prefix, exactly or ignoring letter case.
private struct PropertyValueFinder {
    let prefix: String
    let loweredPrefix: String
    var exact: Set<String> = []
    var ignoringCase: Set<String> = []

    init(prefix: String) {
        self.prefix = prefix
        self.loweredPrefix = prefix.lowercased()
    }

    mutating func consider(_ value: Value?) {
        guard case .string(let text)? = value else { return }
        if text.hasPrefix(prefix) {
            exact.insert(text)
        } else if exact.isEmpty, text.lowercased().hasPrefix(loweredPrefix) {
            ignoringCase.insert(text)
        }
    }

    func matches(limit: Int) -> [String] {
        Array((exact.isEmpty ? ignoringCase : exact).sorted().prefix(max(0, limit)))
    }
}
