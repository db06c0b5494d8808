import Testing
import Trellis

/// A chain 1 → 2 → 3 → 4 → 5 of :Step nodes joined by :NEXT.
let chainScript = """
    CREATE (:Step {n: 1})-[:NEXT {w: 1}]->(:Step {n: 2})-[:NEXT {w: 2}]->(:Step {n: 3})-[:NEXT {w: 3}]->(:Step {n: 4})-[:NEXT {w: 4}]->(:Step {n: 5})
    """

@Suite("Patterns")
struct PatternTests {
    @Test func variableLengthUnbounded() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 1})-[:NEXT*]->(x) RETURN x.n", [[2], [3], [4], [5]])
    }

    @Test func variableLengthRange() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 1})-[:NEXT*2..4]->(x) RETURN x.n", [[3], [4], [5]])
    }

    @Test func variableLengthExact() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 1})-[:NEXT*3]->(x) RETURN x.n", [[4]])
    }

    @Test func variableLengthUpperBoundOnly() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 3})-[:NEXT*..2]->(x) RETURN x.n", [[4], [5]])
    }

    @Test func variableLengthFromZeroIncludesStart() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 4})-[:NEXT*0..]->(x) RETURN x.n", [[4], [5]])
    }

    @Test func variableLengthIncoming() throws {
        let db = try database(chainScript)
        try expectRows(db, "MATCH (:Step {n: 3})<-[:NEXT*]-(x) RETURN x.n", [[2], [1]])
    }

    @Test func variableLengthUndirected() throws {
        let db = try schools()
        try expectRows(db, "MATCH (:School {name: 'Padnell Junior'})-[:SUPPORTS*]-(x) RETURN x.name, count(*)",
                       [["Highbury", 1], ["Oakwood", 1], ["Mayfield", 1]])
    }

    @Test func variableLengthRelationshipListInPatternOrder() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (:School {name: 'Padnell Junior'})-[r:SUPPORTS*]->(:School {name: 'Oakwood'})
            RETURN [x IN r | x.subject]
            """, [[["maths", "science"]]])
    }

    @Test func variableLengthListIsInWrittenOrderWhenPlannedFromTheOtherEnd() throws {
        let db = try schools()
        // Only the right-hand node has a label, so matching starts there and walks the pattern backwards.
        try expectRows(db, """
            MATCH (o {name: 'Oakwood'})<-[r:SUPPORTS*]-(x:School {name: 'Padnell Junior'})
            RETURN [x IN r | x.subject]
            """, [[["science", "maths"]]])
    }

    @Test func variableLengthWithRelationshipProperties() throws {
        let db = try database(chainScript + " CREATE (:Step {n: 1})")
        try expectRows(db, "MATCH (a:Step {n: 1})-[:NEXT*1.. {w: 1}]->(x) RETURN x.n", [[2]])
    }

    @Test func variableLengthStopsOnCycles() throws {
        let db = try database("CREATE (a:Ring {n: 1})-[:NEXT]->(b:Ring {n: 2})-[:NEXT]->(c:Ring {n: 3})-[:NEXT]->(a)")
        try expectRows(db, "MATCH (:Ring {n: 1})-[:NEXT*]->(x) RETURN x.n", [[2], [3], [1]])
    }

    @Test func namedPathLengthAndNodes() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH p = (:School {name: 'Padnell Junior'})-[:SUPPORTS*]->(:School {name: 'Oakwood'})
            RETURN length(p), [n IN nodes(p) | n.name], [r IN relationships(p) | type(r)]
            """, [[2, ["Padnell Junior", "Highbury", "Oakwood"], ["SUPPORTS", "SUPPORTS"]]])
    }

    @Test func namedPathWrittenRightToLeft() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH p = (o {name: 'Oakwood'})<-[:SUPPORTS*]-(x:School {name: 'Padnell Junior'})
            RETURN [n IN nodes(p) | n.name]
            """, [[["Oakwood", "Highbury", "Padnell Junior"]]])
    }

    @Test func namedPathOfSingleNode() throws {
        let db = try schools()
        try expectRows(db, "MATCH p = (a:Authority {code: 851}) RETURN length(p), size(nodes(p))", [[0, 1]])
    }

    @Test func namedPathsOverFixedSteps() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH p = (s:School)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(:School {name: 'Riverside'})
            RETURN s.name, length(p)
            """, [["Cowplain", 2]])
    }

    @Test func relationshipUniquenessWithinOneMatch() throws {
        let db = try database("CREATE (:A)-[:R]->(:B)")
        #expect(try scalar(db, "MATCH (a)-[r1]-(b)-[r2]-(c) RETURN count(*)") == 0)
        #expect(try scalar(db, "MATCH (a)-[r1]->(b), (c)-[r2]->(d) RETURN count(*)") == 0)
    }

    @Test func noUniquenessAcrossSeparateMatches() throws {
        let db = try database("CREATE (:A)-[:R]->(:B)")
        #expect(try scalar(db, "MATCH (a)-[r1]-(b) MATCH (b)-[r2]-(c) RETURN count(*)") == 2)
        #expect(try scalar(db, "MATCH (a)-[r1]->(b) MATCH (c)-[r2]->(d) RETURN count(*)") == 1)
    }

    @Test func nodesMayRepeatWithinOneMatch() throws {
        let db = try database("CREATE (a:A)-[:R]->(:B)<-[:R]-(a)")
        // Two distinct relationships between the same pair: a path may come back to its start node.
        #expect(try scalar(db, "MATCH (a:A)-[r1]->(b)<-[r2]-(c) RETURN count(*)") == 2)
        #expect(try scalar(db, "MATCH (a:A)-[r1]->(b)<-[r2]-(c) WHERE a = c RETURN count(*)") == 2)
    }

    @Test func variableLengthRespectsUniquenessWithOtherRelationships() throws {
        let db = try database(chainScript)
        // The fixed relationship (1)->(2) cannot be reused by the variable-length part.
        try expectRows(db, "MATCH (a:Step {n: 1})-[r:NEXT]->(b)-[:NEXT*0..]-(x) RETURN x.n", [[2], [3], [4], [5]])
    }

    @Test func selfLoopMatchedOnceUndirected() throws {
        let db = try database("CREATE (a:Loop)-[:R]->(a)")
        #expect(try scalar(db, "MATCH (a:Loop)-[r]-(b) RETURN count(*)") == 1)
        #expect(try scalar(db, "MATCH (a:Loop)-[r]->(b) RETURN count(*)") == 1)
        #expect(try scalar(db, "MATCH (a:Loop)<-[r]-(b) RETURN count(*)") == 1)
    }

    @Test func typeAlternativesInVariableLength() throws {
        let db = try database("CREATE (a:X {n: 1})-[:P]->(:X {n: 2})-[:Q]->(:X {n: 3})-[:S]->(:X {n: 4})")
        try expectRows(db, "MATCH (:X {n: 1})-[:P|Q*]->(x) RETURN x.n", [[2], [3]])
    }

    @Test func boundRelationshipFromEarlierClause() throws {
        let db = try schools()
        try expectRows(db, """
            MATCH (:School {name: 'Mayfield'})-[r:SUPPORTS]->()
            MATCH (a)-[r]->(b)
            RETURN a.name, b.name
            """, [["Mayfield", "Oakwood"]])
    }

    @Test func relationshipVariableUsedTwiceInPatternIsRejected() {
        expectError(Database(), "MATCH (a)-[r]->(b)-[r]->(c) RETURN a", kind: .syntaxError, code: "VariableAlreadyBound")
    }

    @Test func nodeVariableUsedAsRelationshipIsRejected() {
        expectError(Database(), "MATCH (a)-[a]->(b) RETURN a", kind: .syntaxError, code: "VariableTypeConflict")
    }

    @Test func pathVariableAlreadyBoundIsRejected() {
        expectError(Database(), "MATCH (p) MATCH p = (a)-->(b) RETURN p", kind: .syntaxError, code: "VariableAlreadyBound")
    }

    @Test func anonymousRelationshipArrowShorthand() throws {
        let db = try schools()
        try expectRows(db, "MATCH (:School {name: 'Highbury'})-->(x) RETURN x.name",
                       [["Hampshire"], ["Solent Alliance"], ["Oakwood"]])
        try expectRows(db, "MATCH (:School {name: 'Highbury'})<--(x) RETURN x.name", [["Padnell Junior"]])
    }

    @Test func boundVariableLengthListIsFollowedInWrittenOrder() throws {
        let db = try database(chainScript)
        try expectRows(db, """
            MATCH (:Step {n: 1})-[rs:NEXT*..2]->(b)
            WITH rs, b
            MATCH (x)-[rs*]->(y)
            RETURN x.n, y.n, b.n
            """, [[1, 2, 2], [1, 3, 3]])
        // Read right to left the same list only fits when it has one relationship.
        try expectRows(db, """
            MATCH (:Step {n: 1})-[rs:NEXT*..2]->(b)
            WITH rs, b
            MATCH (y)<-[rs*]-(x)
            RETURN x.n, y.n
            """, [[1, 2]])
    }

    @Test func variableLengthPatternPredicate() throws {
        let db = try schools()
        try expectRows(db, "MATCH (s:School) WHERE (s)-[:SUPPORTS*2]->() RETURN s.name", [["Padnell Junior"]])
    }
}
