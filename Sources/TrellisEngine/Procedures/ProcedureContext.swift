import TrellisCore
import TrellisGraph
import TrellisSyntax

/// What a built-in procedure may use while it runs: the graph, and read queries against it
/// (run inside the calling statement, seeing its changes so far).
package struct ProcedureContext {
    let executor: Executor

    package var graph: PropertyGraph { executor.graph }

    /// Runs a read-only query and returns its rows, within the calling statement's limits.
    package func rows(_ text: String, _ parameters: [String: Value] = [:]) throws -> [[Value]] {
        let statement = try Parser.parseStatement(text)
        guard case .query(let query) = statement.kind else { return [] }
        let compiled = try QueryCompiler(graph: graph, procedures: [:], parameters: parameters, source: text).compile(query)
        let inner = Executor(within: executor, parameters: parameters)
        return try inner.run(compiled).rows
    }

    /// The node a procedure argument names: a node, or a string matched against `key` of nodes with `label`,
    /// or an integer matched against `integerKey`.
    package func node(_ v: Value, label: String, key: String = "name", integerKey: String? = nil, argument: String) throws -> NodeID? {
        switch v {
        case .null: return nil
        case .node(let n): return n
        case .string(let s):
            let found = try rows("MATCH (n:`\(label)`) WHERE n.`\(key)` = $v RETURN n LIMIT 2", ["v": .string(s)])
            guard found.count == 1, case .node(let n) = found[0][0] else {
                throw TrellisError.argument("InvalidArgumentValue",
                                            found.isEmpty ? "no \(label) has \(key) '\(s)'" : "more than one \(label) has \(key) '\(s)'")
            }
            return n
        case .int where integerKey != nil:
            let found = try rows("MATCH (n:`\(label)`) WHERE n.`\(integerKey!)` = $v RETURN n LIMIT 1", ["v": v])
            guard case .node(let n)? = found.first?.first else {
                throw TrellisError.argument("InvalidArgumentValue", "no \(label) has \(integerKey!) \(v)")
            }
            return n
        default:
            throw TrellisError.type("InvalidArgumentType", "\(argument) must be a \(label) node or its \(key), not \(v.typeName)")
        }
    }
}
