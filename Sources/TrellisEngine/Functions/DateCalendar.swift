import TrellisCore

/// Calendar arithmetic on ``DateValue`` beyond what the core type offers: ISO 8601 week dates,
/// quarters and construction from the various field combinations.
///
/// ISO weeks start on Monday; week 1 of a week-based year is the week containing its first
/// Thursday, so 2015-12-31 is in week 53 of 2015 and 2016-01-01 as well.
///
/// The dates built here are nil when they fall outside ``TemporalRange`` (week 1 of the first
/// supported week-based year starts before the first supported day, for one).
enum DateCalendar {
    /// The first day of a calendar year.
    static func firstDay(ofYear year: Int64) -> DateValue? {
        DateValue(year: year, month: 1, day: 1)
    }

    /// The Monday starting week 1 of an ISO week-based year.
    static func firstDay(ofWeekYear weekYear: Int64) -> DateValue? {
        mondayOfWeek1(weekYear).flatMap(inRange)
    }

    /// Days since 1970-01-01 of the Monday starting week 1 of a week-based year, which may lie
    /// a few days before the first supported date.
    private static func mondayOfWeek1(_ weekYear: Int64) -> Int64? {
        guard let january4 = DateValue(year: weekYear, month: 1, day: 4) else { return nil }
        return january4.daysSinceEpoch - (january4.weekday - 1)
    }

    /// The ISO week-based year and week number of a date.
    static func isoWeek(_ date: DateValue) -> (weekYear: Int64, week: Int64) {
        // The Thursday of the same week decides the year.
        let thursday = DateValue(daysSinceEpoch: date.daysSinceEpoch + (4 - date.weekday))
        return (thursday.components.year, (thursday.dayOfYear - 1) / 7 + 1)
    }

    /// 52 or 53: the number of ISO weeks in a week-based year.
    static func weeks(inWeekYear weekYear: Int64) -> Int64 {
        guard let december28 = DateValue(year: weekYear, month: 12, day: 28) else { return 52 }
        return isoWeek(december28).week
    }

    /// The quarter (1–4) of a date.
    static func quarter(_ date: DateValue) -> Int64 {
        (date.components.month - 1) / 3 + 1
    }

    /// The first day of a quarter.
    static func firstDay(ofQuarter quarter: Int64, year: Int64) -> DateValue? {
        guard (1...4).contains(quarter) else { return nil }
        return DateValue(year: year, month: (quarter - 1) * 3 + 1, day: 1)
    }

    /// The day (1–92) of a date within its quarter.
    static func dayOfQuarter(_ date: DateValue) -> Int64 {
        let first = firstDay(ofQuarter: quarter(date), year: date.components.year)!
        return date.daysSinceEpoch - first.daysSinceEpoch + 1
    }

    /// The date of an ISO week date, or nil if the week or weekday does not exist.
    static func date(weekYear: Int64, week: Int64, dayOfWeek: Int64) -> DateValue? {
        guard (1...7).contains(dayOfWeek), week >= 1, week <= weeks(inWeekYear: weekYear),
              let monday = mondayOfWeek1(weekYear) else { return nil }
        return inRange(monday + (week - 1) * 7 + (dayOfWeek - 1))
    }

    /// The date of an ordinal date (day of year), or nil if the year has no such day.
    static func date(year: Int64, ordinalDay: Int64) -> DateValue? {
        guard ordinalDay >= 1, ordinalDay <= (DateValue.isLeap(year) ? 366 : 365),
              let first = firstDay(ofYear: year) else { return nil }
        return inRange(first.daysSinceEpoch + ordinalDay - 1)
    }

    /// The date of a quarter date, or nil if the quarter has no such day.
    static func date(year: Int64, quarter: Int64, dayOfQuarter: Int64) -> DateValue? {
        guard let first = firstDay(ofQuarter: quarter, year: year) else { return nil }
        let next = quarter == 4 ? firstDay(ofYear: year + 1) : firstDay(ofQuarter: quarter + 1, year: year)
        let length = (next?.daysSinceEpoch ?? first.daysSinceEpoch + 92) - first.daysSinceEpoch
        guard dayOfQuarter >= 1, dayOfQuarter <= length else { return nil }
        return inRange(first.daysSinceEpoch + dayOfQuarter - 1)
    }

    /// The date `days` after 1970-01-01 if it is in the supported range.
    private static func inRange(_ days: Int64) -> DateValue? {
        TemporalRange.days.contains(days) ? DateValue(daysSinceEpoch: days) : nil
    }
}
