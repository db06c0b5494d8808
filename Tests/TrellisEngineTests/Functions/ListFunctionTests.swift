import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("List functions")
struct ListFunctionTests {
    @Test func sizeAndLength() {
        expectValue(try call("size", [1, 2, 3]), 3)
        expectValue(try call("size", []), 0)
        expectValue(try call("size", [.null, .null]), 2)
        expectValue(try call("size", "abc"), 3)
        expectValue(try call("length", [1, 2]), 2)
        expectValue(try call("length", "abcd"), 4)
        expectError(.typeError, "InvalidArgumentType") { try call("size", 42) }
        expectError(.typeError, "InvalidArgumentType") { try call("size", ["a": 1]) }
        expectError(.typeError, "InvalidArgumentType") { try call("length", true) }
    }

    @Test func isEmpty() {
        expectValue(try call("isEmpty", []), true)
        expectValue(try call("isEmpty", [.null]), false)
        expectValue(try call("isEmpty", ""), true)
        expectValue(try call("isEmpty", " "), false)
        expectValue(try call("isEmpty", [:]), true)
        expectValue(try call("isEmpty", ["a": .null]), false)
        expectError(.typeError, "InvalidArgumentType") { try call("isEmpty", 0) }
    }

    @Test func headLastTail() {
        expectValue(try call("head", [1, 2, 3]), 1)
        expectValue(try call("last", [1, 2, 3]), 3)
        expectValue(try call("tail", [1, 2, 3]), [2, 3])
        expectValue(try call("tail", try call("tail", [1, 2, 3, 4, 5])), [3, 4, 5])
        expectValue(try call("head", []), .null)
        expectValue(try call("last", []), .null)
        expectValue(try call("tail", []), [])
        expectValue(try call("tail", [1]), [])
        expectValue(try call("head", [.null, 1]), .null)
        expectValue(try call("last", [[1], [2]]), [2])
        for name in ["head", "last", "tail"] {
            expectError(.typeError, "InvalidArgumentType") { try call(name, "abc") }
            expectError(.typeError, "InvalidArgumentType") { try call(name, 1) }
        }
    }

    @Test func reverse() {
        expectValue(try call("reverse", [1, 2, 3]), [3, 2, 1])
        expectValue(try call("reverse", []), [])
        expectValue(try call("reverse", [1, "a", .null]), [.null, "a", 1])
        expectValue(try call("reverse", "raksO"), "Oskar")
        expectValue(try call("reverse", "anagram"), "margana")
        expectValue(try call("reverse", ""), "")
        expectError(.typeError, "InvalidArgumentType") { try call("reverse", 123) }
        expectError(.typeError, "InvalidArgumentType") { try call("reverse", ["a": 1]) }
    }

    @Test("range with the default step", arguments: [
        (-1236, -1234, [-1236, -1235, -1234]), (-1234, -1234, [-1234]), (-10, -3, Array(-10...(-3))),
        (-1, 0, [-1, 0]), (0, -123, []), (0, -1, []), (-1, 1, [-1, 0, 1]), (0, 0, [0]), (0, 1, [0, 1]),
        (0, 10, Array(0...10)), (6, 10, [6, 7, 8, 9, 10]), (1234, 1236, [1234, 1235, 1236]),
    ] as [(Int64, Int64, [Int64])])
    func rangeDefaultStep(start: Int64, end: Int64, expected: [Int64]) {
        expectValue(try call("range", .int(start), .int(end)), .list(expected.map(Value.int)))
    }

    @Test func rangeWithSteps() {
        expectValue(try call("range", 0, 10, 3), [0, 3, 6, 9])
        expectValue(try call("range", 10, 0, -3), [10, 7, 4, 1])
        expectValue(try call("range", 10, 0, -5), [10, 5, 0])
        expectValue(try call("range", 0, 10, -1), [])
        expectValue(try call("range", 10, 0, 1), [])
        expectValue(try call("range", 5, 5, -1), [5])
        expectValue(try call("range", 0, 1, 1000), [0])
    }

    @Test func rangeDirectionMatchesTheSignOfTheStep() throws {
        for stop: Int64 in [1, 2, 500, 1000, 1500] {
            for step: Int64 in [-1000, -3, -2, -1, 1, 2, 3, 1000] {
                guard case .list(let items) = try call("range", 0, .int(stop), .int(step)) else {
                    Issue.record("range did not return a list")
                    continue
                }
                #expect(items.isEmpty == (stop.signum() != step.signum()))
            }
        }
    }

    @Test func rangeAtTheEdgesOfTheIntegers() {
        expectValue(try call("range", .int(.max - 1), .int(.max)), [.int(.max - 1), .int(.max)])
        expectValue(try call("range", .int(.min), .int(.min + 1)), [.int(.min), .int(.min + 1)])
        expectValue(try call("range", .int(.min), .int(.max), .int(.max)), [.int(.min), -1, .int(.max - 1)])
        expectValue(try call("range", .int(.max), .int(.min), .int(.min)), [.int(.max), -1])
        expectError(.limitExceeded, "ListTooLarge") { try call("range", .int(.min), .int(.max)) }
        expectError(.limitExceeded, "ListTooLarge") { try call("range", 0, 1_000_000_000_000) }
    }

    @Test func rangeWithAZeroStepIsOutOfRange() {
        for (start, end): (Int64, Int64) in [(0, 0), (2, 8), (-2, 8), (2, -8)] {
            expectError(.argumentError, "NumberOutOfRange") { try call("range", .int(start), .int(end), 0) }
        }
    }

    @Test func rangeArgumentsMustBeIntegers() {
        let bad: [Value] = [true, -1.1, -0.0, 0.0, 1.1, "xyz", [0], ["start": 0], .null]
        for value in bad {
            expectError(.argumentError, "InvalidArgumentType") { try call("range", value, 1, 1) }
            expectError(.argumentError, "InvalidArgumentType") { try call("range", 0, value, 1) }
            expectError(.argumentError, "InvalidArgumentType") { try call("range", 0, 1, value) }
            expectError(.argumentError, "InvalidArgumentType") { try call("range", value, 1) }
        }
    }

    @Test func coalesce() {
        expectValue(try call("coalesce", .null, 1, 2), 1)
        expectValue(try call("coalesce", .null, .null), .null)
        expectValue(try call("coalesce", "a"), "a")
        expectValue(try call("coalesce", .null, [], 1), [])
        expectValue(try call("coalesce", .null, false), false)
    }

    @Test func keysOfMaps() {
        expectValue(try call("keys", ["name": "Alice", "age": 38, "eyes": .null]), ["age", "eyes", "name"])
        expectValue(try call("keys", [:]), [])
        expectError(.typeError, "InvalidArgumentType") { try call("keys", [1, 2]) }
        expectError(.typeError, "InvalidArgumentType") { try call("keys", "abc") }
    }

    @Test func propertiesOfMaps() {
        expectValue(try call("properties", ["name": "Popeye", "level": 9001]), ["name": "Popeye", "level": 9001])
        expectValue(try call("properties", [:]), [:])
        expectError(.typeError, "InvalidArgumentType") { try call("properties", "Cypher") }
        expectError(.typeError, "InvalidArgumentType") { try call("properties", [true, false]) }
    }
}
