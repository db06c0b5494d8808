import TrellisCore

/// A procedure callable with `CALL name(args) YIELD ...`, registered by the host.
public struct Procedure: Sendable {
    public struct Field: Sendable, Hashable {
        public var name: String
        /// Type name as in signatures: INTEGER, FLOAT, NUMBER, STRING, BOOLEAN, ANY, ...; nullable when ending in `?`.
        public var type: String
        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }
    }
    /// Dotted name, e.g. `test.my.proc`.
    public var name: String
    public var parameters: [Field]
    public var outputs: [Field]
    /// Produces output rows (one value per output field) for the given arguments.
    public var body: @Sendable ([Value]) throws -> [[Value]]
    /// Built-in procedures read the graph through a context instead of `body`.
    package var graphBody: (@Sendable (ProcedureContext, [Value]) throws -> [[Value]])? = nil

    public init(name: String, parameters: [Field], outputs: [Field], body: @escaping @Sendable ([Value]) throws -> [[Value]]) {
        self.name = name
        self.parameters = parameters
        self.outputs = outputs
        self.body = body
    }
}
