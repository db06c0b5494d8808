import Testing
import Trellis

/// Integer overflow and division by zero are errors located at the operation; floats follow IEEE 754.
@Suite("Hardening: arithmetic")
struct ArithmeticHardeningTests {
    let db = Database()

    @Test(arguments: [
        "RETURN 9223372036854775807 + 1", "RETURN 9223372036854775807 * 2", "RETURN -9223372036854775808 - 1",
        "RETURN abs(-9223372036854775808)", "WITH -9223372036854775808 AS m RETURN -m",
        "RETURN -9223372036854775808 / -1", "RETURN reduce(s = 1, i IN range(1, 100) | s * 2)",
        "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)",
    ])
    func integerOverflow(query: String) throws {
        let error = try expectFailure(db, query, .arithmeticError, "IntegerOverflow")
        #expect(error.range != nil)
    }

    @Test(arguments: ["RETURN 1 / 0", "RETURN 1 % 0", "WITH 0 AS z RETURN -9223372036854775808 % z"])
    func integerDivisionByZero(query: String) throws {
        let error = try expectFailure(db, query, .arithmeticError, "DivisionByZero")
        #expect(error.range != nil)
    }

    @Test func theSmallestIntegerModuloMinusOneIsZero() throws {
        #expect(try value(db, "RETURN -9223372036854775808 % -1") == .int(0))
    }

    @Test func floatDivisionByZeroIsInfinityOrNaN() throws {
        let row = try db.execute("RETURN 1.0 / 0, -1 / 0.0, 0.0 / 0.0, 1 % 0.0").rows[0]
        #expect(row[0] == .float(.infinity))
        #expect(row[1] == .float(-.infinity))
        for value in row[2...] {
            guard case .float(let d) = value else { Issue.record("expected a float, got \(value)"); continue }
            #expect(d.isNaN)
        }
    }

    @Test func hugeIntegerLiteralsAreSyntaxErrorsAtTheLiteral() throws {
        let error = try expectFailure(db, "RETURN 1 + 99999999999999999999999", .syntaxError, "IntegerOverflow")
        #expect(error.range?.start.offset == 11)
        #expect(try value(db, "RETURN -9223372036854775808") == .int(.min))
        try expectFailure(db, "RETURN -9223372036854775809", .syntaxError, "IntegerOverflow")
        try expectFailure(db, "RETURN 0x" + String(repeating: "F", count: 40), .syntaxError, "IntegerOverflow")
        try expectFailure(db, "RETURN 1" + String(repeating: "0", count: 400) + ".0", .syntaxError, "FloatingPointOverflow")
    }

    @Test func conversionsOutOfRange() throws {
        try expectFailure(db, "RETURN toInteger('9999999999999999999999')", .argumentError, "NumberOutOfRange")
        try expectFailure(db, "RETURN toInteger(1e300)", .argumentError, "NumberOutOfRange")
        #expect(try value(db, "RETURN toInteger('-9223372036854775808')") == .int(.min))
    }

    /// Integer arguments at the edges of 64 bits: lists and strings are bounded by what they
    /// hold, steps that would overflow end a range, and nothing wraps or traps.
    @Test func extremeIntegerArguments() throws {
        #expect(try value(db, "RETURN range(0, 9223372036854775807, 4611686018427387904)") == .list([0, 4_611_686_018_427_387_904]))
        #expect(try value(db, "RETURN range(9223372036854775806, 9223372036854775807, 9223372036854775807)") == .list([.int(.max - 1)]))
        #expect(try value(db, "RETURN range(-9223372036854775808, -9223372036854775807, -9223372036854775808)") == .list([]))
        try expectFailure(db, "RETURN range(-9223372036854775808, 9223372036854775807)", .limitExceeded, "ListTooLarge")
        try expectFailure(db, "RETURN range(1, 2, 0)", .argumentError, "NumberOutOfRange")
        #expect(try value(db, "RETURN substring('abc', 1, 9223372036854775807)") == "bc")
        #expect(try value(db, "RETURN substring('abc', 9223372036854775807, 1)") == "")
        #expect(try value(db, "RETURN left('abc', 9223372036854775807) + right('abc', 9223372036854775807)") == "abcabc")
        try expectFailure(db, "RETURN right('abc', -9223372036854775808)", .argumentError, "NumberOutOfRange")
        try expectFailure(db, "RETURN substring('abc', -9223372036854775808, 9223372036854775807)", .argumentError, "NumberOutOfRange")
        #expect(try value(db, "RETURN round(1.5, 9223372036854775807)") == 1.5)
        #expect(try value(db, "RETURN round(1.5, -9223372036854775808, 'CEILING') >= 0") == true)
        #expect(try value(db, "RETURN [1, 2, 3][-9223372036854775808]") == .null)
        #expect(try value(db, "RETURN [1, 2, 3][9223372036854775807]") == .null)
        #expect(try value(db, "RETURN [1, 2, 3][-9223372036854775808..9223372036854775807]") == .list([1, 2, 3]))
        #expect(try value(db, "RETURN [1, 2, 3][9223372036854775807..-9223372036854775808]") == .list([]))
        #expect(try value(db, "RETURN sign(-9223372036854775808)") == -1)
    }

    @Test func temporalOverflow() throws {
        #expect(try value(db, "RETURN date({year: 999999999}).year") == .int(999_999_999))
        try expectFailure(db, "RETURN date({year: 999999999}) + duration({years: 1})", .argumentError, "InvalidArgumentValue")
        try expectFailure(db, "RETURN duration({years: 9223372036854775807})", .argumentError, "NumberOutOfRange")
        try expectFailure(db, "RETURN duration({seconds: 9223372036854775807}) + duration({seconds: 1})",
                          .arithmeticError, "IntegerOverflow")
        try expectFailure(db, "RETURN duration({days: 9223372036854775807}) * 2", .arithmeticError, "IntegerOverflow")
        try expectFailure(db, "RETURN localdatetime({year: -999999999}) - duration({seconds: 9223372036854775807})",
                          .argumentError, "InvalidArgumentValue")
    }
}
