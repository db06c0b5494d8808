import Testing
import TrellisCore
@testable import TrellisSyntax

/// Parses every query of the openCypher TCK found beside the repository.
@Suite struct TCKCorpusTests {
    /// Detail codes the parser itself is responsible for.
    static let syntacticCodes: Set<String> = [
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "FloatingPointOverflow",
        "InvalidUnicodeLiteral", "InvalidRelationshipPattern",
    ]

    @Test(.enabled(if: TCKFeatureReader.featuresDirectory != nil || tckIsRequired, "the TCK features are not present"))
    func queriesWithoutSyntaxErrorsParse() throws {
        let queries = try TCKFeatureReader.allQueries().filter {
            $0.expectedSyntaxError.map { !Self.syntacticCodes.contains($0) } ?? true
        }
        var failures = 0
        for query in queries {
            do {
                _ = try Parser.parseScript(query.text)
            } catch {
                failures += 1
                Issue.record("\(query.file):\(query.line) \(query.scenario)\n\(query.text)\n→ \(error)")
            }
        }
        let setUp = queries.filter(\.isSetUp).count
        let semantic = queries.filter { $0.expectedSyntaxError != nil }.count
        print("TCK corpus: \(queries.count - failures) of \(queries.count) queries parsed (\(queries.count - setUp) under test, "
              + "of which \(semantic) expect an error found by semantic analysis; \(setUp) set-up)")
        #expect(queries.count > 0)
    }

    @Test(.enabled(if: TCKFeatureReader.featuresDirectory != nil || tckIsRequired, "the TCK features are not present"))
    func queriesWithSyntaxErrorsAreRejected() throws {
        let queries = try TCKFeatureReader.allQueries().filter {
            $0.expectedSyntaxError.map { Self.syntacticCodes.contains($0) } ?? false
        }
        var rejected = 0
        var leftToSemanticAnalysis: [String] = []
        for query in queries {
            let expected = query.expectedSyntaxError!
            do {
                _ = try Parser.parseScript(query.text)
                leftToSemanticAnalysis.append("\(query.file):\(query.line) \(expected): \(query.text)")
            } catch let error as TrellisError {
                #expect(error.code == expected, "\(query.file):\(query.line)\n\(query.text)\n→ \(error)")
                if error.code == expected { rejected += 1 }
            }
        }
        print("TCK corpus: \(rejected) of \(queries.count) queries expecting a syntax error rejected with the expected code; \(leftToSemanticAnalysis.count) left to semantic analysis:")
        for entry in leftToSemanticAnalysis { print("  " + entry.replacingOccurrences(of: "\n", with: " ")) }
        #expect(queries.count > 0)
    }
}
