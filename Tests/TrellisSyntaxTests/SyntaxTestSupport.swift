import Foundation
import Testing
import TrellisCore
@testable import TrellisSyntax

/// Marks where an error is expected inside a test query.
let errorMarker = "1️⃣"

/// `text` without the marker, and the location of the marker in it.
func locateMarker(in text: String) -> (text: String, location: TrellisCore.SourceLocation)? {
    guard let markerRange = text.range(of: errorMarker) else { return nil }
    let before = text[..<markerRange.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    let column = before[lineStart...].unicodeScalars.count + 1
    let stripped = text.replacingCharacters(in: markerRange, with: "")
    return (stripped, TrellisCore.SourceLocation(line: line, column: column, offset: before.utf8.count))
}

/// Expects `body` to throw a syntax error with `code` starting at the marker in `markedText`.
func expectSyntaxError(_ markedText: String, code: String = "UnexpectedSyntax", message: String? = nil,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation,
                       _ body: (String) throws -> Void) {
    guard let (text, location) = locateMarker(in: markedText) else {
        Issue.record("no \(errorMarker) marker in \(markedText)", sourceLocation: sourceLocation)
        return
    }
    do {
        try body(text)
        Issue.record("no error for: \(text)", sourceLocation: sourceLocation)
    } catch let error as TrellisError {
        #expect(error.kind == .syntaxError, sourceLocation: sourceLocation)
        #expect(error.phase == .compileTime, sourceLocation: sourceLocation)
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        #expect(error.range?.start == location, "error at \(error.range.map { "\($0)" } ?? "?") expected at \(location): \(error)",
                sourceLocation: sourceLocation)
        if let message {
            #expect(error.message == message, sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

/// Expects parsing the script `markedText` to fail at its marker.
func expectScriptError(_ markedText: String, code: String = "UnexpectedSyntax", message: String? = nil,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectSyntaxError(markedText, code: code, message: message, sourceLocation: sourceLocation) {
        _ = try Parser.parseScript($0)
    }
}

/// The compact rendering of an expression.
func expression(_ text: String) throws -> String {
    SyntaxTreePrinter.render(try Parser.parseExpression(text))
}

/// The compact rendering of a statement's query.
func query(_ text: String) throws -> String {
    let statement = try Parser.parseStatement(text)
    switch statement.kind {
    case .query(let query): return SyntaxTreePrinter.render(query)
    case .explain(let query): return "EXPLAIN " + SyntaxTreePrinter.render(query)
    case .profile(let query): return "PROFILE " + SyntaxTreePrinter.render(query)
    default: return "\(statement.kind)"
    }
}

/// The first clause of a one-statement query.
func firstClause(_ text: String) throws -> Clause {
    guard case .query(let query) = try Parser.parseStatement(text).kind else {
        throw TrellisError.syntax("Test", "not a query", at: nil)
    }
    return query.parts[0].clauses[0]
}
