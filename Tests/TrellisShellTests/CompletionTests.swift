import Foundation
import Testing
import Trellis
@testable import TrellisCLI

/// Tab completion against the fixture graph.
@Suite("Completion")
struct CompletionTests {
    let vocabulary: DatabaseVocabulary
    let completer: Completer

    init() throws {
        let database = try ShellFixture.makeDatabase()
        vocabulary = DatabaseVocabulary(database: database, parameterNames: { ["urn", "since"] })
        completer = Completer(vocabulary: vocabulary)
    }

    private func complete(_ line: String, after: String = "", pending: String = "") -> CompletionResult {
        completer.complete(CompletionRequest(pendingText: pending, lineBeforeCursor: line, lineAfterCursor: after))
    }

    private func inserted(_ line: String, after: String = "", pending: String = "") -> String? {
        guard case .insert(let text) = complete(line, after: after, pending: pending).action else { return nil }
        return text
    }

    private func listed(_ line: String, pending: String = "") -> [String] {
        guard case .list(let choices) = complete(line, pending: pending).action else { return [] }
        return choices
    }

    // MARK: Labels, types and keys

    @Test func labelsAfterAColonInANodePattern() {
        #expect(inserted("MATCH (s:Sch") == "School")
        #expect(inserted("MATCH (s:sch") == "School")
        #expect(complete("MATCH (s:Sch").replacing == "Sch")
        #expect(inserted("MATCH (:Partner") == "Partnership")
        #expect(listed("MATCH (n:P") == ["Partnership", "Person", "Programme"])
        #expect(inserted("MATCH (s) WHERE s:Sch") == "School")
    }

    @Test func relationshipTypesInsideBrackets() {
        #expect(inserted("MATCH (s)-[:MEMB") == "MEMBER_OF")
        #expect(inserted("MATCH (s)-[m:MEMB") == "MEMBER_OF")
        #expect(listed("MATCH (a:Authority)<-[:IN_") == ["IN_AUTHORITY", "IN_PROGRAMME", "IN_REGION"])
        #expect(inserted("MATCH (s)-[:NEEDS|STR") == "STRENGTH")
    }

    @Test func propertyKeysOfAVariablesLabel() {
        #expect(inserted("MATCH (s:School) RETURN s.pu") == "pupils")
        #expect(inserted("MATCH (s:School) RETURN s.na") == "name")
        #expect(inserted("MATCH (s:School)-[m:MEMBER_OF]->() RETURN m.ro") == "role")
        // A Partnership has no pupils key: nothing to offer.
        #expect(complete("MATCH (p:Partnership) RETURN p.pu").action == .none)
    }

    @Test func propertyKeysInAPatternsMap() {
        #expect(inserted("MATCH (s:School {ur") == "urn")
        #expect(inserted("MATCH (s:School {name: 'x', pha") == "phase")
        #expect(inserted("MATCH ()-[:STRENGTH {lev") == "level")
        #expect(inserted("MATCH (s:School) RETURN s {.na") == "name")
    }

    @Test func theStatementSoFarSpansLines() {
        #expect(inserted("WHERE s.ph", pending: "MATCH (s:School)\n") == "phase")
        #expect(inserted("RETURN 1; MATCH (s:Sch") == "School")
    }

    // MARK: Values

    @Test func schoolNamesInsideQuotes() {
        #expect(inserted("MATCH (s:School {name: 'Padn") == "Padnell ")
        #expect(inserted("MATCH (s:School {name: 'Padnell J") == "Padnell Junior School'")
        #expect(complete("MATCH (s:School {name: 'Padnell J").replacing == "Padnell J")
        #expect(listed("MATCH (s:School {name: 'Padnell ") == ["Padnell Infant School", "Padnell Junior School"])
        #expect(inserted("MATCH (s:School {name: 'padnell j") == "Padnell Junior School'")
    }

    @Test func valuesComparedWithAProperty() {
        #expect(inserted("MATCH (s:School) WHERE s.name = 'River") == "Riverside Community Primary'")
        #expect(inserted("MATCH (s:School) WHERE s.name STARTS WITH 'River") == "Riverside Community Primary'")
        #expect(inserted("MATCH (s:School) WHERE s.name IN ['Padnell Junior School', 'River")
                == "Riverside Community Primary'")
        #expect(inserted("MATCH (s:School) WHERE s.phase <> 'sec") == "secondary'")
        #expect(inserted("MATCH (p:Partnership) WHERE p.name CONTAINS 'Solent") == "Solent Improvement Partnership'")
    }

    @Test func valuesOfRelationshipProperties() {
        #expect(inserted("MATCH (s)-[:MEMBER_OF {role: 'le") == "lead'")
    }

    @Test func quotesAreClosedOnceAndEscaped() {
        #expect(inserted("MATCH (s:School {name: 'Padnell J", after: "'})") == "Padnell Junior School")
        #expect(inserted("MATCH (s:School {name: \"Padnell J") == "Padnell Junior School\"")
        #expect(inserted("MATCH (s:School {name: 'St M") == "St Mary\\'s Primary'")
        #expect(inserted("MATCH (s:School {name: \"St M") == "St Mary's Primary\"")
    }

    @Test func stringsWithoutAPropertyAreLeftAlone() {
        #expect(complete("RETURN 'Padn").action == .none)
        #expect(complete("RETURN 1 // (s:Sch").action == .none)
    }

    // MARK: Words

    @Test func keywordsInTheLetterCaseTyped() {
        #expect(inserted("mat") == "match ")
        #expect(inserted("MAT") == "MATCH ")
        #expect(inserted("MATCH (s) OPT") == "OPTIONAL ")
        #expect(listed("MATCH (s) RETURN s ORDER BY s.name DES").isEmpty)
        #expect(inserted("MATCH (s) RETURN s ORDER BY s.name DESC LIM") == "LIMIT ")
    }

    @Test func functionsOpenTheirParenthesis() {
        #expect(inserted("RETURN toUp") == "toUpper(")
        #expect(inserted("RETURN coll") == "collect(")
        #expect(inserted("MATCH p = shortest") == "shortestPath(")
        #expect(inserted("RETURN date.tru") == "date.truncate(")
        #expect(complete("RETURN date.tru").replacing == "date.tru")
        #expect(listed("RETURN date.tr") == ["date.transaction", "date.truncate"])
        #expect(listed("RETURN duration.in") == ["duration.inDays", "duration.inMonths", "duration.inSeconds"])
    }

    @Test func variablesOfTheStatement() {
        #expect(inserted("MATCH (school:School) RETURN scho") == "school")
        #expect(listed("MATCH (s:School) WITH s.name AS title RETURN ti").contains("title"))
    }

    @Test func parametersAfterADollar() {
        #expect(inserted("MATCH (s:School {urn: $u") == "urn")
        #expect(listed("RETURN $") == ["since", "urn"])
    }

    @Test func proceduresAfterCall() {
        #expect(inserted("CALL trellis.sug") == "trellis.suggestPartners(")
        #expect(complete("CALL trellis.sug").replacing == "trellis.sug")
        #expect(inserted("CALL tre") == "trellis.")
        #expect(listed("MATCH (s) CALL trellis.") == ["trellis.isolated", "trellis.schema", "trellis.suggestPartners"])
        #expect(inserted(":help trellis.sc") == "trellis.schema")
    }

    // MARK: Meta commands

    @Test func metaCommandsAndTheirArguments() {
        #expect(inserted(":sch") == ":schema ")
        #expect(inserted(":p") == ":param")
        #expect(listed(":param") == [":param", ":params"])
        #expect(inserted(":mode ma") == "markdown")
        #expect(listed(":timer o") == ["off", "on"])
        #expect(inserted(":help toUp") == "toUpper")
        #expect(inserted(":help OPTIONAL") == "OPTIONAL MATCH")
        #expect(inserted(":explain MATCH (s:Sch") == "School")
        #expect(inserted(":param when => date.tru") == "date.truncate(")
        #expect(inserted(":param u") == "urn => ")
        #expect(complete(":schema x").action == .none)
    }

    @Test func filePathsAfterReadAndOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try "RETURN 1;".write(to: folder.appendingPathComponent("partnerships.cypher"), atomically: false, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("pupils.csv"), atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/"
        #expect(inserted(":read " + path + "pa") == path + "partnerships.cypher")
        #expect(inserted(":output " + path + "re") == path + "reports/")
        #expect(listed(":open " + path + "p") == ["partnerships.cypher", "pupils.csv"])
        #expect(complete(":read " + path + "zz").action == .none)
    }

    @Test func namesFollowTheGraphAfterInvalidation() throws {
        #expect(complete("MATCH (x:Inspect").action == .none)
        try vocabulary.database.execute("CREATE (:Inspection {grade: 'Good'})")
        vocabulary.invalidate()
        #expect(inserted("MATCH (x:Inspect") == "Inspection")
    }
}
