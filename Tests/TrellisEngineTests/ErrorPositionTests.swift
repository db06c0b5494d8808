import Testing
import Trellis

/// A bad query and where its error must be reported.
struct BadQuery: Sendable, CustomStringConvertible {
    var query: String
    var kind: TrellisError.Kind
    var code: String
    var line: Int
    var column: Int
    var description: String { query }
}

@Suite("Errors with positions")
struct ErrorPositionTests {
    static let compileTime: [BadQuery] = [
        BadQuery(query: "MATCH (s:School)\nRETURN x.name", kind: .syntaxError, code: "UndefinedVariable", line: 2, column: 8),
        BadQuery(query: "MATCH (s:School)\nWHERE s.pupils > 100 AND t.pupils < 5\nRETURN s", kind: .syntaxError,
                 code: "UndefinedVariable", line: 2, column: 26),
        BadQuery(query: "RETURN frobnicate(1)", kind: .syntaxError, code: "UnknownFunction", line: 1, column: 8),
        BadQuery(query: "MATCH (s)\nRETURN toUpper(s.name, 'x')", kind: .syntaxError, code: "InvalidNumberOfArguments", line: 2, column: 8),
        BadQuery(query: "RETURN substring()", kind: .syntaxError, code: "InvalidNumberOfArguments", line: 1, column: 8),
        BadQuery(query: "MATCH (a)\nWITH a.name\nRETURN 1", kind: .syntaxError, code: "NoExpressionAlias", line: 2, column: 6),
        BadQuery(query: "MATCH (s:School RETURN s", kind: .syntaxError, code: "UnexpectedSyntax", line: 1, column: 17),
        BadQuery(query: "MATCH (s:School)\nRETRUN s", kind: .syntaxError, code: "UnexpectedSyntax", line: 2, column: 1),
        BadQuery(query: "RETURN 1 +", kind: .syntaxError, code: "UnexpectedSyntax", line: 1, column: 11),
        BadQuery(query: "RETURN [1, 2", kind: .syntaxError, code: "UnexpectedSyntax", line: 1, column: 13),
        BadQuery(query: "MATCH (n)\n  RETURN n,\n         count(*) + m", kind: .syntaxError, code: "UndefinedVariable", line: 3, column: 21),
        BadQuery(query: "UNWIND [1] AS x\nRETURN x, x + count(*) AS y, z", kind: .syntaxError, code: "UndefinedVariable", line: 2, column: 30),
        BadQuery(query: "RETURN 'é', x", kind: .syntaxError, code: "UndefinedVariable", line: 1, column: 13),
        BadQuery(query: "MATCH (n)\nRETURN count(count(n))", kind: .syntaxError, code: "NestedAggregation", line: 2, column: 14),
        BadQuery(query: "MATCH (n) RETURN n\nUNION\nMATCH (m) RETURN m", kind: .syntaxError, code: "DifferentColumnsInUnion", line: 3, column: 1),
        BadQuery(query: "CREATE (a:A)\nCREATE (a:B)", kind: .syntaxError, code: "VariableAlreadyBound", line: 2, column: 8),
    ]

    @Test(arguments: compileTime)
    func compileTimeError(_ bad: BadQuery) throws {
        let error = try #require(expectError(Database(), bad.query, kind: bad.kind, code: bad.code, line: bad.line, column: bad.column))
        #expect(error.phase == .compileTime)
    }

    @Test func undefinedVariableRangeCoversTheName() throws {
        let error = try #require(expectError(Database(), "MATCH (s)\nRETURN school", kind: .syntaxError, code: "UndefinedVariable"))
        let range = try #require(error.range)
        #expect(range.start == TrellisCore.SourceLocation(line: 2, column: 8, offset: 17))
        #expect(range.end.offset - range.start.offset == 6)
    }

    @Test func errorInLaterStatementIsRelativeToWholeScript() throws {
        let db = Database()
        let error = expectError(db, "CREATE (:A);\nMATCH (n) RETURN m", kind: .syntaxError, code: "UndefinedVariable", line: 2, column: 18)
        #expect(error?.range?.start.offset == 30)
    }

    @Test func divisionByZeroAtRuntimeIsPositioned() throws {
        let error = try #require(expectError(Database(), "UNWIND [1, 0] AS x\nRETURN 10 / x", kind: .arithmeticError,
                                             code: "DivisionByZero", line: 2, column: 8))
        #expect(error.phase == .runtime)
    }

    @Test func overflowAtRuntimeIsPositioned() {
        expectError(Database(), "WITH 9223372036854775807 AS big\nRETURN 1,\n  big + 1", kind: .arithmeticError,
                    code: "IntegerOverflow", line: 3, column: 3)
    }

    @Test func typeErrorAtRuntimeIsPositioned() {
        expectError(Database(), "UNWIND [1, 'a'] AS x\nRETURN x - 1", kind: .typeError, line: 2, column: 8)
    }

    @Test func missingParameterIsPositioned() {
        expectError(Database(), "MATCH (s:School)\nWHERE s.urn = $urn\nRETURN s", kind: .parameterMissing,
                    code: "MissingParameter", line: 2, column: 15)
    }

    @Test func invalidPropertyTypeInSetIsPositioned() {
        expectError(Database(), "CREATE (n:N)\nSET n.bad = {a: 1}", kind: .typeError, code: "InvalidPropertyType", line: 2, column: 5)
    }

    @Test func deleteConnectedNodeCarriesARange() throws {
        let db = try schools()
        let error = expectError(db, "MATCH (s:School {name: 'Oakwood'})\nDELETE s", kind: .constraintVerificationFailed,
                                code: "DeleteConnectedNode")
        #expect(error?.range != nil)
    }

    @Test func errorDescriptionStartsWithPosition() throws {
        let error = try #require(expectError(Database(), "RETURN nope", kind: .syntaxError, code: "UndefinedVariable"))
        #expect(error.description.hasPrefix("1:8: SyntaxError:"))
    }
}

@Suite("Positions of run-time errors from graph functions")
struct GraphFunctionErrorPositionTests {
    @Test func propertiesOfADeletedNodePointsAtTheCall() throws {
        do {
            try Database().execute("CREATE (n:X {a: 1}) DELETE n\nRETURN properties(n)")
            Issue.record("expected an error")
        } catch let error as TrellisError {
            #expect(error.code == "DeletedEntityAccess")
            #expect(error.range?.start.line == 2)
            #expect(error.range?.start.column == 8)
        }
    }
}
