import Testing
import TrellisCore
@testable import TrellisSyntax

@Suite struct ExpressionParserTests {
    // MARK: - Literals and atoms

    @Test func literals() throws {
        #expect(try expression("null") == "null")
        #expect(try expression("TRUE") == "true")
        #expect(try expression("false") == "false")
        #expect(try expression("42") == "42")
        #expect(try expression("0x1F") == "31")
        #expect(try expression("1.5") == "1.5")
        #expect(try expression("'a\\nb'") == "'a\nb'")
        #expect(try expression("$param") == "$param")
        #expect(try expression("$0") == "$0")
    }

    @Test func integerBounds() throws {
        #expect(try expression("9223372036854775807") == "9223372036854775807")
        #expect(try expression("-9223372036854775808") == "-9223372036854775808")
        #expect(try expression("-0x8000000000000000") == "-9223372036854775808")
        #expect(try expression("-0o1000000000000000000000") == "-9223372036854775808")
        #expect(try expression("- 5") == "-5")
        #expect(try expression("-1.5") == "-1.5")
        #expect(try expression("--5") == "(- -5)")
        expectSyntaxError("1️⃣9223372036854775808", code: "IntegerOverflow") { _ = try Parser.parseExpression($0) }
        expectSyntaxError("-1️⃣9223372036854775809", code: "IntegerOverflow") { _ = try Parser.parseExpression($0) }
        expectSyntaxError("1️⃣0x8000000000000000", code: "IntegerOverflow") { _ = try Parser.parseExpression($0) }
        expectSyntaxError("-1️⃣0o1000000000000000000001", code: "IntegerOverflow") { _ = try Parser.parseExpression($0) }
        expectSyntaxError("1 + 1️⃣99999999999999999999999", code: "IntegerOverflow") { _ = try Parser.parseExpression($0) }
    }

    @Test func lists() throws {
        #expect(try expression("[]") == "[]")
        #expect(try expression("[1, 'a', [2]]") == "[1, 'a', [2]]")
        #expect(try expression("[1 IN x, 2]") == "[(IN 1 x), 2]")
    }

    @Test func maps() throws {
        #expect(try expression("{}") == "{}")
        #expect(try expression("{a: 1, `b c`: 'x'}") == "{a: 1, b c: 'x'}")
        #expect(try expression("{end: 1, match: 2, Count: 3}") == "{end: 1, match: 2, Count: 3}")
        #expect(try expression("{a: {b: [1]}}") == "{a: {b: [1]}}")
    }

    @Test func variablesAndSoftKeywords() throws {
        #expect(try expression("n") == "n")
        #expect(try expression("`a b`") == "a b")
        #expect(try expression("count") == "count")
        #expect(try expression("index + drop") == "(+ index drop)")
        expectSyntaxError("1 + 1️⃣match") { _ = try Parser.parseExpression($0) }
    }

    // MARK: - Postfix

    @Test func propertiesIndexesAndSlices() throws {
        #expect(try expression("n.name") == "(. n name)")
        #expect(try expression("n.count.end") == "(. (. n count) end)")
        #expect(try expression("n.`a b`") == "(. n a b)")
        #expect(try expression("l[0]") == "(index l 0)")
        #expect(try expression("l[1..2]") == "(slice l 1 2)")
        #expect(try expression("l[..2]") == "(slice l _ 2)")
        #expect(try expression("l[1..]") == "(slice l 1 _)")
        #expect(try expression("l[..]") == "(slice l _ _)")
        #expect(try expression("m['k'][0].x") == "(. (index (index m 'k') 0) x)")
        #expect(try expression("[1, 2][0]") == "(index [1, 2] 0)")
    }

    @Test func labelPredicates() throws {
        #expect(try expression("n:A") == "(: n A)")
        #expect(try expression("n:A:B") == "(: n A B)")
        #expect(try expression("n:Match") == "(: n Match)")
        #expect(try expression("NOT n:A AND m:B") == "(AND (NOT (: n A)) (: m B))")
    }

    // MARK: - Operators

    @Test func arithmeticPrecedence() throws {
        #expect(try expression("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(try expression("1 - 2 - 3") == "(- (- 1 2) 3)")
        #expect(try expression("(1 + 2) * 3") == "(* (+ 1 2) 3)")
        #expect(try expression("8 / 4 % 3") == "(% (/ 8 4) 3)")
        #expect(try expression("2 ^ 3 ^ 2") == "(^ (^ 2 3) 2)")
        #expect(try expression("2 * 3 ^ 2") == "(* 2 (^ 3 2))")
        #expect(try expression("-x ^ 2") == "(^ (- x) 2)")
        #expect(try expression("-2 ^ 2") == "(^ -2 2)")
        #expect(try expression("+x") == "(+ x)")
        #expect(try expression("- -x") == "(- (- x))")
        #expect(try expression("-n.x") == "(- (. n x))")
        #expect(try expression("1 - -1") == "(- 1 -1)")
    }

    @Test func booleanPrecedence() throws {
        #expect(try expression("a OR b AND c") == "(OR a (AND b c))")
        #expect(try expression("a OR b XOR c") == "(OR a (XOR b c))")
        #expect(try expression("a XOR b AND c") == "(XOR a (AND b c))")
        #expect(try expression("NOT a AND b") == "(AND (NOT a) b)")
        #expect(try expression("NOT NOT a") == "(NOT (NOT a))")
        #expect(try expression("NOT a = b") == "(NOT (= a b))")
        #expect(try expression("a = b OR c <> d") == "(OR (= a b) (<> c d))")
    }

    @Test func comparisons() throws {
        #expect(try expression("a = b") == "(= a b)")
        #expect(try expression("a <> b") == "(<> a b)")
        #expect(try expression("a != b") == "(<> a b)")
        #expect(try expression("a <= b") == "(<= a b)")
        #expect(try expression("a >= b") == "(>= a b)")
        #expect(try expression("a + 1 < b * 2") == "(< (+ a 1) (* b 2))")
    }

    @Test func chainedComparisons() throws {
        #expect(try expression("a < b < c") == "(AND (< a b) (< b c))")
        #expect(try expression("1 < x <= 3 = y") == "(AND (AND (< 1 x) (<= x 3)) (= 3 y))")
        let chain = try Parser.parseExpression("a < b < c")
        #expect(chain.range.start.offset == 0 && chain.range.end.offset == 9)
    }

    @Test func stringAndListPredicates() throws {
        #expect(try expression("a STARTS WITH 'x'") == "(STARTS WITH a 'x')")
        #expect(try expression("a ENDS WITH 'x'") == "(ENDS WITH a 'x')")
        #expect(try expression("a CONTAINS 'x'") == "(CONTAINS a 'x')")
        #expect(try expression("a =~ 'x.*'") == "(=~ a 'x.*')")
        #expect(try expression("x IN [1, 2]") == "(IN x [1, 2])")
        #expect(try expression("a + b IN c") == "(IN (+ a b) c)")
        #expect(try expression("x IN l = true") == "(= (IN x l) true)")
        #expect(try expression("a STARTS WITH b = c CONTAINS d") == "(= (STARTS WITH a b) (CONTAINS c d))")
        #expect(try expression("x IN a IN b") == "(IN (IN x a) b)")
    }

    @Test func nullPredicates() throws {
        #expect(try expression("x IS NULL") == "(IS NULL x)")
        #expect(try expression("x.y IS NOT NULL") == "(IS NOT NULL (. x y))")
        #expect(try expression("x IS NULL = true") == "(= (IS NULL x) true)")
        #expect(try expression("NOT x IS NULL") == "(NOT (IS NULL x))")
        #expect(try expression("a + b IS NULL") == "(IS NULL (+ a b))")
    }

    // MARK: - Calls and special forms

    @Test func functionCalls() throws {
        #expect(try expression("f()") == "f()")
        #expect(try expression("toUpper(n.name)") == "toUpper((. n name))")
        #expect(try expression("count(DISTINCT x)") == "count(DISTINCT x)")
        #expect(try expression("count(*)") == "count(*)")
        #expect(try expression("COUNT ( * )") == "count(*)")
        #expect(try expression("date.truncate('month', d)") == "date.truncate('month', d)")
        #expect(try expression("a.b.c(1)") == "a.b.c(1)")
        #expect(try expression("exists(n.prop)") == "exists((. n prop))")
        #expect(try expression("any.thing(1, 2)") == "any.thing(1, 2)")
        #expect(try expression("shortestPath(1)") == "shortestPath(1)")
    }

    @Test func caseExpressions() throws {
        #expect(try expression("CASE WHEN a THEN 1 ELSE 2 END") == "(case (when a 1) (else 2))")
        #expect(try expression("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END") == "(case x (when 1 'a') (when 2 'b'))")
        #expect(try expression("CASE WHEN a THEN b END.c") == "(. (case (when a b)) c)")
    }

    @Test func listComprehensions() throws {
        #expect(try expression("[x IN l]") == "[x IN l]")
        #expect(try expression("[x IN l WHERE x > 1]") == "[x IN l WHERE (> x 1)]")
        #expect(try expression("[x IN l | x * 2]") == "[x IN l | (* x 2)]")
        #expect(try expression("[x IN range(1, 3) WHERE x > 1 | x * 2]") == "[x IN range(1, 3) WHERE (> x 1) | (* x 2)]")
        #expect(try expression("[x IN l, 2]") == "[(IN x l), 2]")
    }

    @Test func quantifiersAndReduce() throws {
        #expect(try expression("all(x IN l WHERE x > 0)") == "all(x IN l WHERE (> x 0))")
        #expect(try expression("ANY(x IN l WHERE x)") == "any(x IN l WHERE x)")
        #expect(try expression("none(x IN l WHERE x)") == "none(x IN l WHERE x)")
        #expect(try expression("single(x IN l)") == "single(x IN l)")
        #expect(try expression("reduce(acc = 0, x IN l | acc + x)") == "reduce(acc = 0, x IN l | (+ acc x))")
    }

    @Test func patternComprehensions() throws {
        #expect(try expression("[(a)-->(b) | b.name]") == "[(a)-->(b) | (. b name)]")
        #expect(try expression("[p = (a)-[:T]->(:L) WHERE a.x | p]") == "[p = (a)-[:T]->(:L) WHERE (. a x) | p]")
        #expect(try expression("[x = (a)]") == "[(= x a)]")
        #expect(try expression("[(a)-->(b)]") == "[<(a)-->(b)>]")
    }

    @Test func patternPredicates() throws {
        #expect(try expression("(a)-[:KNOWS]->(b)") == "<(a)-[:KNOWS]->(b)>")
        #expect(try expression("NOT (a)-->()") == "(NOT <(a)-->()>)")
        #expect(try expression("(a)<--(:B)--(c)") == "<(a)<--(:B)--(c)>")
        #expect(try expression("(a)") == "a")
        #expect(try expression("(a) - (b)") == "(- a b)")
        #expect(try expression("(n:A)") == "(: n A)")
        #expect(try expression("(a) - [1]") == "(- a [1])")
        #expect(try expression("(a) < -(b)") == "(< a (- b))")
        #expect(try expression("x AND (a)-->(b) AND y") == "(AND (AND x <(a)-->(b)>) y)")
    }

    @Test func existsSubqueries() throws {
        #expect(try expression("EXISTS { (n)-->(m) }") == "exists{(n)-->(m)}")
        #expect(try expression("exists { (n)-[r]->() WHERE type(r) = 'T' }") == "exists{(n)-[r]->() WHERE (= type(r) 'T')}")
        #expect(try expression("EXISTS { MATCH (n)-->(m) WHERE m.x }") == "exists{(n)-->(m) WHERE (. m x)}")
        #expect(try expression("EXISTS { MATCH (n)-->(m) WITH n, count(*) AS c WHERE c = 3 RETURN true }")
                == "exists{MATCH (n)-->(m) WITH n, count(*) AS c WHERE (= c 3) RETURN true}")
    }

    @Test func mapProjections() throws {
        #expect(try expression("n {.name, .*, k: 1 + 2, x}") == "n{.name, .*, k: (+ 1 2), x}")
        #expect(try expression("n {}") == "n{}")
        #expect(try expression("n {.end, count: 1}") == "n{.end, count: 1}")
    }

    // MARK: - Ranges

    @Test func rangesCoverTheWrittenText() throws {
        let text = "foo( a ,b ) + (1)"
        let parsed = try Parser.parseExpression(text)
        guard case .binary(_, let lhs, let rhs) = parsed.kind else { Issue.record("not binary"); return }
        #expect(lhs.range.start.offset == 0 && lhs.range.end.offset == 11)
        #expect(rhs.range.start.offset == 14 && rhs.range.end.offset == 17)
        #expect(parsed.range.end.column == 18)
    }

    // MARK: - Errors

    @Test func expressionErrors() {
        func check(_ marked: String, code: String = "UnexpectedSyntax", message: String? = nil,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            expectSyntaxError(marked, code: code, message: message, sourceLocation: sourceLocation) {
                _ = try Parser.parseExpression($0)
            }
        }
        check("1 +1️⃣", message: "unexpected end of input; expected an expression")
        check("(1 + 2 1️⃣RETURN", message: "expected ')' but found 'RETURN'")
        check("[1, 2 1️⃣3]", message: "expected ',' or ']' but found '3'")
        check("{1️⃣, }")
        check("{1️⃣[]}")
        check("{1️⃣{}}")
        check("[1️⃣, ]")
        check("[[','[1️⃣]',']]")
        check("CASE 1️⃣END")
        check("CASE WHEN a THEN b 1️⃣x")
        check("f(1, 1️⃣)")
        check("n.1️⃣(")
        check("a 1️⃣b", message: "expected the end of the expression but found 'b'")
        check("x IS 1️⃣1")
        check("reduce(acc = 0, x IN l 1️⃣)")
        check("all(x IN l WHERE 1️⃣)")
        check("EXISTS 1️⃣x")
        check("(a)-[:T1️⃣..]->(b)", code: "InvalidRelationshipPattern")
        check("1️⃣")
    }
}
