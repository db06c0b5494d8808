import Testing
import TrellisCore
@testable import TrellisEngine

/// Calls the registered function `name` with `arguments`, checking the argument count.
func call(_ name: String, _ arguments: Value...) throws -> Value {
    guard let function = ScalarFunctions.lookup(name) else {
        throw TrellisError(.internalError, "NoSuchFunction", "no function \(name)")
    }
    return try function(arguments)
}

/// Structural equality that, unlike `==`, tells `1` from `1.0` and `0.0` from `-0.0`, and
/// treats NaN as equal to NaN.
func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.int(x), .int(y)): return x == y
    case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
    case let (.string(x), .string(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
    case let (.list(xs), .list(ys)): return xs.count == ys.count && zip(xs, ys).allSatisfy(identical)
    case let (.map(xs), .map(ys)):
        return xs.count == ys.count && xs.allSatisfy { key, x in ys[key].map { identical(x, $0) } ?? false }
    case let (.date(x), .date(y)): return x == y
    case let (.node(x), .node(y)): return x == y
    case let (.relationship(x), .relationship(y)): return x == y
    case let (.path(x), .path(y)): return x == y
    default: return false
    }
}

/// Records an issue unless `actual` is identical to `expected` (see ``identical(_:_:)``).
func expectValue(
    _ actual: @autoclosure () throws -> Value, _ expected: Value,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    do {
        let value = try actual()
        if !identical(value, expected) {
            Issue.record(
                "expected \(describe(expected)) but got \(describe(value))", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("expected \(describe(expected)) but got error \(error)", sourceLocation: sourceLocation)
    }
}

/// Records an issue unless `body` throws a runtime ``TrellisError`` of the given kind and code.
/// Returns the error for further checks.
@discardableResult
func expectError(
    _ kind: TrellisError.Kind, _ code: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> Value
) -> TrellisError? {
    do {
        let value = try body()
        Issue.record("expected \(kind.rawValue).\(code) but got \(describe(value))", sourceLocation: sourceLocation)
        return nil
    } catch let error as TrellisError {
        if error.kind != kind || error.code != code || error.phase != .runtime {
            Issue.record(
                "expected \(kind.rawValue).\(code) at runtime but got \(error.kind.rawValue).\(error.code) at \(error.phase.rawValue): \(error.message)",
                sourceLocation: sourceLocation)
        }
        return error
    } catch {
        Issue.record("expected a TrellisError but got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// A value with its type, for failure messages.
func describe(_ value: Value) -> String {
    "\(ValueFormatting.cypherLiteral(value)) (\(value.typeName))"
}

/// A date for tests; traps on invalid fields.
func day(_ year: Int64, _ month: Int64, _ day: Int64) -> Value {
    .date(DateValue(year: year, month: month, day: day)!)
}
