extension Database {
    /// Every procedure `CALL` can run, built in or registered, sorted by name: for help and completion.
    public var callableProcedures: [Procedure] {
        lock.withReadLock { engine.procedures.values.sorted { $0.name < $1.name } }
    }
}

extension Procedure {
    /// How the procedure is called, e.g.
    /// `trellis.suggestPartners(school :: ANY, area :: ANY) :: (partner :: NODE, score :: FLOAT)`.
    public var signature: String {
        func fields(_ list: [Field]) -> String { list.map { "\($0.name) :: \($0.type)" }.joined(separator: ", ") }
        return "\(name)(\(fields(parameters))) :: (\(fields(outputs)))"
    }
}
