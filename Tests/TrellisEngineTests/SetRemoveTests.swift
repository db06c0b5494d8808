import Testing
import Trellis

@Suite("SET and REMOVE")
struct SetRemoveTests {
    @Test func setProperty() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Oakwood'}) SET s.pupils = 180 RETURN s.pupils")
        #expect(r.statistics.propertiesSet == 1)
        #expect(r.rows.map { render(row: $0) } == ["180"])
        #expect(try scalar(db, "MATCH (s:School {name: 'Oakwood'}) RETURN s.pupils") == 180)
    }

    @Test func setPropertyToNullRemovesIt() throws {
        let db = try schools()
        try db.execute("MATCH (s:School {name: 'Riverside'}) SET s.ofsted = null")
        let keys = try scalar(db, "MATCH (s:School {name: 'Riverside'}) RETURN keys(s)")
        guard case .list(let items) = keys else { Issue.record("keys() gave \(render(keys))"); return }
        #expect(Set(items.map(render)) == ["'name'", "'urn'", "'pupils'", "'phase'"])
    }

    @Test func setComputedFromOtherProperties() throws {
        let db = try schools()
        try db.execute("MATCH (s:School) WHERE s.pupils IS NOT NULL SET s.large = s.pupils >= 1000")
        try expectRows(db, "MATCH (s:School) WHERE s.large RETURN s.name", [["Cowplain"], ["Mayfield"]])
    }

    @Test func setRelationshipProperty() throws {
        let db = try schools()
        try db.execute("MATCH (:School {name: 'Mayfield'})-[m:MEMBER_OF]->() SET m.role = 'lead'")
        try expectRows(db, "MATCH (s)-[:MEMBER_OF {role: 'lead'}]->() RETURN s.name",
                       [["Padnell Junior"], ["Mayfield"], ["Cowplain"]])
    }

    @Test func plusEqualsMergesMap() throws {
        let db = try schools()
        try db.execute("MATCH (s:School {name: 'Riverside'}) SET s += {pupils: 950, ofsted: null, head: 'Ms Patel'}")
        try expectRows(db, "MATCH (s:School {name: 'Riverside'}) RETURN properties(s)", [[[
            "name": "Riverside", "urn": 116115, "pupils": 950, "phase": "Secondary", "head": "Ms Patel",
        ]]])
    }

    @Test func equalsMapReplacesAllProperties() throws {
        let db = try schools()
        try db.execute("MATCH (s:School {name: 'Riverside'}) SET s = {name: 'Riverside Academy', urn: 999}")
        try expectRows(db, "MATCH (s:School {urn: 999}) RETURN properties(s)", [[["name": "Riverside Academy", "urn": 999]]])
    }

    @Test func equalsEmptyMapClearsProperties() throws {
        let db = try schools()
        try db.execute("MATCH (a:Authority {code: 850}) SET a = {}")
        try expectRows(db, "MATCH (a:Authority) RETURN a.name", [["Portsmouth"], [nil]])
    }

    @Test func setCopiesPropertiesFromAnotherNode() throws {
        let db = try schools()
        try db.execute("MATCH (a:Authority {code: 850}), (b:Authority {code: 851}) SET a = b")
        try expectRows(db, "MATCH (a:Authority) RETURN a.name, a.code", [["Portsmouth", 851], ["Portsmouth", 851]])
    }

    @Test func setLabels() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Mayfield'}) SET s:Academy:Hub RETURN labels(s)")
        #expect(r.statistics.labelsAdded == 2)
        #expect(try scalar(db, "MATCH (s:Academy:Hub) RETURN s.name") == "Mayfield")
    }

    @Test func settingExistingLabelCountsNothing() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Mayfield'}) SET s:School")
        #expect(r.statistics.labelsAdded == 0)
    }

    @Test func setOnNullIsIgnored() throws {
        let db = try schools()
        let r = try db.execute("OPTIONAL MATCH (x:Trust) SET x.name = 'T', x:Big RETURN x")
        #expect(r.rows.map { render(row: $0) } == ["null"])
        #expect(!r.statistics.containsUpdates)
    }

    @Test func setSeesEarlierItemsOfSameClause() throws {
        let db = Database()
        try db.execute("CREATE (:N {a: 1})")
        try expectRows(db, "MATCH (n:N) SET n.a = n.a + 1, n.b = n.a * 10 RETURN n.a, n.b", [[2, 20]])
    }

    @Test func setMapPropertyIsRejected() {
        let db = Database()
        expectError(db, "CREATE (n:N) SET n.bad = {a: 1}", kind: .typeError, code: "InvalidPropertyType")
    }

    @Test func setNonMapWithEqualsIsRejected() {
        expectError(Database(), "CREATE (n:N) SET n = 1", kind: .typeError)
    }

    @Test func removeProperty() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Riverside'}) REMOVE s.ofsted RETURN s.ofsted")
        #expect(r.rows.map { render(row: $0) } == ["null"])
        #expect(r.statistics.propertiesSet == 1)
        #expect(try db.execute("MATCH (s:School) WHERE s.ofsted IS NOT NULL RETURN s").rows.isEmpty)
    }

    @Test func removeMissingPropertyChangesNothing() throws {
        let db = try schools()
        let r = try db.execute("MATCH (s:School {name: 'Oakwood'}) REMOVE s.pupils, s.nonexistent")
        #expect(!r.statistics.containsUpdates)
    }

    @Test func removeLabel() throws {
        let db = try database("CREATE (:School:Academy {name: 'A'}), (:School {name: 'B'})")
        let r = try db.execute("MATCH (s:School) REMOVE s:Academy")
        #expect(r.statistics.labelsRemoved == 1)
        #expect(try db.execute("MATCH (s:Academy) RETURN s").rows.isEmpty)
        #expect(try scalar(db, "MATCH (s:School) RETURN count(s)") == 2)
    }

    @Test func removeRelationshipProperty() throws {
        let db = try schools()
        try db.execute("MATCH ()-[m:MEMBER_OF]->() REMOVE m.role")
        #expect(try scalar(db, "MATCH ()-[m:MEMBER_OF]->() WHERE m.role IS NOT NULL RETURN count(m)") == 0)
        #expect(try scalar(db, "MATCH ()-[m:MEMBER_OF]->() WHERE m.since IS NOT NULL RETURN count(m)") == 5)
    }
}
