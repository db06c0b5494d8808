import TrellisCore

/// `CALL trellis.suggestPartners(school, area) YIELD partner, score, reasons`
///
/// Ranks the schools that could help `school` with `area` (a node, a school name or a URN; an
/// area node or name). Candidates have a STRENGTH in the area and are not current partners of
/// the school (sharing a partnership whose membership has no `until`). The score, between 0 and 1:
///
/// - 0.5 × strength level / 3 — how strong the candidate is in the area;
/// - 0.3 × min(1, |fsm difference| / 30) — partnerships often work best between schools in different
///   contexts, measured by the gap in % of pupils eligible for free school meals;
/// - 0.2 × min(1, distance / 50 km) — and between schools that are not close to each other;
///
/// each term counting 0 when its data is missing. `reasons` lists the evidence in words.
/// Ties are broken by school name.
enum SuggestPartners {
    static let procedure = BuiltInProcedures.make(
        "trellis.suggestPartners", [("school", "ANY"), ("area", "ANY")],
        [("partner", "NODE"), ("score", "FLOAT"), ("reasons", "LIST<STRING>")]
    ) { context, args in
        guard let school = try context.node(args[0], label: "School", integerKey: "urn", argument: "school"),
              let area = try context.node(args[1], label: "Area", argument: "area") else { return [] }
        let rows = try context.rows("""
            MATCH (me:School), (a:Area) WHERE id(me) = $me AND id(a) = $area
            MATCH (other:School)-[st:STRENGTH]->(a)
            WHERE other <> me AND NOT EXISTS {
              MATCH (me)-[m1:MEMBER_OF]->(:Partnership)<-[m2:MEMBER_OF]-(other) WHERE m1.until IS NULL AND m2.until IS NULL
            }
            OPTIONAL MATCH (me)-[:IN_AUTHORITY]->(mine:Authority)
            OPTIONAL MATCH (other)-[:IN_AUTHORITY]->(theirs:Authority)
            RETURN other, max(st.level), me.fsm, other.fsm, distance(me, other), a.name,
                   mine IS NOT NULL AND theirs IS NOT NULL AND mine <> theirs, theirs.name, other.name
            """, ["me": .int(Int64(school)), "area": .int(Int64(area))])
        var ranked: [(node: Value, score: Double, reasons: [Value], name: String)] = []
        for row in rows {
            var score = 0.0
            var reasons: [Value] = []
            if case .int(let level) = row[1] {
                score += 0.5 * Double(min(max(level, 0), 3)) / 3
                reasons.append(.string("strength level \(level) in \(text(row[5]))"))
            }
            if let mine = number(row[2]), let theirs = number(row[3]) {
                score += 0.3 * min(1, abs(mine - theirs) / 30)
                reasons.append(.string("free school meals \(percent(theirs)) against \(percent(mine))"))
            }
            if case .float(let km) = row[4] {
                score += 0.2 * min(1, km / 50)
                reasons.append(.string("\(Int(km.rounded())) km away"))
            }
            if row[6] == .bool(true) { reasons.append(.string("in another authority (\(text(row[7])))")) }
            ranked.append((row[0], (score * 1000).rounded() / 1000, reasons, text(row[8])))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
        return ranked.map { [$0.node, .float($0.score), .list($0.reasons)] }
    }

    static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    static func text(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        return ValueFormatting.plainText(v) ?? "?"
    }

    static func percent(_ d: Double) -> String { ValueFormatting.formatFloat((d * 10).rounded() / 10) + "%" }
}
