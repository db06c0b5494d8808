/// The temporal values Trellis supports, and the checked constructors that build them.
///
/// Dates and local date-times have years from -999,999,999 to +999,999,999 (as in ISO 8601's
/// expanded representation and the openCypher reference); a datetime must read a date-time in
/// that range on its own clock, its UTC offset being at most a day either way (the language
/// itself makes at most ±18:00). Times of day are within one day, fractions of a second within
/// one second. Duration parts are any 64-bit integers, the nanoseconds within one second.
///
/// Every value in range can be printed, compared, encoded and taken apart without any
/// arithmetic overflowing. The language's constructors and operators build their results
/// through the checked constructors here, which fail with an `ArgumentError` with code
/// `InvalidArgumentValue` (or `ArithmeticError`/`IntegerOverflow` for a duration part that does
/// not fit in 64 bits) instead of trapping; stored data and parameters are checked with
/// ``contains(_:)``.
package enum TemporalRange {
    /// The supported years.
    package static let years: ClosedRange<Int64> = -999_999_999...999_999_999
    /// Days since 1970-01-01 of the first and the last supported date.
    package static let days: ClosedRange<Int64> =
        DateValue.days(year: years.lowerBound, month: 1, day: 1)...DateValue.days(year: years.upperBound, month: 12, day: 31)
    /// Seconds since 1970-01-01T00:00 of the first and the last second of the supported local date-times.
    package static let localSeconds: ClosedRange<Int64> = days.lowerBound * 86_400...days.upperBound * 86_400 + 86_399
    /// The UTC offsets, in seconds, a time or datetime may have.
    package static let offsets: ClosedRange<Int> = -86_400...86_400
    /// The instants (seconds since 1970-01-01T00:00Z) a datetime in range may have: the local
    /// seconds moved by the largest offset either way.
    package static let instants: ClosedRange<Int64> =
        localSeconds.lowerBound - Int64(offsets.upperBound)...localSeconds.upperBound - Int64(offsets.lowerBound)

    // MARK: - Membership

    package static func contains(_ date: DateValue) -> Bool { days.contains(date.daysSinceEpoch) }

    package static func contains(_ time: LocalTimeValue) -> Bool {
        (0..<LocalTimeValue.nanosecondsPerDay).contains(time.nanosecondOfDay)
    }

    package static func contains(_ time: TimeValue) -> Bool {
        contains(time.localTime) && offsets.contains(time.offsetSeconds)
    }

    package static func contains(_ dateTime: LocalDateTimeValue) -> Bool {
        contains(dateTime.date) && contains(dateTime.time)
    }

    package static func contains(_ dateTime: DateTimeValue) -> Bool {
        guard (0..<1_000_000_000).contains(dateTime.nanosecond), offsets.contains(dateTime.offsetSeconds),
              instants.contains(dateTime.epochSeconds) else { return false }
        return localSeconds.contains(dateTime.epochSeconds + Int64(dateTime.offsetSeconds))
    }

    package static func contains(_ duration: DurationValue) -> Bool {
        (0..<1_000_000_000).contains(duration.nanoseconds)
    }

    /// True unless `value` is, or holds in its lists and maps, a temporal value out of range.
    package static func contains(_ value: Value) -> Bool {
        switch value {
        case .date(let d): contains(d)
        case .localTime(let t): contains(t)
        case .time(let t): contains(t)
        case .localDateTime(let l): contains(l)
        case .dateTime(let d): contains(d)
        case .duration(let d): contains(d)
        case .list(let items): items.allSatisfy { contains($0) }
        case .map(let entries): entries.values.allSatisfy { contains($0) }
        default: true
        }
    }

    // MARK: - Errors

    /// The error for a temporal value that would be out of range: an `ArgumentError` with code
    /// `InvalidArgumentValue`.
    package static func outOfRange(_ what: String = "the result") -> TrellisError {
        TrellisError(.argumentError, "InvalidArgumentValue",
                     "\(what) is outside the supported range of dates (years -999999999 to +999999999)")
    }

    // MARK: - Checked constructors

    /// The date `days` after 1970-01-01.
    package static func date(daysSinceEpoch days: Int64) throws -> DateValue {
        guard self.days.contains(days) else { throw outOfRange() }
        return DateValue(daysSinceEpoch: days)
    }

    /// The local date-time `seconds` and `nanosecond` (which may be any number, carried into
    /// the seconds) after 1970-01-01T00:00.
    package static func localDateTime(epochSeconds seconds: Int64, nanosecond: Int64) throws -> LocalDateTimeValue {
        let total = try CheckedArithmetic.add(seconds, TemporalText.floorDivide(nanosecond, 1_000_000_000), else: outOfRange())
        guard localSeconds.contains(total) else { throw outOfRange() }
        return LocalDateTimeValue(epochSeconds: total, nanosecond: TemporalText.floorModulo(nanosecond, 1_000_000_000))
    }

    /// Whole seconds since 1970-01-01T00:00Z and a fraction, with `nanosecond` (any number)
    /// carried into the seconds; fails unless the instant is within ``instants``.
    package static func instant(epochSeconds seconds: Int64, nanosecond: Int64) throws -> (epochSeconds: Int64, nanosecond: Int64) {
        let total = try CheckedArithmetic.add(seconds, TemporalText.floorDivide(nanosecond, 1_000_000_000), else: outOfRange())
        guard instants.contains(total) else { throw outOfRange() }
        return (total, TemporalText.floorModulo(nanosecond, 1_000_000_000))
    }

    /// The datetime at an instant (see ``instant(epochSeconds:nanosecond:)``) seen at an offset
    /// and, optionally, in a named zone.
    package static func dateTime(epochSeconds seconds: Int64, nanosecond: Int64, offsetSeconds: Int,
                                 zoneID: String? = nil) throws -> DateTimeValue {
        guard offsets.contains(offsetSeconds) else { throw outOfRange("a UTC offset of \(offsetSeconds) seconds") }
        let instant = try instant(epochSeconds: seconds, nanosecond: nanosecond)
        let value = DateTimeValue(epochSeconds: instant.epochSeconds, nanosecond: instant.nanosecond,
                                  offsetSeconds: offsetSeconds, zoneID: zoneID)
        guard contains(value) else { throw outOfRange() }
        return value
    }

    /// A duration from its parts, the nanoseconds (any number) carried into the seconds; an
    /// `ArithmeticError`/`IntegerOverflow` when the seconds then overflow.
    package static func duration(months: Int64, days: Int64, seconds: Int64, nanoseconds: Int64) throws -> DurationValue {
        let total = try CheckedArithmetic.add(seconds, TemporalText.floorDivide(nanoseconds, 1_000_000_000),
                                              else: CheckedArithmetic.integerOverflow("the seconds of a duration"))
        return DurationValue(months: months, days: days, seconds: total, nanoseconds: TemporalText.floorModulo(nanoseconds, 1_000_000_000))
    }
}
