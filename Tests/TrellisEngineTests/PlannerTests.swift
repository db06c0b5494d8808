import Testing
import Trellis

@Suite("Planner")
struct PlannerTests {
    @Test func valuesFromEarlierClausesAreComputedOncePerRow() throws {
        let db = try schools()
        let lines = try planLines(db, "UNWIND [1, 2] AS i MATCH (s:School {name: 'School ' + i}) RETURN s")
        // The computed value comes before the scan it filters, so it is evaluated once per row of UNWIND.
        let compute = try #require(lines.firstIndex { $0.contains("Compute") })
        let scan = try #require(lines.firstIndex { $0.contains("NodeByLabelScan") })
        #expect(compute < scan)
        // A constant needs no such step.
        #expect(!(try planLines(db, "MATCH (s:School {name: 'Oakwood'}) RETURN s")).contains { $0.contains("Compute") })
    }

    @Test func startsFromSmallestLabel() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority) RETURN s")
        #expect(firstMatchOperator(lines) == "NodeByLabelScan #2 :Authority")
        #expect(lines.contains("Expand #2 <-[:IN_AUTHORITY] #0"))
        #expect(lines.contains("NodeFilter #0 :School"))
    }

    @Test func startsFromSmallestLabelWrittenOnTheRight() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School) RETURN s")
        #expect(firstMatchOperator(lines) == "NodeByLabelScan #0 :Partnership")
    }

    @Test func selectivityFollowsTheData() throws {
        let db = try database("CREATE (:Big), (:Big), (:Big), (:Small)")
        #expect(firstMatchOperator(try planLines(db, "MATCH (b:Big)--(s:Small) RETURN b")) == "NodeByLabelScan #2 :Small")
        try db.execute("UNWIND range(1, 5) AS i CREATE (:Small)")
        #expect(firstMatchOperator(try planLines(db, "MATCH (b:Big)--(s:Small) RETURN b")) == "NodeByLabelScan #0 :Big")
    }

    /// Two partnerships of five schools with twenty results each: one year of one measure keeps one
    /// result in twenty, so scanning the results does less work than expanding from the partnerships.
    static func resultsScript() -> String {
        """
        UNWIND range(1, 2) AS p
        CREATE (partnership:Partnership {id: p})
        WITH partnership, p
        UNWIND range(1, 5) AS i
        CREATE (s:School {urn: p * 10 + i})-[:MEMBER_OF]->(partnership)
        WITH s
        UNWIND range(2022, 2025) AS year
        UNWIND ['m1', 'm2', 'm3', 'm4', 'm5'] AS measure
        CREATE (s)-[:HAS_RESULT]->(:Result {year: year, measure: measure, value: year - 2000})
        """
    }

    @Test func startsWhereFiltersLeaveLeastWork() throws {
        let db = try database(Self.resultsScript())
        let query = """
            MATCH (p:Partnership)<-[:MEMBER_OF]-(:School)-[:HAS_RESULT]->(r:Result)
            WHERE r.year = 2024 AND r.measure = 'm1'
            RETURN p.id AS id, count(r) AS results, sum(r.value) AS total ORDER BY id
            """
        // The results are found by scanning them with the filters, never by expanding to all of them.
        let lines = try planLines(db, query)
        #expect(lines.contains { $0.contains("NodeByLabelScan") && $0.hasSuffix(":Result") })
        #expect(!lines.contains { $0.hasPrefix("Expand") && $0.contains("->[:HAS_RESULT]") })
        let rows = try renderedRows(db, query)
        #expect(rows == ["1 | 5 | 120", "2 | 5 | 120"])
        // Without filters on the results, the smallest label stays the start.
        let unfiltered = "MATCH (p:Partnership)<-[:MEMBER_OF]-(:School)-[:HAS_RESULT]->(r:Result) RETURN count(r)"
        #expect(firstMatchOperator(try planLines(db, unfiltered))?.hasSuffix(":Partnership") == true)
        #expect(try renderedRows(db, unfiltered) == ["200"])
    }

    /// When starting at the node the next clause groups by is estimated at no more than twice the
    /// work of the best start, the match starts there, so that each group's rows come together.
    @Test func startsAtTheGroupingNodeWhenTheWorkIsComparable() throws {
        let db = try database("UNWIND range(1, 3) AS a CREATE (:Authority {code: a})")
        try db.execute("UNWIND range(1, 6) AS p CREATE (:Partnership {id: p})")
        try db.execute("""
            UNWIND range(1, 12) AS i
            MATCH (a:Authority {code: i % 3 + 1}), (p:Partnership {id: i % 6 + 1})
            CREATE (a)<-[:IN_AUTHORITY]-(:School {urn: i})-[:MEMBER_OF]->(p)
            """)
        let pattern = "MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School)-[:IN_AUTHORITY]->(a:Authority)"
        let grouped = "\(pattern) WITH p, count(DISTINCT a) AS n RETURN p.id, n ORDER BY p.id"
        #expect(firstMatchOperator(try planLines(db, grouped)) == "NodeByLabelScan #0 :Partnership")
        let byProperty = "\(pattern) RETURN p.id AS id, count(*) AS n ORDER BY id"
        #expect(firstMatchOperator(try planLines(db, byProperty)) == "NodeByLabelScan #0 :Partnership")
        // Without grouping, or grouped by more than one key, the smallest label stays the start.
        #expect(firstMatchOperator(try planLines(db, "\(pattern) RETURN count(*)")) == "NodeByLabelScan #4 :Authority")
        #expect(firstMatchOperator(try planLines(db, "\(pattern) RETURN p, s, count(*)")) == "NodeByLabelScan #4 :Authority")
        // The answer is the one of a plan forced to start at the authorities.
        let forced = "MATCH (a:Authority) MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School)-[:IN_AUTHORITY]->(a) WITH p, count(DISTINCT a) AS n RETURN p.id, n ORDER BY p.id"
        #expect(try renderedRows(db, grouped) == renderedRows(db, forced))
        #expect(try renderedRows(db, grouped).count == 6)
    }

    @Test func startsFromBoundNode() throws {
        let db = try schools()
        let lines = try planLines(db, """
            MATCH (p:Partnership {name: 'Downs Trust'})
            MATCH (s:School)-[:MEMBER_OF]->(p)
            RETURN s
            """)
        let second = try #require(lines.lastIndex(of: "Match"))
        #expect(lines[second + 1] == "Argument #0")
        #expect(lines[second + 2] == "Expand #0 <-[:MEMBER_OF] #1")
    }

    @Test func labelledNodeBeatsUnlabelledScan() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (x)-[:SUPPORTS]->(s:School) RETURN x")
        #expect(firstMatchOperator(lines) == "NodeByLabelScan #2 :School")
    }

    @Test func unlabelledPatternScansAllNodes() throws {
        let db = try schools()
        #expect(firstMatchOperator(try planLines(db, "MATCH (x)-->(y) RETURN x")) == "AllNodesScan #0")
    }

    @Test func filterOnStartNodeIsPlacedBeforeExpansion() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (a:Authority)<-[:IN_AUTHORITY]-(s:School) WHERE a.code = 850 AND s.pupils > 100 RETURN s")
        let scan = try #require(lines.firstIndex { $0.hasPrefix("NodeByLabelScan") })
        let expand = try #require(lines.firstIndex { $0.hasPrefix("Expand") })
        let filters = lines.indices.filter { lines[$0] == "Filter" }
        #expect(filters.count == 2)
        // Wherever the match starts, the filter on the scanned node comes straight after the
        // scan, and the one on the other node after the expansion.
        #expect(filters.first == scan + 1)
        #expect(filters.last! > expand)
    }

    @Test func predicateOnBothEndsWaitsForBoth() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (a:School)-[:SUPPORTS]->(b:School) WHERE a.pupils > b.pupils RETURN a")
        let expand = try #require(lines.firstIndex { $0.hasPrefix("Expand") })
        let filter = try #require(lines.firstIndex(of: "Filter"))
        #expect(filter > expand)
    }

    @Test func inlinePropertiesBecomeEarlyFilters() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (s:School {name: 'Highbury'})-[:SUPPORTS]->(o:School) RETURN o")
        #expect(Array(lines.prefix(4)) == ["Match", "NodeByLabelScan #0 :School", "Filter", "Expand #0 ->[:SUPPORTS] #2"])
    }

    @Test func boundRelationshipBetweenVisitedNodesUsesExpandInto() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (a:Authority {code: 850}), (s:School {name: 'Cowplain'}) MATCH (s)-[:IN_AUTHORITY]->(a) RETURN s")
        #expect(lines.contains { $0.hasPrefix("ExpandInto") })
    }

    @Test func explainDoesNotRunTheQuery() throws {
        let db = try schools()
        let before = db.snapshot()
        let result = try db.execute("EXPLAIN MATCH (n) DETACH DELETE n")
        #expect(result.rows.isEmpty)
        #expect(result.plan?.contains("DetachDelete") == true)
        #expect(db.snapshot() == before)
    }

    @Test func explainDescribesProjectionSteps() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (s:School) RETURN DISTINCT s.phase AS phase ORDER BY phase SKIP 1 LIMIT 1")
        #expect(Array(lines.suffix(5)) == ["Project [phase]", "Distinct", "Top", "Skip", "Limit"])
        let union = try planLines(db, "RETURN 1 AS x UNION ALL RETURN 2 AS x")
        #expect(union == ["Project [x]", "UnionAll", "Project [x]"])
    }

    @Test func variableLengthExpandShowsBounds() throws {
        let db = try schools()
        let lines = try planLines(db, "MATCH (a:Authority)<-[:IN_AUTHORITY*1..3]-(s) RETURN s")
        #expect(lines.contains("Expand #0 <-[:IN_AUTHORITY*1..3] #2"))
    }

    /// An equality on a property whose values are all different keeps one node of its label, and
    /// one on a property of two values half of them, so the match starts at the former (a fixed
    /// guess for every equality could not tell them apart).
    @Test func equalitySelectivityFollowsDistinctValues() throws {
        let db = try database("""
            UNWIND range(1, 1000) AS i
            CREATE (:A {key: i})-[:R]->(:B {kind: i % 2})
            """)
        let query = "MATCH (b:B)<-[:R]-(a:A) WHERE b.kind = 1 AND a.key = 7 RETURN a.key"
        let lines = try planLines(db, query)
        #expect(firstMatchOperator(lines) == "NodeByLabelScan #2 :A", "\(lines)")
        #expect(try renderedRows(db, query) == ["7"])
    }
}
