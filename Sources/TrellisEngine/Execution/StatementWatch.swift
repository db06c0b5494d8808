#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization
import TrellisCore

/// Tells one running statement to stop. ``StatementWatch`` sets it when the statement is
/// cancelled or passes its deadline; the executor reads it at every step of its inner loops
/// (one relaxed atomic load), so a statement stops within a watch period of either, however
/// few rows it produces and whatever it is doing between steps.
final class StopSignal: Sendable {
    enum Reason: UInt8 {
        case running = 0, cancelled, timedOut
    }

    private let state = Atomic<UInt8>(Reason.running.rawValue)
    private let isCancelled: @Sendable () -> Bool
    /// The deadline on the monotonic clock of ``Executor/now()``, as the bits of a Double;
    /// infinity when there is none.
    private let deadlineBits = Atomic<UInt64>(Double.infinity.bitPattern)

    init(isCancelled: @escaping @Sendable () -> Bool) {
        self.isCancelled = isCancelled
    }

    var deadline: Double? {
        get {
            let d = Double(bitPattern: deadlineBits.load(ordering: .relaxed))
            return d.isInfinite ? nil : d
        }
        set { deadlineBits.store((newValue ?? .infinity).bitPattern, ordering: .relaxed) }
    }

    @inline(__always)
    var isSet: Bool { state.load(ordering: .relaxed) != Reason.running.rawValue }

    var reason: Reason { Reason(rawValue: state.load(ordering: .relaxed)) ?? .running }

    /// Sets the signal when the statement was cancelled or `now` is past its deadline.
    fileprivate func update(now: Double) {
        guard !isSet else { return }
        if isCancelled() {
            state.store(Reason.cancelled.rawValue, ordering: .relaxed)
        } else if now > Double(bitPattern: deadlineBits.load(ordering: .relaxed)) {
            state.store(Reason.timedOut.rawValue, ordering: .relaxed)
        }
    }
}

/// One thread for the whole process that looks at every watched statement every
/// ``period`` seconds: it asks whether the statement was cancelled and compares the clock
/// with its deadline, and sets its ``StopSignal`` when either says stop. Statements that end
/// within their first 1,024 steps are never watched (see ``Executor/tick()``), so
/// short statements pay nothing for it. The thread sleeps while nothing is watched.
final class StatementWatch: @unchecked Sendable {
    static let shared = StatementWatch()
    /// How often watched statements are looked at: the most an interrupt or a deadline waits
    /// for the executor's next step to see it.
    static let period = 0.01

    private let lock = SerialLock()
    private var watched: [ObjectIdentifier: StopSignal] = [:]
    private var threadStarted = false
    private let wake = DispatchSemaphore(value: 0)

    /// Starts looking at `signal` until ``unwatch(_:)``.
    func watch(_ signal: StopSignal) {
        let (startThread, wakeThread) = lock.withLock { () -> (Bool, Bool) in
            let wasEmpty = watched.isEmpty
            watched[ObjectIdentifier(signal)] = signal
            defer { threadStarted = true }
            return (!threadStarted, wasEmpty && threadStarted)
        }
        if startThread {
            // Without a thread of its own (none could be started) nothing is watched: the
            // executor still checks the clock and cancellation itself now and then.
            JoinableThread.start { [self] in run() }?.detach()
        } else if wakeThread {
            wake.signal()
        }
    }

    func unwatch(_ signal: StopSignal) {
        _ = lock.withLock { watched.removeValue(forKey: ObjectIdentifier(signal)) }
    }

    private func run() {
        while true {
            if lookAtEverySignal() {
                usleep(useconds_t(Self.period * 1_000_000))
            } else {
                // Sleeps until a statement is watched (a wake-up that finds nothing is harmless).
                wake.wait()
            }
        }
    }

    /// Updates every watched signal; false when none is watched. The signals (and whatever
    /// their statements' closures hold) are let go before the thread sleeps.
    private func lookAtEverySignal() -> Bool {
        let signals = lock.withLock { Array(watched.values) }
        let now = Executor.now()
        for signal in signals { signal.update(now: now) }
        return !signals.isEmpty
    }
}
