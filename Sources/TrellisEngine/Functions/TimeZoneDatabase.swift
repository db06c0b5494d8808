import TrellisCore

/// The named time zones the language knows, with their offset history.
///
/// Each zone is a list of eras, each with a standard offset and, optionally, a daylight saving
/// rule that adds one hour in summer:
///
/// - `Europe/Stockholm` and `Europe/Berlin` (which share their data): local mean time
///   +00:53:28 until April 1893, then +01:00, with the European Union rules from 1980.
/// - `Europe/London`: local mean time −00:01:15 until December 1847, then +00:00, with summer
///   time on the European Union pattern from 1972.
/// - `America/New_York`: local mean time −04:56:02 until November 1883, then −05:00, with the
///   United States rules from 1967.
/// - `Australia/Eucla`: local mean time +08:35:28 until December 1895, then +08:45.
/// - `Pacific/Honolulu`: local mean time −10:31:26 until January 1896, −10:30 until June 1947,
///   then −10:00.
/// - `UTC`, `Etc/UTC`, `GMT`, `Etc/GMT`: +00:00.
///
/// Wartime and other irregular daylight saving periods before the listed rules are not
/// modelled. Names are matched without regard to case and reported in their canonical spelling.
enum TimeZoneDatabase {
    /// The canonical spelling of a known zone name, or nil.
    static func canonicalName(_ name: String) -> String? {
        zones[name.lowercased()]?.name
    }

    /// The offset in seconds east of UTC that zone `name` has at an instant; nil for unknown zones.
    static func offset(_ name: String, atEpochSecond instant: Int64) -> Int? {
        guard let zone = zones[name.lowercased()] else { return nil }
        let era = zone.eras.first { $0.until.map { instant < $0 } ?? true } ?? zone.eras[zone.eras.count - 1]
        return era.standardOffset + era.rules.daylightSaving(at: instant, standardOffset: era.standardOffset)
    }

    /// The offset zone `name` has at a local date-time: the single valid one, or in an overlap
    /// (clocks set back) `preferred` if valid there and otherwise the earlier offset, or in a
    /// gap (clocks set forward) the offset before the gap, which moves the time forward by the
    /// length of the gap once the instant is read back in the zone.
    static func offset(_ name: String, atLocal local: LocalDateTimeValue, preferring preferred: Int? = nil) -> Int? {
        let localSeconds = local.epochSeconds
        guard let before = offset(name, atEpochSecond: localSeconds - 86_400),
              let after = offset(name, atEpochSecond: localSeconds + 86_400) else { return nil }
        var valid: [Int] = []
        for candidate in [before, after] where !valid.contains(candidate) {
            if offset(name, atEpochSecond: localSeconds - Int64(candidate)) == candidate { valid.append(candidate) }
        }
        if valid.isEmpty { return before }
        if let preferred, valid.contains(preferred) { return preferred }
        return valid[0]
    }

    // MARK: - Data

    private struct Era {
        /// The first instant (epoch seconds, UTC) after the era; nil for the last era.
        var until: Int64?
        var standardOffset: Int
        var rules: DaylightRules
    }

    private struct Zone {
        var name: String
        var eras: [Era]
    }

    private static func utc(_ year: Int64, _ month: Int64, _ day: Int64, _ secondOfDay: Int64 = 0) -> Int64 {
        DateValue(year: year, month: month, day: day)!.daysSinceEpoch * 86_400 + secondOfDay
    }

    private static let zones: [String: Zone] = {
        let centralEurope = [
            Era(until: utc(1893, 3, 31, 23 * 3600 + 6 * 60 + 32), standardOffset: 3208, rules: .none),
            Era(until: utc(1980, 1, 1), standardOffset: 3600, rules: .none),
            Era(until: nil, standardOffset: 3600, rules: .europeanUnion),
        ]
        let list = [
            Zone(name: "Europe/Stockholm", eras: centralEurope),
            Zone(name: "Europe/Berlin", eras: centralEurope),
            Zone(name: "Europe/London", eras: [
                Era(until: utc(1847, 12, 1, 75), standardOffset: -75, rules: .none),
                Era(until: utc(1972, 1, 1), standardOffset: 0, rules: .none),
                Era(until: nil, standardOffset: 0, rules: .europeanUnion),
            ]),
            Zone(name: "America/New_York", eras: [
                Era(until: utc(1883, 11, 18, 17 * 3600), standardOffset: -17_762, rules: .none),
                Era(until: utc(1967, 1, 1), standardOffset: -18_000, rules: .none),
                Era(until: nil, standardOffset: -18_000, rules: .unitedStates),
            ]),
            Zone(name: "Australia/Eucla", eras: [
                Era(until: utc(1895, 11, 30, 15 * 3600 + 24 * 60 + 32), standardOffset: 30_928, rules: .none),
                Era(until: nil, standardOffset: 31_500, rules: .none),
            ]),
            Zone(name: "Pacific/Honolulu", eras: [
                Era(until: utc(1896, 1, 13, 22 * 3600 + 31 * 60 + 26), standardOffset: -37_886, rules: .none),
                Era(until: utc(1947, 6, 8, 12 * 3600 + 30 * 60), standardOffset: -37_800, rules: .none),
                Era(until: nil, standardOffset: -36_000, rules: .none),
            ]),
            Zone(name: "UTC", eras: [Era(until: nil, standardOffset: 0, rules: .none)]),
            Zone(name: "Etc/UTC", eras: [Era(until: nil, standardOffset: 0, rules: .none)]),
            Zone(name: "GMT", eras: [Era(until: nil, standardOffset: 0, rules: .none)]),
            Zone(name: "Etc/GMT", eras: [Era(until: nil, standardOffset: 0, rules: .none)]),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name.lowercased(), $0) })
    }()
}

/// A daylight saving rule: when, in a given year, clocks move one hour forward and back.
enum DaylightRules: Sendable {
    case none
    /// Last Sunday of March to last Sunday of October (September until 1995), at 01:00 UTC;
    /// 1980 ran from the first Sunday of April.
    case europeanUnion
    /// 02:00 local time: second Sunday of March to first Sunday of November since 2007, first
    /// Sunday of April to last Sunday of October 1987–2006, last Sunday of April to last Sunday
    /// of October before (6 January 1974 and 23 February 1975 excepted).
    case unitedStates

    /// 3600 when daylight saving time is in force at the instant, else 0.
    func daylightSaving(at instant: Int64, standardOffset: Int) -> Int {
        // The rules have no dates to give beyond the supported years.
        guard self != .none, TemporalRange.instants.contains(instant) else { return 0 }
        let year = LocalDateTimeValue(epochSeconds: instant + Int64(standardOffset)).date.components.year
        guard TemporalRange.years.contains(year), let (start, end) = period(year, standardOffset: standardOffset) else { return 0 }
        return instant >= start && instant < end ? 3600 : 0
    }

    /// The instants daylight saving starts and ends in `year`.
    private func period(_ year: Int64, standardOffset: Int) -> (Int64, Int64)? {
        func sunday(_ month: Int64, _ which: Int) -> DateValue {
            // which > 0: the n-th Sunday; which == -1: the last one.
            if which > 0 {
                let first = DateValue(year: year, month: month, day: 1)!
                return DateValue(daysSinceEpoch: first.daysSinceEpoch + (7 - first.weekday) % 7 + Int64(which - 1) * 7)
            }
            let last = DateValue(year: year, month: month, day: DateValue.daysIn(month: month, year: year))!
            return DateValue(daysSinceEpoch: last.daysSinceEpoch - last.weekday % 7)
        }
        func at(_ date: DateValue, _ secondOfDay: Int64) -> Int64 { date.daysSinceEpoch * 86_400 + secondOfDay }
        switch self {
        case .none:
            return nil
        case .europeanUnion:
            let start = year == 1980 ? sunday(4, 1) : sunday(3, -1)
            let end = year <= 1995 ? sunday(9, -1) : sunday(10, -1)
            return (at(start, 3600), at(end, 3600))
        case .unitedStates:
            let start: DateValue, end: DateValue
            if year >= 2007 {
                (start, end) = (sunday(3, 2), sunday(11, 1))
            } else if year >= 1987 {
                (start, end) = (sunday(4, 1), sunday(10, -1))
            } else if year == 1974 {
                (start, end) = (DateValue(year: 1974, month: 1, day: 6)!, sunday(10, -1))
            } else if year == 1975 {
                (start, end) = (DateValue(year: 1975, month: 2, day: 23)!, sunday(10, -1))
            } else {
                (start, end) = (sunday(4, -1), sunday(10, -1))
            }
            let standard = Int64(standardOffset)
            return (at(start, 7200 - standard), at(end, 3600 - standard))
        }
    }
}
