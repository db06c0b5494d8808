#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current time as the temporal functions read it.
///
/// `date()`, `datetime()`, ... and their `.statement` and `.transaction` forms read the
/// statement's clock, fixed once when the statement starts (see ``withStatementTime(_:)``), so
/// that every call in a statement sees the same instant. The `.realtime` forms read the system
/// clock at each call.
package enum TemporalClock {
    /// An instant: seconds since 1970-01-01T00:00Z and the nanoseconds into that second.
    struct Instant: Sendable {
        var epochSeconds: Int64
        var nanosecond: Int64
    }

    @TaskLocal private static var statementInstant: Instant?

    /// Runs `body` with the statement clock fixed at the current time.
    package static func withStatementTime<Result>(_ body: () throws -> Result) rethrows -> Result {
        try $statementInstant.withValue(realtime()) { try body() }
    }

    /// The statement's instant, or the current time outside a statement.
    static func statement() -> Instant { statementInstant ?? realtime() }

    /// The system clock.
    static func realtime() -> Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(epochSeconds: Int64(spec.tv_sec), nanosecond: Int64(spec.tv_nsec))
    }
}
