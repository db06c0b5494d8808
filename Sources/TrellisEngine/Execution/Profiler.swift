import Synchronization
import TrellisCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What PROFILE measures while a statement runs: for each operator (a step of the query, or an
/// operator of a MATCH plan), the rows it passed on, its share of the time, and the rows it held
/// at once (grouping, sorting, a hash join's build side).
///
/// Time is sampled, as a sampling profiler does: the operator doing its own work is "current"
/// (an operator makes itself current when it starts on a row and hands back when it returns, so
/// the work of the operators it passes rows to is theirs), and a thread of its own notes which
/// operator is current every ``samplePeriod``. Reading a clock on every row would cost more than
/// most operators' work and distort the shares it reports. The statement's thread alone changes
/// the counters; the sampler only reads ``current``.
package final class Profiler: @unchecked Sendable {
    package enum Operator: Hashable {
        /// Step `index` of query part `part`.
        case step(part: Int, index: Int)
        /// Operator `index` of a match program (identified by the program the plan was lowered to).
        case matchOperator(program: ObjectIdentifier, index: Int)
    }

    package struct Counter {
        package var rows = 0
        package var samples = 0
        package var held = 0
    }

    /// How often the sampler looks at the current operator, in microseconds.
    static let samplePeriod: UInt32 = 200

    private var ids: [Operator: Int] = [:]
    private(set) var counters: [Counter] = []
    private let current = Atomic<Int>(-1)
    private let sampling = Atomic<Bool>(false)
    private var sampler: JoinableThread? = nil
    private let samples = SampleBox()
    /// The query part being run.
    var part = 0
    /// Match programs rebuilt to report on each operator, by the program they stand for.
    var programs: [ObjectIdentifier: MatchProgram] = [:]

    package init() {}

    /// Nanoseconds on a monotonic clock.
    package static func now() -> UInt64 {
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

    /// Makes `id` current; returns the operator that was, to hand back to.
    @discardableResult
    @inline(__always)
    func enter(_ id: Int) -> Int {
        current.exchange(id, ordering: .relaxed)
    }

    func count(_ id: Int, _ rows: Int = 1) { counters[id].rows += rows }

    /// Notes what step `index` of the part being run passed on and held at once, when it ran on all its rows together.
    func barrier(_ index: Int, passed: Int, held: Int) {
        let id = id(.step(part: part, index: index))
        count(id, passed)
        hold(id, held)
    }

    func hold(_ id: Int, _ rows: Int) { counters[id].held = max(counters[id].held, rows) }

    /// Starts the sampler (a statement runs between ``startSampling()`` and ``stopSampling()``).
    package func startSampling() {
        sampling.store(true, ordering: .releasing)
        let box = samples
        sampler = JoinableThread.start { [self] in
            while sampling.load(ordering: .acquiring) {
                usleep(Self.samplePeriod)
                let c = current.load(ordering: .relaxed)
                if c >= 0 { box.counts[c, default: 0] += 1 }
            }
        }
    }

    /// Stops the sampler and hands its counts to the operators.
    package func stopSampling() {
        sampling.store(false, ordering: .releasing)
        sampler?.join()
        sampler = nil
        for (id, n) in samples.counts where id < counters.count { counters[id].samples += n }
    }

    /// The figures of `op`, if it ran.
    package func counter(_ op: Operator) -> Counter? { ids[op].map { counters[$0] } }

    /// Samples taken inside some operator.
    package var totalSamples: Int { counters.reduce(0) { $0 + $1.samples } }
}

/// The sampler's counts: written by the sampler thread alone, read after it is joined.
private final class SampleBox: @unchecked Sendable {
    var counts: [Int: Int] = [:]
}

extension Executor {
    /// Runs `program` on `row`, passing each row it finds to `emit`; false when `emit` asked to
    /// stop. While profiling, the program run is the same `operators` built to report on each one.
    @inline(__always)
    func run(_ program: MatchProgram, _ operators: [MatchOperator], _ row: inout Row, _ emit: MatchProgram.Emit) throws -> Bool {
        if let profiler { return try profiled(program, operators, profiler).entry(self, &row, emit) }
        return try program.entry(self, &row, emit)
    }

    /// `program` built to report on each of its operators, once per statement.
    private func profiled(_ program: MatchProgram, _ operators: [MatchOperator], _ profiler: Profiler) -> MatchProgram {
        let key = ObjectIdentifier(program)
        if let built = profiler.programs[key] { return built }
        let built = MatchProgram(operators, profiler: profiler, standingFor: key, rowsRead: program.rowsRead)
        profiler.programs[key] = built
        return built
    }
}
