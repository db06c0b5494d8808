import TrellisCore

/// Calendar logic behind the date functions: the component accessors behind `d.year`,
/// `d.month`, ..., truncation of dates to a unit and the reading of date fields from a map.
///
/// The functions themselves (`date()`, `date.truncate`, ...) are registered with the other
/// temporal constructors in ``TemporalFunctions``.
package enum DateFunctions {
    /// The value of the component `key` of a date, for property access such as `d.year`, or nil
    /// if dates have no such component. Keys are matched without regard to case.
    ///
    /// Components: `year`, `quarter`, `month`, `week` (ISO week number), `weekYear` (ISO
    /// week-based year), `day` (of the month), `ordinalDay` and its alias `dayOfYear`,
    /// `dayOfQuarter`, and `dayOfWeek` and its alias `weekDay` (Monday = 1 … Sunday = 7).
    package static func dateComponent(_ d: DateValue, _ key: String) -> Value? {
        switch key.lowercased() {
        case "year": return .int(d.components.year)
        case "quarter": return .int(DateCalendar.quarter(d))
        case "month": return .int(d.components.month)
        case "week": return .int(DateCalendar.isoWeek(d).week)
        case "weekyear": return .int(DateCalendar.isoWeek(d).weekYear)
        case "day": return .int(d.components.day)
        case "ordinalday", "dayofyear": return .int(d.dayOfYear)
        case "dayofquarter": return .int(DateCalendar.dayOfQuarter(d))
        case "dayofweek", "weekday": return .int(d.weekday)
        default: return nil
        }
    }

    /// `input` truncated to the start of the given unit.
    static func truncate(_ input: DateValue, to unit: String) throws -> DateValue {
        let (year, month, _) = input.components
        func floorYear(_ step: Int64) -> Int64 {
            let r = year % step
            return r < 0 ? year - r - step : year - r
        }
        let result: DateValue?
        switch unit.lowercased() {
        case "millennium": result = DateCalendar.firstDay(ofYear: floorYear(1000))
        case "century": result = DateCalendar.firstDay(ofYear: floorYear(100))
        case "decade": result = DateCalendar.firstDay(ofYear: floorYear(10))
        case "year": result = DateCalendar.firstDay(ofYear: year)
        case "weekyear": result = DateCalendar.firstDay(ofWeekYear: DateCalendar.isoWeek(input).weekYear)
        case "quarter": result = DateCalendar.firstDay(ofQuarter: DateCalendar.quarter(input), year: year)
        case "month": result = DateValue(year: year, month: month, day: 1)
        case "week": result = DateValue(daysSinceEpoch: input.daysSinceEpoch - (input.weekday - 1))
        case "day": result = input
        default:
            throw ArgumentCheck.invalidValue(
                "date.truncate",
                "unknown unit '\(unit)', expected millennium, century, decade, year, weekYear, quarter, month, week or day")
        }
        guard let result, TemporalRange.contains(result) else {
            throw ArgumentCheck.invalidValue("date.truncate", "the truncated date is out of range")
        }
        return result
    }

    /// The date described by a map of fields, as `date({...})` takes it.
    ///
    /// The fields select one of four forms:
    /// - calendar: `year`, `month`, `day`
    /// - week: `year` (the ISO week-based year), `week`, `dayOfWeek`
    /// - ordinal: `year`, `ordinalDay`
    /// - quarter: `year`, `quarter`, `dayOfQuarter`
    ///
    /// Fields from different forms cannot be mixed. `year` is required unless a base `date` is
    /// given, in which case every missing field of the chosen form is taken from the base date
    /// (`{date: d, day: 1}` is the first of d's month). Without a base, missing smaller fields
    /// default to 1, but a smaller field needs its larger one (`day` needs `month`, `dayOfWeek`
    /// needs `week`, `dayOfQuarter` needs `quarter`). Field names are matched without regard to
    /// case; fields whose value is null are ignored.
    static func date(fields: [String: Value]) throws -> DateValue {
        let known = ["date", "year", "month", "day", "week", "dayofweek", "ordinalday", "quarter", "dayofquarter"]
        var base: DateValue?
        var numbers: [String: Int64] = [:]
        for (key, value) in fields where !value.isNull {
            let name = key.lowercased()
            guard known.contains(name) else {
                throw ArgumentCheck.invalidValue("date", "unknown field '\(key)'; dates have \(knownFieldsText)")
            }
            if name == "date" {
                guard case .date(let d) = value else {
                    throw ArgumentCheck.invalidType("date", "the field 'date'", expected: "a DATE", got: value)
                }
                base = d
            } else {
                numbers[name] = try ArgumentCheck.integer(value, "date", "the field '\(key)'")
            }
        }

        let forms: [(name: String, fields: [String])] = [
            ("calendar", ["month", "day"]), ("week", ["week", "dayofweek"]),
            ("ordinal", ["ordinalday"]), ("quarter", ["quarter", "dayofquarter"]),
        ]
        let used = forms.filter { form in form.fields.contains { numbers[$0] != nil } }
        if used.count > 1 {
            throw ArgumentCheck.invalidValue("date", "cannot mix \(used.map(\.name).joined(separator: " and ")) date fields")
        }
        let form = used.first?.name ?? "calendar"
        func invalid() -> TrellisError {
            let described = fields.keys.sorted().map { "\($0): \(ValueFormatting.cypherLiteral(fields[$0]!))" }
            return ArgumentCheck.invalidValue("date", "{\(described.joined(separator: ", "))} is not a valid date")
        }
        func require(_ smaller: String, needs larger: String) throws {
            if base == nil, numbers[smaller] != nil, numbers[larger] == nil {
                throw ArgumentCheck.invalidValue("date", "the field '\(smaller)' needs the field '\(larger)'")
            }
        }
        guard base != nil || numbers["year"] != nil else {
            throw ArgumentCheck.invalidValue("date", "the field 'year' is required")
        }

        let result: DateValue?
        switch form {
        case "week":
            try require("dayofweek", needs: "week")
            let baseWeek = base.map(DateCalendar.isoWeek)
            result = DateCalendar.date(
                weekYear: numbers["year"] ?? baseWeek!.weekYear,
                week: numbers["week"] ?? baseWeek?.week ?? 1,
                dayOfWeek: numbers["dayofweek"] ?? base?.weekday ?? 1)
        case "ordinal":
            result = DateCalendar.date(
                year: numbers["year"] ?? base!.components.year,
                ordinalDay: numbers["ordinalday"] ?? base?.dayOfYear ?? 1)
        case "quarter":
            try require("dayofquarter", needs: "quarter")
            result = DateCalendar.date(
                year: numbers["year"] ?? base!.components.year,
                quarter: numbers["quarter"] ?? base.map(DateCalendar.quarter) ?? 1,
                dayOfQuarter: numbers["dayofquarter"] ?? base.map(DateCalendar.dayOfQuarter) ?? 1)
        default:
            try require("day", needs: "month")
            let c = base?.components
            result = DateValue(
                year: numbers["year"] ?? c!.year,
                month: numbers["month"] ?? c?.month ?? 1,
                day: numbers["day"] ?? c?.day ?? 1)
        }
        guard let result else { throw invalid() }
        return result
    }

    private static let knownFieldsText =
        "date, year, month, day, week, dayOfWeek, ordinalDay, quarter and dayOfQuarter"
}
