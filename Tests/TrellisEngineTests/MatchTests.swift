import Testing
import Trellis

@Suite("MATCH")
struct MatchTests {
    @Test func matchesNodesByLabel() throws {
        let db = try schools()
        try expectRows(db, "MATCH (a:Authority) RETURN a.name", [["Portsmouth"], ["Hampshire"]])
    }

    @Test func matchesEveryNodeWithoutLabel() throws {
        let db = try schools()
        #expect(try scalar(db, "MATCH (n) RETURN count(n)") == 10)
    }

    @Test func labelThatDoesNotExistMatchesNothing() throws {
        let db = try schools()
        #expect(try db.execute("MATCH (n:Academy) RETURN n").rows.isEmpty)
    }

    @Test func multipleLabelsMustAllBePresent() throws {
        let db = try database("CREATE (:School:Academy {name: 'A'}), (:School {name: 'B'}), (:Academy {name: 'C'})")
        try expectRows(db, "MATCH (n:School:Academy) RETURN n.name", [["A"]])
    }

    @Test func inlinePropertyMapFilters() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School {phase: 'Primary', pupils: 210}) RETURN s.name", [["Highbury"]])
    }

    @Test func propertyMapWithParameterValue() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School {urn: $urn}) RETURN s.name", [["Mayfield"]], parameters: ["urn": 116112])
    }

    @Test func outgoingDirection() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School)-[:IN_AUTHORITY]->(a {name: 'Portsmouth'}) RETURN s.name",
                       [["Padnell Junior"], ["Mayfield"], ["Oakwood"]])
    }

    @Test func incomingDirection() throws {
        let db = try schools()
        try expectRows(db, "MATCH (p:Partnership {name: 'Downs Trust'})<-[:MEMBER_OF]-(s) RETURN s.name",
                       [["Cowplain"], ["Riverside"]])
    }

    @Test func wrongDirectionFindsNothing() throws {
        let db = try schools()
        #expect(try db.execute("MATCH (s:School)<-[:IN_AUTHORITY]-(a:Authority) RETURN s").rows.isEmpty)
    }

    @Test func undirectedMatchesBothWays() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School {name: 'Highbury'})-[:SUPPORTS]-(o) RETURN o.name",
                       [["Padnell Junior"], ["Oakwood"]])
    }

    @Test func undirectedPatternReturnsEachRelationshipTwiceWhenBothEndsFree() throws {
        let db = try schools()
        #expect(try scalar(db, "MATCH (a)-[:SUPPORTS]-(b) RETURN count(*)") == 6)
    }

    @Test func relationshipTypeAlternatives() throws {
        let db = try schools()
        try expectRows(db, "MATCH (:School {name: 'Highbury'})-[r:MEMBER_OF|SUPPORTS]->(x) RETURN type(r), x.name",
                       [["MEMBER_OF", "Solent Alliance"], ["SUPPORTS", "Oakwood"]])
    }

    @Test func relationshipPropertyMap() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s)-[:MEMBER_OF {role: 'lead'}]->(p) RETURN s.name, p.name",
                       [["Padnell Junior", "Solent Alliance"], ["Cowplain", "Downs Trust"]])
    }

    @Test func relationshipVariableAndProperties() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s)-[m:MEMBER_OF]->(:Partnership {name: 'Solent Alliance'}) RETURN s.name, m.since",
                       [["Padnell Junior", 2019], ["Mayfield", 2020], ["Highbury", 2021]])
    }

    @Test func unknownRelationshipTypeMatchesNothing() throws {
        let db = try schools()
        #expect(try db.execute("MATCH ()-[r:FUNDS]->() RETURN r").rows.isEmpty)
    }

    @Test func commaSeparatedPatternsShareVariables() throws {
        let db = try schools()
        // Schools in the same authority as a member of Downs Trust, other than itself.
        try expectRows(db, """
            MATCH (s:School)-[:MEMBER_OF]->(:Partnership {name: 'Downs Trust'}), (s)-[:IN_AUTHORITY]->(a), (o:School)-[:IN_AUTHORITY]->(a)
            WHERE o <> s
            RETURN s.name, o.name
            """, [["Cowplain", "Highbury"], ["Cowplain", "Riverside"], ["Riverside", "Cowplain"], ["Riverside", "Highbury"]])
    }

    @Test func disconnectedPatternsFormCartesianProduct() throws {
        let db = try schools()
        #expect(try scalar(db, "MATCH (a:Authority), (p:Partnership) RETURN count(*)") == 4)
    }

    @Test func sameVariableTwiceBindsSameNode() throws {
        let db = try database("CREATE (a:S {n: 1})-[:R]->(a), (b:S {n: 2})-[:R]->(:S {n: 3})")
        try expectRows(db, "MATCH (x)-[:R]->(x) RETURN x.n", [[1]])
    }

    @Test func secondMatchStartsFromBoundVariable() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (s:School {name: 'Mayfield'})
            MATCH (s)-[:MEMBER_OF]->(p)<-[:MEMBER_OF]-(peer)
            RETURN peer.name
            """, [["Padnell Junior"], ["Highbury"]])
    }

    @Test func matchOnEmptyGraphReturnsNoRows() throws {
        let result = try Database().execute("MATCH (n) RETURN n")
        #expect(result.columns == ["n"])
        #expect(result.rows.isEmpty)
    }

    @Test func resultCarriesNodeSnapshots() throws {
        let db = try schools()
        let result = try db.execute("MATCH (a:Authority {code: 850}) RETURN a")
        let row = try #require(result.rows.first)
        guard case .node(let id) = row[0] else { Issue.record("not a node: \(row)"); return }
        let snapshot = try #require(result.nodes[id])
        #expect(snapshot.labels == ["Authority"])
        #expect(snapshot.properties == ["name": "Hampshire", "code": 850])
    }

    @Test func resultCarriesRelationshipSnapshots() throws {
        let db = try schools()
        let result = try db.execute("MATCH (:School {name: 'Mayfield'})-[r:SUPPORTS]->(o) RETURN r, o")
        let row = try #require(result.rows.first)
        guard case .relationship(let rid) = row[0], case .node(let oid) = row[1] else { Issue.record("\(row)"); return }
        let rel = try #require(result.relationships[rid])
        #expect(rel.type == "SUPPORTS")
        #expect(rel.end == oid)
        #expect(rel.properties == ["subject": "english"])
    }
}
