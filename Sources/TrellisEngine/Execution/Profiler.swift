#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What PROFILE measures while a statement runs: for each operator (a step of the query, or an
/// operator of a MATCH plan), the rows it passed on, the time spent in its own work, and the rows
/// it held at once (grouping, sorting, a hash join's build side).
///
/// Time is charged to the operator that is current: an operator makes itself current when it
/// starts on a row and hands back when it returns, so the time of the operators it passes rows
/// to is theirs, not its own, in the nested loops rows flow through. One statement's thread uses
/// it alone.
package final class Profiler: @unchecked Sendable {
    package enum Operator: Hashable {
        /// Step `index` of query part `part`.
        case step(part: Int, index: Int)
        /// Operator `index` of a match program (identified by the program the plan was lowered to).
        case matchOperator(program: ObjectIdentifier, index: Int)
    }

    package struct Counter {
        package var rows = 0
        package var nanoseconds: UInt64 = 0
        package var held = 0
    }

    private var ids: [Operator: Int] = [:]
    private(set) var counters: [Counter] = []
    private var current = -1
    private var last: UInt64
    /// The query part being run.
    var part = 0
    /// Match programs rebuilt to report on each operator, by the program they stand for.
    var programs: [ObjectIdentifier: MatchProgram] = [:]

    package init() {
        last = Self.now()
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    func id(_ op: Operator) -> Int {
        if let id = ids[op] { return id }
        counters.append(Counter())
        ids[op] = counters.count - 1
        return counters.count - 1
    }

    /// Makes `id` current (charging the time since the last change to the operator that was);
    /// returns the operator that was current, to hand back to.
    @discardableResult
    func enter(_ id: Int) -> Int {
        let now = Self.now()
        if current >= 0 { counters[current].nanoseconds &+= now &- last }
        last = now
        let previous = current
        current = id
        return previous
    }

    func count(_ id: Int) { counters[id].rows += 1 }

    func hold(_ id: Int, _ rows: Int) { counters[id].held = max(counters[id].held, rows) }

    /// The figures of `op`, if it ran.
    package func counter(_ op: Operator) -> Counter? { ids[op].map { counters[$0] } }

    /// Time charged to every operator.
    package var totalNanoseconds: UInt64 { counters.reduce(0) { $0 &+ $1.nanoseconds } }
}

extension Executor {
    /// The program to run for `program`: itself, or while profiling, the same operators built to
    /// report on each one.
    func programToRun(_ program: MatchProgram, _ operators: [MatchOperator]) -> MatchProgram {
        guard let profiler else { return program }
        let key = ObjectIdentifier(program)
        if let built = profiler.programs[key] { return built }
        let built = MatchProgram(operators, profiler: profiler, standingFor: key)
        profiler.programs[key] = built
        return built
    }
}
