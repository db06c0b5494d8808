#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import TrellisCore

/// Read-only pipelines split between threads.
///
/// The streaming steps before a grouping or a step that collects its input (sorting, DISTINCT,
/// SKIP) can run on several threads at once when the statement only reads: the input is cut into
/// contiguous pieces — the members of the first label scan, the elements of the first UNWIND,
/// or the rows coming in — and each piece runs through the steps on a thread's executor into a
/// consumer of its own (a ``GroupTable``, a list of rows). The pieces are then put back together
/// in input order, so that the result is the one a single pass would have made: the same groups
/// in the same order, lists in row order, exact sums, and, when a row fails, the error of the
/// first failing row.
extension Executor {
    /// The threads a pipeline may be split between: the processors online, at most 8, or as
    /// many as the environment variable `TRELLIS_THREADS` says (1 runs every statement on one).
    static let threads: Int = {
        if let text = getenv("TRELLIS_THREADS"), let n = Int(String(cString: text)), n >= 1 { return min(n, 64) }
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return max(1, min(8, online > 0 ? Int(online) : 1))
    }()

    /// The least input (scan members or rows) worth splitting.
    static let splitThreshold = 8_192

    /// Where the input of a pipeline is cut.
    enum Split {
        /// The source of the first step (the pipeline runs on one row): the members of its
        /// label scan, or the elements of its UNWIND.
        case source
        /// The rows coming in.
        case rows
    }

    /// How the steps `before` a step that needs all rows could run over `rows` on several
    /// threads; nil when they should run on this one: a statement that writes or is profiled,
    /// steps other than MATCH, UNWIND, WHERE and projections, a MATCH with a hash join whose
    /// table depends on the row it extends (each piece would build it again for each row), or
    /// too little input.
    func split(_ before: ArraySlice<PlanStep>, _ rows: [Row]) -> Split? {
        guard Self.threads > 1, mayFork, readsOnly, profiler == nil else { return nil }
        for step in before {
            switch step {
            case .match(let plan, _):
                if plan.operators.contains(where: { if case .hashJoin(let j) = $0 { !j.cacheable } else { false } }) { return nil }
            case .unwind, .filter, .project: continue
            default: return nil
            }
        }
        if rows.count >= Self.splitThreshold { return .rows }
        guard rows.count == 1 else { return nil }
        switch before.first {
        case .match(let plan, false)?:
            // Worth it when the scan is long or the rows it leads to are expected to be many (a
            // few authorities expanded to all their schools), and the scan has enough members
            // for every piece to have some.
            guard case .scanLabel(_, let label)? = plan.operators.first, let id = graph.labels.lookup(label) else { return nil }
            let members = graph.members(of: id).count
            let work = max(Double(members), plan.estimates.max() ?? 0)
            return work >= Double(Self.splitThreshold) && members >= 4 * Self.threads * 2 ? .source : nil
        case .unwind(let unwind)?:
            return (unwoundCount(unwind.list.expression, rows[0]) ?? 0) >= Self.splitThreshold ? .source : nil
        default:
            return nil
        }
    }

    /// How many rows `UNWIND expression` makes, when that is known without computing anything
    /// that could fail or take long: a literal list, a parameter, `range()` of such values.
    private func unwoundCount(_ expression: BoundExpression, _ row: Row) -> Int? {
        func known(_ e: BoundExpression) -> Value? {
            switch e {
            case .constant(let v): return v
            case .parameter(let name): return parameters[name]
            default: return nil
            }
        }
        if case let .scalarFunction(f, arguments, _) = expression, f.name == ListFunctions.rangeName {
            let values = arguments.compactMap(known)
            guard values.count == arguments.count, let bounds = try? ListFunctions.rangeBounds(values) else { return nil }
            return bounds.count > UInt64(Int.max) ? Int.max : Int(bounds.count)
        }
        if case .list(let items)? = known(expression) { return items.count }
        return nil
    }

    /// This executor's piece of the pipeline's source, once: the source's step takes it, and
    /// nothing after it sees one.
    func takeMorsel() -> Morsel? {
        defer { morsel = nil }
        return morsel
    }

    /// Runs `steps` over the pieces of `rows` as `split` cuts them, each into a state made by
    /// `start` that `add` fills with the piece's rows; returns the states in input order. Throws
    /// the error of the first piece that failed. Each thread runs a copy of the steps rebuilt
    /// for it (see `PlanRebuild.swift`); a state holding closures should build its own too.
    ///
    /// There are twice as many pieces as threads, and each thread takes the next piece nobody has
    /// taken yet: on a busy machine, a thread that starts late leaves its share to the others
    /// rather than making them wait.
    func runSplit<State>(_ steps: ArraySlice<PlanStep>, _ rows: [Row], _ split: Split, start: () -> State,
                         add: (inout State, Row, Executor) throws -> Void) throws -> [State] {
        // Watched before the pieces start, so that none of them has to make it so.
        watch()
        // Hash joins' tables are built here, once, and read by every piece (see `piece()`).
        for case .match(let plan, _) in steps {
            for case .hashJoin(let join) in plan.operators { _ = try joinTable(join, rows[0]) }
        }
        let count = Self.threads * 2
        let next = Atomic<Int>(0)
        var results = [Result<State, Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { out in
            let results = out.baseAddress!
            _ = ForkJoin.map(Self.threads, stackSize: 16 << 20) { _ in
                // One executor, and one copy of the steps, per thread, for every piece it takes.
                var executor: Executor? = nil
                let steps = ArraySlice(steps.map { $0.rebuilt() })
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    let piece = executor ?? self.piece()
                    executor = piece
                    let input: ArraySlice<Row>
                    switch split {
                    case .source:
                        piece.morsel = Morsel(index: index, count: count)
                        input = rows[...]
                    case .rows:
                        input = rows[Morsel(index: index, count: count).of(rows.indices)]
                    }
                    var state = start()
                    results[index] = Result {
                        try piece.flow(steps, into: { row in
                            try add(&state, row, piece)
                            return true
                        }) { flow in
                            for row in input {
                                try piece.tick()
                                var r = row
                                _ = try flow(&r)
                            }
                        }
                        return state
                    }
                }
            }
        }
        return try results.map { try $0!.get() }
    }

    /// An executor for pieces of this one's statement.
    private func piece() -> Executor {
        let piece = Executor(within: self, parameters: parameters)
        piece.readsOnly = true
        piece.slotCount = slotCount
        piece.fileRoot = fileRoot
        piece.mayFork = false
        piece.joinTables = joinTables.mapValues { $0.view() }
        return piece
    }
}

/// One of `count` contiguous pieces of a pipeline's source (see ``Executor/runSplit(_:_:_:start:add:)``).
struct Morsel {
    let index: Int
    let count: Int

    /// This piece of `range`.
    func of<T: BinaryInteger>(_ range: Range<T>) -> Range<T> {
        let n = range.upperBound - range.lowerBound
        let c = T(count)
        // (n / c * i + n % c * i / c: the share of n before piece i, without overflowing.)
        func start(_ i: T) -> T { range.lowerBound + n / c * i + n % c * i / c }
        return start(T(index))..<start(T(index + 1))
    }
}
