import Testing
import Trellis
import TrellisCore

@Suite("Aggregation")
struct AggregationTests {
    @Test func countStarAndCountExpression() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN count(*), count(s.pupils), count(s.ofsted)", [[6, 5, 1]])
    }

    @Test func implicitGroupingByNonAggregateColumns() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority)
            RETURN a.name AS authority, count(s) AS schools, sum(s.pupils) AS pupils
            """, [["Portsmouth", 3, 1860], ["Hampshire", 3, 2310]])
    }

    @Test func groupingByTwoKeys() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:IN_AUTHORITY]->(a)
            RETURN a.name, s.phase, count(*)
            """, [["Portsmouth", "Primary", 2], ["Portsmouth", "Secondary", 1],
                  ["Hampshire", "Primary", 1], ["Hampshire", "Secondary", 2]])
    }

    @Test func groupingByNode() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(p)
            RETURN p.name, collect(s.name) AS members ORDER BY p.name
            """, [["Downs Trust", ["Cowplain", "Riverside"]], ["Solent Alliance", ["Padnell Junior", "Mayfield", "Highbury"]]],
            ordered: true)
    }

    @Test func aggregateOverEmptyInputGivesOneRowWithoutGroupingKeys() throws {
        try expectRows(Database(), "MATCH (s:School) RETURN count(s), sum(s.pupils), collect(s.name), max(s.pupils)",
                       [[0, 0, [], nil]])
    }

    @Test func aggregateOverEmptyInputGivesNoRowsWithGroupingKeys() throws {
        #expect(try Database().execute("MATCH (s:School) RETURN s.phase, count(*)").rows.isEmpty)
    }

    @Test func sumAndAvgTypes() throws {
        try expectRows(Database(), "UNWIND [1, 2, 4] AS x RETURN sum(x), avg(x)", [[7, 2.3333333333333335]])
        try expectRows(Database(), "UNWIND [1, 2.5] AS x RETURN sum(x), avg(x)", [[3.5, 1.75]])
    }

    @Test func minAndMaxUseOrderabilityAcrossTypes() throws {
        try expectRows(Database(), "UNWIND [3, 'b', 1.5, 'a'] AS x RETURN min(x), max(x)", [["a", 3]])
        try expectRows(Database(), "UNWIND ['Mayfield', 'Cowplain', 'Oakwood'] AS x RETURN min(x), max(x)", [["Cowplain", "Oakwood"]])
    }

    @Test func countDistinct() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN count(DISTINCT s.phase), count(s.phase)", [[2, 6]])
    }

    @Test func collectDistinctAndSumDistinct() throws {
        try expectRows(Database(), "UNWIND [1, 2, 2, null, 1, 3] AS x RETURN collect(DISTINCT x), sum(DISTINCT x), avg(DISTINCT x)",
                       [[[1, 2, 3], 6, 2.0]])
    }

    @Test func distinctAggregateTreatsIntegerAndFloatAsSame() throws {
        try expectRows(Database(), "UNWIND [1, 1.0, 2] AS x RETURN count(DISTINCT x)", [[2]])
    }

    @Test func countOfRelationshipsPerNodeThroughOptionalMatch() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (p:Partnership) OPTIONAL MATCH (p)<-[m:MEMBER_OF {role: 'lead'}]-(s)
            RETURN p.name, count(m)
            """, [["Solent Alliance", 1], ["Downs Trust", 1]])
    }

    @Test func aggregateInsideExpression() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) RETURN count(*) * 10 + 1 AS v, max(s.pupils) - min(s.pupils) AS spread", [[61, 1290]])
    }

    @Test func groupingKeyUsedInsideAggregatingExpression() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:IN_AUTHORITY]->(a) RETURN a.code, a.code + count(*) AS v
            """, [[851, 854], [850, 853]])
    }

    @Test func ungroupedVariableInAggregatingExpressionIsRejected() {
        expectError(Database(), "UNWIND [1, 2] AS x UNWIND [3] AS y RETURN x, y + count(*)",
                    kind: .syntaxError, code: "AmbiguousAggregationExpression")
    }

    @Test func nestedAggregateIsRejected() {
        expectError(Database(), "UNWIND [1] AS x RETURN count(count(x))", kind: .syntaxError, code: "NestedAggregation")
    }

    @Test func aggregateInWhereIsRejected() {
        expectError(Database(), "MATCH (n) WHERE count(n) > 1 RETURN n", kind: .syntaxError, code: "InvalidAggregation")
    }

    @Test func sumOverflowIsAnError() {
        expectError(Database(), "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)", kind: .arithmeticError, code: "IntegerOverflow")
    }

    @Test func sumOfStringsIsATypeError() {
        expectError(Database(), "UNWIND ['a', 'b'] AS x RETURN sum(x)", kind: .typeError)
    }

    @Test func collectKeepsListsAsElements() throws {
        try expectRows(Database(), "UNWIND [[1], [2, 3]] AS x RETURN collect(x)", [[[[1], [2, 3]]]])
    }

    @Test func aggregationThenOrderByAndLimit() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School) WHERE s.pupils IS NOT NULL
            RETURN s.phase AS phase, avg(s.pupils) AS mean ORDER BY mean DESC LIMIT 1
            """, [["Secondary", 1200.0]], ordered: true)
    }

    @Test func distinctRowsAfterAggregation() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School)-[:IN_AUTHORITY]->(a) RETURN DISTINCT count(s) AS n", [[6]])
        try expectRows(db, "MATCH (s:School)-[:IN_AUTHORITY]->(a) WITH a, count(s) AS n RETURN DISTINCT n", [[3]])
    }

    @Test func percentilesAndStandardDeviation() throws {
        try expectRows(Database(), """
            UNWIND [10, 20, 30, 40] AS x
            RETURN percentileDisc(x, 0.5), percentileCont(x, 0.5), stDevP(x)
            """, [[20, 25.0, 11.180339887498949]])
    }

    @Test func avgOfLargeIntegersDoesNotOverflow() throws {
        // The mean of two maximal integers fits comfortably in a float.
        try expectRows(Database(), "UNWIND [9223372036854775807, 9223372036854775807] AS x RETURN avg(x)",
                       [[9.223372036854776e18]])
    }

    @Test func havingOnAverage() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School) WITH s.phase AS phase, avg(s.pupils) AS mean WHERE mean > 500 RETURN phase, mean
            """, [["Secondary", 1200.0]])
    }

    @Test func integerDivisionOfAggregates() throws {
        try expectRows(Database(), "UNWIND [1, 2, 4] AS x RETURN sum(x) / count(x), toFloat(sum(x)) / count(x)",
                       [[2, 2.3333333333333335]])
    }

    @Test func aggregationAfterUnwindOfCollectedNodes() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(p) WITH p, collect(s) AS members
            UNWIND members AS m RETURN p.name, count(m), sum(m.pupils)
            """, [["Solent Alliance", 3, 2070], ["Downs Trust", 2, 2100]])
    }
    /// DISTINCT aggregates keep each group's values apart, past the few a group keeps in its run
    /// (groups here see from 0 to 20 distinct values), with integers equal to floats and nulls
    /// among them. The reference finds the distinct pairs through DISTINCT on a projection.
    @Test(arguments: [1, 2, 3])
    func distinctAggregatesPerGroupAgreeWithDistinctProjection(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var values: [String] = []
        for g in 0..<40 {
            let spread = Int(random.next() % 21)
            for _ in 0..<Int(random.next() % 40) {
                let pick = spread == 0 ? 0 : Int(random.next() % UInt64(spread))
                let value: String
                switch random.next() % 5 {
                case 0: value = "\(pick)"
                case 1: value = "\(pick).0"
                case 2: value = "'s\(pick)'"
                case 3: value = "null"
                default: value = "\(pick % 3)"
                }
                values.append("{g: \(g), v: \(value)}")
            }
        }
        let db = Database()
        try db.execute("UNWIND [\(values.joined(separator: ", "))] AS row CREATE (:V {g: row.g, v: row.v})")
        let direct = try renderedRows(db, """
            MATCH (n:V) WITH n.g AS g, count(DISTINCT n.v) AS c, count(n.v) AS total
            RETURN g, c, total ORDER BY g
            """)
        let reference = try renderedRows(db, """
            MATCH (n:V) WITH DISTINCT n.g AS g, n.v AS v
            WITH g, count(v) AS c
            MATCH (m:V) WHERE m.g = g
            RETURN g, c, count(m.v) AS total ORDER BY g
            """)
        #expect(direct == reference)
        #expect(direct.count > 20)
    }

    @Test("strings that are equal group together, whatever their bytes (canonical equivalence)")
    func groupingByEquivalentStrings() throws {
        let db = Database()
        let strings: [Value] = ["K", "\u{212A}", "é", "e\u{301}", "a;", "a\u{37E}", "`x", "\u{1FEF}x", "plain", "a long ASCII string of many words"]
            .map { .string($0) }
        let rows = try db.execute("UNWIND $xs AS s RETURN s, count(*) AS c", parameters: ["xs": .list(strings)]).rows
        #expect(rows.map { $0[1] } == [.int(2), .int(2), .int(2), .int(2), .int(1), .int(1)])
        #expect(rows.map { $0[0] } == [strings[0], strings[2], strings[4], strings[6], strings[8], strings[9]])
    }
}
