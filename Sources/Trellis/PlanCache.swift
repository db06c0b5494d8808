import Synchronization
import TrellisEngine
import TrellisSyntax

/// A prepared statement's compiled plan, kept for as long as the graph's catalog (its labels,
/// types, keys, indexes and procedures) stays the same, and compiled again when it changes.
final class PlanCache: Sendable {
    private let slot = Mutex<(version: CatalogVersion, plan: CompiledQuery)?>(nil)
    /// How many times a plan was compiled, for tests.
    private let compilationCount = Atomic<Int>(0)

    var compilations: Int { compilationCount.load(ordering: .relaxed) }

    /// The plan of `query` for the graph as it is now. The caller holds the database's lock, so the
    /// catalog cannot change meanwhile.
    func plan(_ query: Query, source: String, engine: Engine) throws -> CompiledQuery {
        let version = engine.catalogVersion
        if let cached = slot.withLock({ $0 }), cached.version == version { return cached.plan }
        let plan = try engine.compile(query, source: source, parameters: nil)
        compilationCount.add(1, ordering: .relaxed)
        slot.withLock { $0 = (version, plan) }
        return plan
    }
}
