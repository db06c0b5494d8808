import TrellisCore

/// The constructor functions of the temporal instant types — `date`, `localtime`, `time`,
/// `localdatetime`, `datetime` — with their clock forms (`.statement`, `.transaction`,
/// `.realtime`) and `.truncate`, plus `datetime.fromepoch` and `datetime.fromepochmillis`.
///
/// Each constructor takes:
/// - nothing: the current time (of the statement) in UTC;
/// - a string in ISO 8601 form (see ``DateParsing`` and ``TemporalParsing``);
/// - a map of fields (see ``TemporalConstruction``);
/// - another temporal value, from which it takes what it needs (`date(aDatetime)` is its date;
///   `datetime(aLocalDatetime)` places it in UTC);
/// - null, giving null.
///
/// The clock forms take an optional time zone; `.statement` and `.transaction` read the time
/// fixed when the statement started, `.realtime` the clock itself. A string that cannot be
/// parsed is an `ArgumentError`/`InvalidArgumentValue`; an argument of another type is a
/// `TypeError`/`InvalidArgumentType`.
enum TemporalFunctions {
    static let all: [ScalarFunction] = TemporalKind.allCases.flatMap { kind in
        [
            constructor(kind),
            clock(kind, "statement"), clock(kind, "transaction"), clock(kind, "realtime"),
            TemporalTruncation.function(kind),
        ]
    } + [
        ScalarFunction(
            name: "datetime.fromepoch", arity: 2...2,
            signature: "datetime.fromepoch(seconds :: INTEGER, nanoseconds :: INTEGER) :: ZONED DATETIME",
            summary: "The UTC datetime a number of seconds and nanoseconds after 1970-01-01T00:00Z."
        ) { args in
            if ArgumentCheck.anyNull(args) { return .null }
            let seconds = try ArgumentCheck.integer(args[0], "datetime.fromepoch", "the seconds")
            let nanoseconds = try ArgumentCheck.integer(args[1], "datetime.fromepoch", "the nanoseconds")
            return .dateTime(try TemporalZone.utc.dateTime(atEpochSecond: seconds, nanosecond: nanoseconds))
        },
        ScalarFunction(
            name: "datetime.fromepochmillis", arity: 1...1,
            signature: "datetime.fromepochmillis(milliseconds :: INTEGER) :: ZONED DATETIME",
            summary: "The UTC datetime a number of milliseconds after 1970-01-01T00:00Z."
        ) { args in
            if args[0].isNull { return .null }
            let millis = try ArgumentCheck.integer(args[0], "datetime.fromepochmillis", "the milliseconds")
            return .dateTime(try TemporalZone.utc.dateTime(
                atEpochSecond: TemporalText.floorDivide(millis, 1000), nanosecond: TemporalText.floorModulo(millis, 1000) * 1_000_000))
        },
    ]

    private static func constructor(_ kind: TemporalKind) -> ScalarFunction {
        let name = kind.rawValue
        return ScalarFunction(
            name: name, arity: 0...1,
            // The no-argument form reads the clock, and so does parsing a time whose zone's
            // offset depends on the date; other strings parse to the same value at any time.
            isDeterministic: false,
            deterministicArguments: { args in
                guard kind != .time, case .string = args.first else { return false }
                return true
            },
            signature: "\(name)(input :: STRING | MAP | ANY = now) :: \(kind.typeName)",
            summary: "The current \(kind.typeName) in UTC, or one parsed from an ISO 8601 string, built from a map of fields or taken from another temporal value."
        ) { args in
            let now = TemporalClock.statement()
            guard let input = args.first else { return try kind.current(at: now, in: .utc) }
            switch input {
            case .null:
                return .null
            case .string(let text):
                guard let value = try parse(kind, text, now: now) else {
                    throw ArgumentCheck.invalidValue(name, "cannot parse \(ValueFormatting.quote(text)) as a \(kind.typeName) value")
                }
                return value
            case .map(let fields):
                return try TemporalConstruction.build(kind, from: fields, now: now)
            case .date, .localTime, .time, .localDateTime, .dateTime:
                return try TemporalConstruction.select(kind, from: input, now: now)
            default:
                throw ArgumentCheck.invalidType(name, "its argument", expected: "a STRING, MAP or temporal value", got: input)
            }
        }
    }

    /// The value of `kind` that an ISO 8601 string denotes, or nil; an error when it denotes
    /// one out of range.
    static func parse(_ kind: TemporalKind, _ text: String, now: TemporalClock.Instant) throws -> Value? {
        switch kind {
        case .date: return DateParsing.parse(text).map(Value.date)
        case .localTime: return TemporalParsing.localTime(text).map(Value.localTime)
        case .time: return TemporalParsing.time(text, now: now.epochSeconds).map(Value.time)
        case .localDateTime: return TemporalParsing.localDateTime(text).map(Value.localDateTime)
        case .dateTime: return try TemporalParsing.dateTime(text).map(Value.dateTime)
        }
    }

    private static func clock(_ kind: TemporalKind, _ variant: String) -> ScalarFunction {
        let name = "\(kind.rawValue).\(variant)"
        return ScalarFunction(
            name: name, arity: 0...1, isDeterministic: false,
            signature: "\(name)(timezone :: STRING = 'Z') :: \(kind.typeName)",
            summary: variant == "realtime"
                ? "The current \(kind.typeName) read from the system clock, in UTC or the given zone."
                : "The \(kind.typeName) at which the statement started, in UTC or the given zone."
        ) { args in
            let now = variant == "realtime" ? TemporalClock.realtime() : TemporalClock.statement()
            guard let zoneArgument = args.first else { return try kind.current(at: now, in: .utc) }
            switch zoneArgument {
            case .null: return .null
            case .map(let fields): return try TemporalConstruction.build(kind, from: fields, now: now)
            default: return try kind.current(at: now, in: try TemporalConstruction.parseZone(zoneArgument, name))
            }
        }
    }
}
