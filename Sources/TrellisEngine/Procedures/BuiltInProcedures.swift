import TrellisCore

/// Procedures every database has, under the `trellis.` namespace.
package enum BuiltInProcedures {
    package static var all: [Procedure] { [SuggestPartners.procedure, SchemaProcedure.procedure, IsolatedSchools.procedure] }

    static func make(_ name: String, _ parameters: [(String, String)], _ outputs: [(String, String)],
                     _ body: @escaping @Sendable (ProcedureContext, [Value]) throws -> [[Value]]) -> Procedure {
        var p = Procedure(name: name, parameters: parameters.map { .init(name: $0.0, type: $0.1) },
                          outputs: outputs.map { .init(name: $0.0, type: $0.1) }, body: { _ in [] })
        p.graphBody = body
        return p
    }
}
