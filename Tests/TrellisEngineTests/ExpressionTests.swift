import Testing
import Trellis

@Suite("Expressions")
struct ExpressionTests {
    @Test("Comparisons across types", arguments: [
        ("1 < 2.5", "true"), ("2.0 = 2", "true"), ("2 <= 2.0", "true"), ("3 > 2.9999", "true"),
        ("'1' = 1", "false"), ("1 <> 'a'", "true"), ("'a' < 1", "null"), ("true < 1", "null"),
        ("'abc' < 'abd'", "true"), ("'Z' < 'a'", "true"), ("'' < 'a'", "true"),
        ("true > false", "true"), ("[1, 2] < [1, 3]", "true"), ("[1, 2] < [1, 2, 0]", "true"),
        ("[1, 2] = [1, 2.0]", "true"), ("[1, 2] = [2, 1]", "false"), ("[1] = 1", "false"),
        ("{a: 1, b: 'x'} = {b: 'x', a: 1.0}", "true"), ("{a: 1} = {a: 1, b: 2}", "false"),
        ("{a: 1} < {a: 2}", "null"), ("date('2024-01-01') < date('2024-06-01')", "true"),
        ("9007199254740993 = 9007199254740992.0", "false"), ("9007199254740993 > 9007199254740992.0", "true"),
    ])
    func comparison(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func chainedComparisonMeansConjunction() throws {
        #expect(try eval("1 < 2 < 3") == "true")
        #expect(try eval("1 < 3 < 2") == "false")
        #expect(try eval("3 > 2 >= 2 = 2") == "true")
    }

    @Test("Arithmetic", arguments: [
        ("7 / 2", "3"), ("-7 / 2", "-3"), ("7 % 3", "1"), ("-7 % 3", "-1"), ("7.0 / 2", "3.5"),
        ("2 ^ 3", "8.0"), ("2 + 3 * 4", "14"), ("(2 + 3) * 4", "20"), ("10 - 2 - 3", "5"),
        ("2 ^ 3 ^ 2", "64.0"), ("1 + 2.5", "3.5"), ("-(3)", "-3"), ("+4", "4"), ("5 % 2.5", "0.0"),
        ("1 / 0.0", "inf"), ("-1 / 0.0", "-inf"), ("9223372036854775807 + 0", "9223372036854775807"),
        ("-9223372036854775807 - 1", "-9223372036854775808"),
    ])
    func arithmetic(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test("Integer overflow is an error", arguments: [
        "9223372036854775807 + 1", "-9223372036854775807 - 2", "9223372036854775807 * 2",
        "4611686018427387904 * -4", "-(-9223372036854775807 - 1)", "(-9223372036854775807 - 1) / -1",
    ])
    func integerOverflow(_ expression: String) {
        expectEvalError(expression, kind: .arithmeticError, code: "IntegerOverflow")
    }

    @Test func integerOverflowFromParameters() {
        expectError(Database(), "RETURN $a + $b", kind: .arithmeticError, code: "IntegerOverflow",
                    parameters: ["a": .int(Int64.max), "b": 1])
    }

    @Test("Integer division by zero is an error", arguments: ["1 / 0", "1 % 0", "0 / 0"])
    func integerDivisionByZero(_ expression: String) {
        expectEvalError(expression, kind: .arithmeticError, code: "DivisionByZero")
    }

    @Test func divisionByZeroFromData() throws {
        let db = try database("CREATE (:N {v: 0})")
        expectError(db, "MATCH (n:N) RETURN 10 / n.v", kind: .arithmeticError, code: "DivisionByZero")
    }

    @Test("Arithmetic type errors found while running", arguments: ["-'a'", "[1] * 2"])
    func arithmeticTypeError(_ expression: String) {
        expectEvalError(expression, kind: .typeError)
    }

    @Test("Arithmetic on operands of known wrong types is rejected before running",
          arguments: ["'a' - 1", "true + 1", "{a: 1} + 1"])
    func arithmeticStaticTypeError(_ expression: String) {
        expectEvalError(expression, kind: .syntaxError, code: "InvalidArgumentType")
    }

    @Test("Strings", arguments: [
        ("'school' + ' ' + 'partnership'", "'school partnership'"),
        ("'Mayfield' STARTS WITH 'May'", "true"), ("'Mayfield' STARTS WITH 'may'", "false"),
        ("'Mayfield' ENDS WITH 'field'", "true"), ("'Mayfield' CONTAINS 'yfi'", "true"),
        ("'Mayfield' CONTAINS ''", "true"), ("'Mayfield' CONTAINS 'x'", "false"), ("'abc' STARTS WITH 1", "null"),
        ("toUpper('Oakwood')", "'OAKWOOD'"), ("toLower('OAK')", "'oak'"), ("trim('  a b  ')", "'a b'"),
        ("substring('Highbury', 4)", "'bury'"), ("substring('Highbury', 0, 4)", "'High'"),
        ("replace('Padnell Junior', 'Junior', 'Infant')", "'Padnell Infant'"),
        ("split('a,b,,c', ',')", "['a', 'b', '', 'c']"), ("reverse('abc')", "'cba'"), ("size('Oakwood')", "7"),
        ("toString(42)", "'42'"), ("toInteger('42')", "42"), ("toInteger('x')", "null"), ("toFloat('1.5')", "1.5"),
        ("'é' < 'f'", "false"),
    ])
    func strings(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test("Regular expressions", arguments: [
        ("'Mayfield' =~ 'May.*'", "true"), ("'Mayfield' =~ 'may.*'", "false"), ("'Mayfield' =~ '(?i)may.*'", "true"),
        ("'Mayfield' =~ 'field'", "false"), ("'116110' =~ '\\\\d{6}'", "true"), ("'a.b' =~ 'a\\\\.b'", "true"),
        ("'axb' =~ 'a\\\\.b'", "false"), ("1 =~ '1'", "null"),
    ])
    func regex(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func invalidRegexIsAnError() {
        expectEvalError("'a' =~ '['", kind: .argumentError, code: "InvalidArgumentValue")
    }

    @Test("Lists", arguments: [
        ("[1, 2, 3][0]", "1"), ("[1, 2, 3][-1]", "3"), ("[1, 2, 3][-3]", "1"), ("[1, 2, 3][3]", "null"), ("[1, 2, 3][-4]", "null"),
        ("[1, 2, 3, 4][1..3]", "[2, 3]"), ("[1, 2, 3][..-1]", "[1, 2]"), ("[1, 2, 3][1..]", "[2, 3]"),
        ("[1, 2, 3][-2..]", "[2, 3]"), ("[1, 2, 3][2..1]", "[]"), ("[1, 2, 3][0..10]", "[1, 2, 3]"),
        ("[1, 2, 3][null..2]", "null"), ("[1, 2] + [3]", "[1, 2, 3]"), ("[1, 2] + 3", "[1, 2, 3]"), ("0 + [1]", "[0, 1]"),
        ("size([1, null, 3])", "3"), ("[]", "[]"), ("[[1, 2], [3]][0][1]", "2"),
        ("range(0, 10, 3)", "[0, 3, 6, 9]"), ("range(5, 1, -2)", "[5, 3, 1]"), ("range(1, 0)", "[]"),
        ("[x IN range(1, 5) WHERE x % 2 = 1 | x * 10]", "[10, 30, 50]"), ("[x IN [1, 2] | x + 1]", "[2, 3]"),
        ("[x IN [1, 2, 3] WHERE x > 1]", "[2, 3]"), ("[x IN [] | x]", "[]"),
        ("reduce(total = 0, x IN [1, 2, 3] | total + x)", "6"),
        ("all(x IN [1, 2] WHERE x > 0)", "true"), ("any(x IN [1, 2] WHERE x > 1)", "true"),
        ("none(x IN [1, 2] WHERE x > 2)", "true"), ("single(x IN [1, 2] WHERE x > 0)", "false"),
        ("all(x IN [] WHERE false)", "true"), ("any(x IN [null, 1] WHERE x > 0)", "true"),
        ("all(x IN [null, 1] WHERE x > 0)", "null"),
        ("head([1, 2])", "1"), ("last([1, 2])", "2"), ("tail([1, 2, 3])", "[2, 3]"), ("head([])", "null"),
    ])
    func lists(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func listIndexWithNonIntegerIsATypeError() {
        expectEvalError("[1, 2]['a']", kind: .typeError)
    }

    @Test("Maps", arguments: [
        ("{a: 1, b: 'x'}.b", "'x'"), ("{a: 1}.c", "null"), ("{a: 1}['a']", "1"), ("{a: {b: [1, 2]}}.a.b[1]", "2"),
        ("keys({b: 1, a: 2}) = ['b', 'a'] OR keys({b: 1, a: 2}) = ['a', 'b']", "true"), ("size(keys({}))", "0"),
    ])
    func maps(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func dynamicMapKeyFromParameter() throws {
        #expect(try eval("{urn: 1, name: 'A'}[$k]", ["k": "name"]) == "'A'")
    }

    @Test func mapProjection() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School {name: 'Riverside'}) RETURN s {.name, .ofsted, .missing, region: 'South'}",
                       [[["name": "Riverside", "ofsted": "Good", "missing": nil, "region": "South"]]])
        try expectRows(db, "MATCH (a:Authority {code: 851}) RETURN a {.*, kind: 'LA'}",
                       [[["name": "Portsmouth", "code": 851, "kind": "LA"]]])
    }

    @Test func mapProjectionWithVariableAndAggregation() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(p:Partnership {name: 'Downs Trust'})
            WITH p, count(s) AS members
            RETURN p {.name, members}
            """, [[["name": "Downs Trust", "members": 2]]])
    }

    @Test func mapProjectionOfNullIsNull() throws {
        try expectRows(Database(), "OPTIONAL MATCH (x:Nothing) RETURN x {.name}", [[nil]])
    }

    @Test("CASE", arguments: [
        ("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END", "'two'"),
        ("CASE 5 WHEN 1 THEN 'one' ELSE 'many' END", "'many'"),
        ("CASE 5 WHEN 1 THEN 'one' END", "null"),
        ("CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' ELSE 'c' END", "'b'"),
        ("CASE WHEN null THEN 'a' ELSE 'b' END", "'b'"),
        ("CASE 1 WHEN 1.0 THEN 'numeric' ELSE 'no' END", "'numeric'"),
        ("CASE WHEN true THEN 1 WHEN 1 / 0 = 1 THEN 2 END", "1"),
    ])
    func caseExpression(_ expression: String, _ expected: String) throws {
        #expect(try eval(expression) == expected)
    }

    @Test func caseOverSchoolSizes() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)
            RETURN s.name, CASE WHEN s.pupils IS NULL THEN 'unknown' WHEN s.pupils < 500 THEN 'small' ELSE 'large' END AS size
            """, [["Padnell Junior", "small"], ["Cowplain", "large"], ["Mayfield", "large"],
                  ["Highbury", "small"], ["Oakwood", "unknown"], ["Riverside", "large"]])
    }

    @Test func patternComprehension() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {name: 'Highbury'})
            RETURN [(s)-[:SUPPORTS]-(o) | o.name] AS partners
            """, [[["Oakwood", "Padnell Junior"]]])
    }

    @Test func patternComprehensionWithWhere() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (p:Partnership {name: 'Solent Alliance'})
            RETURN size([(p)<-[m:MEMBER_OF]-(s) WHERE m.since >= 2020 | s.name]) AS recent
            """, [[2]])
    }

    @Test func patternPredicateAsValue() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School) RETURN s.name, exists((s)-[:MEMBER_OF]->()) AS member
            """, [["Padnell Junior", true], ["Cowplain", true], ["Mayfield", true],
                  ["Highbury", true], ["Oakwood", false], ["Riverside", true]])
    }

    @Test func existsSubqueryAsValue() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (a:Authority)
            RETURN a.name, EXISTS { MATCH (a)<-[:IN_AUTHORITY]-(s:School) WHERE s.ofsted = 'Good' } AS hasGood
            """, [["Portsmouth", false], ["Hampshire", true]])
    }

    @Test func parametersOfEveryType() throws {
        let params: [String: Value] = ["i": 1, "f": 1.5, "s": "x", "b": true, "l": [1, "a"], "m": ["k": 2], "n": nil]
        #expect(try eval("[$i, $f, $s, $b, $l, $m.k, $n]", params) == "[1, 1.5, 'x', true, [1, 'a'], 2, null]")
    }

    @Test func missingParameterIsAnError() {
        expectError(Database(), "RETURN $nope", kind: .parameterMissing, code: "MissingParameter")
    }

    @Test func typeAndIdentityFunctionsOnEntities() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {name: 'Mayfield'})-[r:MEMBER_OF]->(p)
            RETURN labels(s), type(r), startNode(r) = s, endNode(r) = p, id(s) = id(s), properties(r)
            """, [[["School"], "MEMBER_OF", true, true, true, ["since": 2020, "role": "member"]]])
    }

    @Test func propertyOfNonMapIsATypeError() {
        expectEvalError("(1).name", kind: .typeError)
    }
}
