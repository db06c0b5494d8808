import Trellis

/// What `:help TOPIC` explains: a clause or part of the language, a function or a meta command,
/// each with an example.
enum HelpTopics {
    /// A clause or other part of the language.
    struct LanguageTopic: Sendable {
        /// The name looked up (case does not matter), e.g. `ORDER BY`.
        var name: String
        /// Other names that find it.
        var aliases: [String] = []
        /// The form it takes.
        var syntax: String
        /// What it does.
        var summary: String
        /// A statement over the sample partnership graph.
        var example: String
    }

    /// The clauses and other parts of the language, in the order `:help` lists them.
    static let language: [LanguageTopic] = [
        LanguageTopic(name: "MATCH", syntax: "MATCH pattern [, pattern…] [WHERE condition]",
                      summary: "Finds the parts of the graph that fit a pattern; each fit is a row.",
                      example: "MATCH (s:School)-[:MEMBER_OF]->(p:Partnership) RETURN p.name, count(s) AS schools ORDER BY schools DESC;"),
        LanguageTopic(name: "OPTIONAL MATCH", aliases: ["OPTIONAL"], syntax: "OPTIONAL MATCH pattern [WHERE condition]",
                      summary: "Like MATCH, but a row with nothing that fits is kept, with nulls.",
                      example: "MATCH (s:School) OPTIONAL MATCH (s)-[:HAS_GOAL]->(g:Goal) RETURN s.name, count(g) AS goals ORDER BY goals, s.name;"),
        LanguageTopic(name: "WHERE", syntax: "… WHERE condition",
                      summary: "Keeps the rows for which the condition is true (after MATCH, OPTIONAL MATCH or WITH).",
                      example: "MATCH (s:School) WHERE s.fsm > 40 AND s.phase = 'primary' RETURN s.name, s.fsm;"),
        LanguageTopic(name: "RETURN", syntax: "RETURN [DISTINCT] expression [AS name], … [ORDER BY …] [SKIP n] [LIMIT n]",
                      summary: "Ends a query with the columns to show; aggregates such as count() group by the other columns.",
                      example: "MATCH (s:School) RETURN s.phase AS phase, count(*) AS schools, round(avg(s.fsm), 1) AS fsm ORDER BY phase;"),
        LanguageTopic(name: "WITH", syntax: "WITH [DISTINCT] expression [AS name], … [WHERE condition]",
                      summary: "Passes rows on to the next part of the query, like RETURN; lets you filter on aggregates.",
                      example: "MATCH (s:School)-[:MEMBER_OF]->(p:Partnership) WITH p, count(s) AS members WHERE members > 3 RETURN p.name, members;"),
        LanguageTopic(name: "UNWIND", syntax: "UNWIND list AS name",
                      summary: "Turns a list into rows, one per element.",
                      example: "UNWIND ['phonics', 'maths', 'oracy'] AS area OPTIONAL MATCH (a:Area {name: area}) RETURN area, a IS NOT NULL AS known;"),
        LanguageTopic(name: "ORDER BY", aliases: ["ORDER"], syntax: "… ORDER BY expression [ASC|DESC], …",
                      summary: "Sorts the rows of RETURN or WITH; ascending unless DESC is given; nulls come last.",
                      example: "MATCH (s:School) RETURN s.name, s.pupils ORDER BY s.pupils DESC LIMIT 5;"),
        LanguageTopic(name: "SKIP", syntax: "… SKIP n",
                      summary: "Leaves out the first n rows (after ORDER BY).",
                      example: "MATCH (s:School) RETURN s.name ORDER BY s.name SKIP 5 LIMIT 5;"),
        LanguageTopic(name: "LIMIT", syntax: "… LIMIT n",
                      summary: "Keeps at most n rows (after ORDER BY and SKIP).",
                      example: "MATCH (s:School) RETURN s.name, s.fsm ORDER BY s.fsm DESC LIMIT 3;"),
        LanguageTopic(name: "CREATE", syntax: "CREATE pattern [, pattern…]",
                      summary: "Adds nodes and relationships; the variables of an earlier MATCH connect them to what exists.",
                      example: "MATCH (s:School {urn: 900001}) CREATE (s)-[:NEEDS {priority: 2}]->(:Area {name: 'oracy'});"),
        LanguageTopic(name: "MERGE", syntax: "MERGE pattern [ON CREATE SET …] [ON MATCH SET …]",
                      summary: "Finds the pattern, or creates it whole when it is not there.",
                      example: "MERGE (a:Area {name: 'oracy'}) ON CREATE SET a.added = date() RETURN a.name;"),
        LanguageTopic(name: "SET", syntax: "SET n.key = value | n = map | n += map | n:Label, …",
                      summary: "Sets properties or adds labels; setting a property to null removes it.",
                      example: "MATCH (s:School {urn: 900001}) SET s.rating = 'Outstanding', s:Lead RETURN s.name, labels(s);"),
        LanguageTopic(name: "REMOVE", syntax: "REMOVE n.key | n:Label, …",
                      summary: "Removes properties or labels.",
                      example: "MATCH (s:School {urn: 900001}) REMOVE s:Lead RETURN s.name, labels(s);"),
        LanguageTopic(name: "DELETE", aliases: ["DETACH DELETE", "DETACH"], syntax: "[DETACH] DELETE n, …",
                      summary: "Deletes nodes and relationships; DETACH DELETE also deletes a node's relationships.",
                      example: "MATCH (a:Area {name: 'oracy'}) DETACH DELETE a;"),
        LanguageTopic(name: "UNION", syntax: "query UNION [ALL] query",
                      summary: "Rows of both queries, which must have the same columns; ALL keeps duplicates.",
                      example: "MATCH (s:School) RETURN s.name AS name UNION MATCH (p:Partnership) RETURN p.name AS name;"),
        LanguageTopic(name: "CASE", syntax: "CASE WHEN condition THEN value … [ELSE value] END",
                      summary: "An expression choosing a value by conditions (or, CASE x WHEN v THEN …, by value).",
                      example: "MATCH (s:School) RETURN s.name, CASE WHEN s.fsm >= 40 THEN 'high' WHEN s.fsm >= 20 THEN 'middle' ELSE 'low' END AS fsm_band;"),
        LanguageTopic(name: "EXISTS", syntax: "EXISTS { pattern [WHERE condition] }",
                      summary: "True when the pattern fits at least once; use it in WHERE.",
                      example: "MATCH (s:School) WHERE EXISTS { (s)-[:NEEDS]->(:Area {name: 'phonics'}) } RETURN s.name;"),
        LanguageTopic(name: "PATTERNS", aliases: ["PATTERN", "PATHS"],
                      syntax: "(n:Label {key: value})-[r:TYPE|OTHER *1..3]->(m)",
                      summary: "Nodes in parentheses, relationships in brackets with a direction; *min..max for variable length; p = … names the path.",
                      example: "MATCH p = (a:School)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(b:School) WHERE a.urn < b.urn RETURN a.name, b.name, length(p) LIMIT 5;"),
        LanguageTopic(name: "PARAMETERS", aliases: ["PARAMETER", "$"], syntax: "$name",
                      summary: "A value given from outside the query; set one in the shell with :param name => value.",
                      example: "MATCH (s:School) WHERE s.urn = $urn RETURN s.name;"),
        LanguageTopic(name: "LISTS", aliases: ["LIST"], syntax: "[x IN list WHERE condition | expression], list[0], list[1..3]",
                      summary: "Lists are written in brackets; comprehensions filter and map them; indexes count from 0.",
                      example: "MATCH (s:School)-[:NEEDS]->(a:Area) RETURN s.name, [x IN collect(a.name) WHERE x <> 'maths' | toUpper(x)] AS needs LIMIT 3;"),
        LanguageTopic(name: "CALL", aliases: ["YIELD", "PROCEDURES"],
                      syntax: "CALL procedure(argument, …) YIELD output, … [WHERE condition]",
                      summary: "Runs a procedure; its outputs become columns. :help PROCEDURE describes one.",
                      example: "CALL trellis.suggestPartners('Padnell Junior School', 'phonics') YIELD partner, score RETURN partner.name, score LIMIT 3;"),
        LanguageTopic(name: "LOAD CSV", aliases: ["CSV", "LOAD"],
                      syntax: "LOAD CSV [WITH HEADERS] FROM 'file.csv' AS row [FIELDTERMINATOR ';']",
                      summary: "One row per CSV record: a list of strings, or with headers a map by column name (empty fields are null). Files are read below the working folder only.",
                      example: "LOAD CSV WITH HEADERS FROM 'schools.csv' AS row MERGE (s:School {urn: toInteger(row.urn)}) SET s.name = row.name;"),
        LanguageTopic(name: "EXPLAIN", syntax: "EXPLAIN query", summary: "Shows the plan of a query without running it.",
                      example: "EXPLAIN MATCH (s:School {urn: 900001}) RETURN s.name;"),
        LanguageTopic(name: "PROFILE", syntax: "PROFILE query",
                      summary: "Runs the query (its changes are kept) and shows its plan with, per operator, the rows it passed on, its share of the time (sampled every 200 µs, so short statements get few samples) and the most rows it held at once, in place of the rows.",
                      example: "PROFILE MATCH (s:School)-[:MEMBER_OF]->(p:Partnership) RETURN p.name, count(s);"),
        LanguageTopic(name: "CREATE INDEX", aliases: ["INDEX", "INDEXES"], syntax: "CREATE INDEX FOR (n:Label) ON (n.key)",
                      summary: "Makes lookups of a property fast: equality, IN lists and ranges (<, <=, >, >=); :schema lists the indexes.",
                      example: "CREATE INDEX FOR (r:Result) ON (r.year);"),
        LanguageTopic(name: "DROP INDEX", syntax: "DROP INDEX ON :Label(key)", summary: "Removes a property index.",
                      example: "DROP INDEX ON :Result(year);"),
    ]

    /// The language topic called `name` (ignoring case and extra spaces).
    static func languageTopic(named name: String) -> LanguageTopic? {
        let wanted = normalised(name)
        return language.first { normalised($0.name) == wanted || $0.aliases.contains { normalised($0) == wanted } }
    }

    /// Every name `:help` understands: language topics, functions and meta commands.
    static var allNames: [String] {
        language.map(\.name) + FunctionCatalog.all.map(\.name) + MetaCommand.descriptions.map(\.name)
    }

    /// The help for `topic`, or nil when there is none.
    /// - Parameter procedures: The procedures `CALL` can run, which have help too.
    static func text(for topic: String, procedures: [Procedure] = []) -> String? {
        var name = topic.trimmingWhitespace()
        if name.hasSuffix("()") { name.removeLast(2) }
        if let command = MetaCommand.description(named: name),
           name.hasPrefix(":") || (languageTopic(named: name) == nil && FunctionCatalog.named(name) == nil) {
            return commandText(command)
        }
        if let topic = languageTopic(named: name) {
            return """
                \(topic.syntax)
                  \(topic.summary)
                Example:
                  \(topic.example)

                """
        }
        if let procedure = procedures.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return procedure.signature + "\n  A procedure: CALL it, then YIELD the outputs wanted.\n"
                + (procedures.count > 1 ? "  Procedures: " + procedures.map(\.name).joined(separator: ", ") + "\n" : "")
                + "Example:\n  CALL \(procedure.name)(…) YIELD \(procedure.outputs.map(\.name).joined(separator: ", "));\n"
        }
        if let function = FunctionCatalog.named(name) {
            var text = function.signature + "\n  " + function.summary + "\n"
            if let example = FunctionExamples.example(for: function.name) { text += "Example:\n  \(example)\n" }
            return text
        }
        return nil
    }

    /// Topics whose names start like `topic`, for a hint when there is no help on it.
    static func suggestions(for topic: String) -> [String] {
        let wanted = normalised(topic)
        guard !wanted.isEmpty else { return [] }
        let starting = allNames.filter { normalised($0).hasPrefix(String(wanted.prefix(3))) }
        return Array(starting.prefix(8))
    }

    private static func commandText(_ command: MetaCommand.Description) -> String {
        var text = command.usage + "\n  " + command.summary.prefix(1).uppercased() + command.summary.dropFirst() + ".\n"
        if !command.aliases.isEmpty { text += "  Also: " + command.aliases.joined(separator: ", ") + "\n" }
        if !command.details.isEmpty {
            text += command.details.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("  ") ? "\($0)\n" : "  \($0)\n" }.joined()
        }
        return text + "Example:\n  \(command.example)\n"
    }

    private static func normalised(_ name: String) -> String {
        name.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
