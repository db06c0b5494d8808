import Testing
import TrellisCore
@testable import TrellisEngine

@Suite("Scalar function registry")
struct ScalarFunctionRegistryTests {
    @Test("lookup ignores case and returns the canonical spelling", arguments: [
        ("toupper", "toUpper"), ("TOUPPER", "toUpper"), ("toUpper", "toUpper"),
        ("LTRIM", "ltrim"), ("lTrim", "ltrim"), ("rTrim", "rtrim"),
        ("DATE.TRUNCATE", "date.truncate"), ("Date.Statement", "date.statement"),
        ("tointegerornull", "toIntegerOrNull"), ("ISNAN", "isNaN"), ("e", "e"),
    ])
    func lookupIgnoresCase(spelling: String, canonical: String) {
        #expect(ScalarFunctions.lookup(spelling)?.name == canonical)
    }

    @Test("unknown and graph-only names are not registered", arguments: [
        "nosuchfunction", "id", "labels", "type", "startNode", "endNode", "nodes", "relationships",
        "exists", "count", "collect", "datetimes", "durations", "date.nope", "",
    ])
    func unknownNames(name: String) {
        #expect(ScalarFunctions.lookup(name) == nil)
    }

    @Test func allIsSortedAndUnique() {
        let names = ScalarFunctions.all.map { $0.name.lowercased() }
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(names.count >= 65)
    }

    @Test func everyFunctionIsFoundByItsOwnName() {
        for function in ScalarFunctions.all {
            #expect(ScalarFunctions.lookup(function.name)?.name == function.name)
            #expect(ScalarFunctions.lookup(function.name.uppercased())?.name == function.name)
            #expect(!function.summary.isEmpty, "\(function.name) has no summary")
            #expect(function.signature.hasPrefix(function.name + "("), "\(function.name) signature: \(function.signature)")
        }
    }

    @Test func expectedFunctionsAreRegistered() {
        let expected = [
            "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan",
            "asin", "acos", "atan", "atan2", "cot", "haversin", "pi", "e", "radians", "degrees", "rand", "isNaN",
            "toUpper", "toLower", "upper", "lower", "trim", "ltrim", "rtrim", "btrim", "replace", "substring",
            "left", "right", "split", "reverse", "normalize", "char_length", "character_length",
            "size", "length", "isEmpty", "head", "last", "tail", "range", "coalesce", "keys", "properties",
            "toBoolean", "toInteger", "toFloat", "toString",
            "toBooleanOrNull", "toIntegerOrNull", "toFloatOrNull", "toStringOrNull",
            "toBooleanList", "toIntegerList", "toFloatList", "toStringList",
            "date", "date.truncate", "date.statement", "date.transaction", "date.realtime", "valueType",
        ]
        for name in expected {
            #expect(ScalarFunctions.lookup(name)?.name == name, "\(name) is missing")
        }
    }

    @Test func determinism() {
        #expect(ScalarFunctions.lookup("rand")?.isDeterministic == false)
        #expect(ScalarFunctions.lookup("date")?.isDeterministic == false)
        #expect(ScalarFunctions.lookup("date.statement")?.isDeterministic == false)
        #expect(ScalarFunctions.lookup("abs")?.isDeterministic == true)
        #expect(ScalarFunctions.lookup("toUpper")?.isDeterministic == true)
        #expect(ScalarFunctions.lookup("date.truncate")?.isDeterministic == true)
    }

    @Test func arities() {
        #expect(ScalarFunctions.lookup("pi")?.arity == 0...0)
        #expect(ScalarFunctions.lookup("substring")?.arity == 2...3)
        #expect(ScalarFunctions.lookup("round")?.arity == 1...3)
        #expect(ScalarFunctions.lookup("coalesce")?.arity.lowerBound == 1)
        #expect(ScalarFunctions.lookup("coalesce")?.arity.upperBound == Int.max)
        #expect(ScalarFunctions.lookup("date")?.arity == 0...1)
    }

    @Test func callingWithTheWrongCountIsAnArgumentError() {
        let error = expectError(.argumentError, "InvalidNumberOfArguments") { try call("substring", "abc") }
        #expect(error?.message.contains("2 or 3 arguments") == true)
        expectError(.argumentError, "InvalidNumberOfArguments") { try call("pi", 1) }
        expectError(.argumentError, "InvalidNumberOfArguments") { try call("coalesce") }
    }

    @Test func arityDescriptions() {
        #expect(ScalarFunction.describe(1...1) == "1 argument")
        #expect(ScalarFunction.describe(0...0) == "0 arguments")
        #expect(ScalarFunction.describe(2...3) == "2 or 3 arguments")
        #expect(ScalarFunction.describe(1...3) == "1 to 3 arguments")
        #expect(ScalarFunction.describe(1...Int.max) == "at least 1 argument")
    }

    @Test("null in, null out", arguments: [
        "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "cot",
        "asin", "acos", "atan", "haversin", "radians", "degrees", "isNaN",
        "toUpper", "toLower", "upper", "lower", "trim", "ltrim", "rtrim", "btrim", "reverse", "normalize",
        "char_length", "character_length", "size", "length", "isEmpty", "head", "last", "tail", "keys", "properties",
        "toBoolean", "toInteger", "toFloat", "toString", "toBooleanOrNull", "toIntegerOrNull", "toFloatOrNull",
        "toStringOrNull", "toBooleanList", "toIntegerList", "toFloatList", "toStringList", "date", "coalesce",
    ])
    func nullPropagation(name: String) {
        expectValue(try call(name, .null), .null)
    }

    @Test func graphEntitiesAreLeftToTheInterpreter() {
        for (name, value) in [
            ("keys", Value.node(1)), ("keys", .relationship(2)), ("properties", .node(1)),
            ("properties", .relationship(2)), ("length", .path(PathValue(nodes: [1, 2], relationships: [3]))),
        ] {
            let error = expectError(.internalError, ScalarFunctions.graphFunctionCode) { try call(name, value) }
            #expect(error?.message.contains(name) == true)
        }
    }

    @Test func graphEntitiesElsewhereAreTypeErrors() {
        expectError(.typeError, "InvalidArgumentType") { try call("size", .node(1)) }
        expectError(.typeError, "InvalidArgumentType") { try call("size", .path(PathValue(nodes: [1], relationships: []))) }
        expectError(.typeError, "InvalidArgumentType") { try call("head", .relationship(1)) }
        expectError(.typeError, "InvalidArgumentType") { try call("keys", .path(PathValue(nodes: [1], relationships: []))) }
    }
}
