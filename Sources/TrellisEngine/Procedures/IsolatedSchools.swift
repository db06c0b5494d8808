import TrellisCore

/// `CALL trellis.isolated() YIELD school`: schools in no current partnership (no MEMBER_OF
/// relationship without an `until`), ordered by name.
enum IsolatedSchools {
    static let procedure = BuiltInProcedures.make("trellis.isolated", [], [("school", "NODE")]) { context, _ in
        try context.rows("""
            MATCH (s:School)
            WHERE NOT EXISTS { MATCH (s)-[m:MEMBER_OF]->(:Partnership) WHERE m.until IS NULL }
            RETURN s ORDER BY s.name
            """)
    }
}
