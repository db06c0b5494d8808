import Foundation
import Testing
import TrellisCore
@testable import TrellisSyntax

/// Keeps `Grammar/trellis.ebnf` and the parser in step.
@Suite struct GrammarTests {
    /// Small pools standing in for the token rules (and for the rules whose restrictions the
    /// notation cannot say: two occurrences that must agree, a string of one character).
    static let pools: [String: [String]] = [
        "Identifier": ["a", "b", "n", "name", "x1", "_tmp", "ñandú", "名前"],
        "QuotedIdentifier": ["`a b`", "`MATCH`", "`x``y`", "`1st`"],
        "Parameter": ["$p", "$0", "$param_1", "$`odd name`"],
        "IntegerLiteral": ["0", "1", "42", "0x1F", "0o17", "9223372036854775807"],
        "FloatLiteral": ["1.5", ".5", "1e10", "1.5E-3", "0.0"],
        "StringLiteral": ["'text'", "\"text\"", "''", "'it\\'s'", "'tab\\t\\u00e9'", "\"\\U0001F600\""],
        "indexVariable": ["v"],
        "fieldTerminator": ["','", "';'", "'\\t'", "\"|\""],
    ]

    @Test func grammarFileReads() throws {
        let grammar = try EBNFGrammar.load()
        #expect(grammar.startRule == "script")
        for name in grammar.ruleNames {
            for reference in EBNFGrammar.references(grammar.rules[name]!) {
                #expect(grammar.rules[reference] != nil, "rule \(name) refers to undefined rule \(reference)")
            }
        }
    }

    @Test func everySyntaxRuleIsReachable() throws {
        let grammar = try EBNFGrammar.load()
        let reachable = grammar.reachableRules()
        for name in grammar.ruleNames where !EBNFGrammar.isTokenRule(name) {
            #expect(reachable.contains(name), "rule \(name) cannot be reached from \(grammar.startRule)")
        }
    }

    @Test func keywordsOfTheGrammarAreTheLexerKeywords() throws {
        let grammar = try EBNFGrammar.load()
        let terminals = grammar.terminals { !EBNFGrammar.isTokenRule($0) }
        let words = terminals.filter { $0.allSatisfy(\.isLetter) }
        for word in words {
            #expect(Keyword(caseInsensitive: word) != nil, "\(word) is not a lexer keyword")
        }
        for keyword in Keyword.allCases {
            #expect(words.contains { $0.uppercased() == keyword.rawValue }, "keyword \(keyword.rawValue) is missing from the grammar")
        }
        // The reserved and soft keyword lists match the lexer's.
        let reserved = grammar.terminals { $0 == "reservedWord" }.map { $0.uppercased() }
        let soft = grammar.terminals { $0 == "softKeyword" }.map { $0.uppercased() }
        #expect(Set(reserved) == Set(Keyword.allCases.filter(\.isReserved).map(\.rawValue)))
        #expect(Set(soft) == Set(Keyword.allCases.filter { !$0.isReserved }.map(\.rawValue)))
    }

    @Test func punctuationOfTheGrammarIsLexedAsOneToken() throws {
        let grammar = try EBNFGrammar.load()
        let marks = grammar.terminals { !EBNFGrammar.isTokenRule($0) }.filter { !$0.allSatisfy(\.isLetter) }
        for mark in marks {
            let tokens = try Lexer.tokenize(mark)
            #expect(tokens.count == 2, "'\(mark)' lexes as \(tokens.count - 1) tokens")
            #expect(tokens.first?.kind == .punctuation(Punctuation(rawValue: mark) ?? .dot) && Punctuation(rawValue: mark) != nil,
                    "'\(mark)' is not a punctuation token")
        }
    }

    @Test func poolsMatchTheirTokenRules() throws {
        for (rule, samples) in Self.pools where EBNFGrammar.isTokenRule(rule) {
            for sample in samples {
                let tokens = try Lexer.tokenize(sample)
                #expect(tokens.count == 2, "pool entry \(sample) of \(rule) is not one token")
            }
        }
    }

    @Test func generatedSentencesParse() throws {
        let grammar = try EBNFGrammar.load()
        var generator = SentenceGenerator(grammar: grammar, pools: Self.pools, maximumDepth: 60, tokenBudget: 120, seed: 0x7E11_15)
        #expect(generator.nonTerminatingRules.isEmpty, "rules without a finite expansion: \(generator.nonTerminatingRules)")
        let count = 4000
        var failures = 0
        var longest = 0
        for _ in 0..<count {
            let sentence = generator.sentence()
            if ProcessInfo.processInfo.environment["SHOW_SENTENCES"] != nil { print("---\n" + sentence) }
            longest = max(longest, sentence.utf8.count)
            do {
                _ = try Parser.parseScript(sentence)
            } catch {
                failures += 1
                if failures <= 10 { Issue.record("generated sentence rejected:\n\(sentence)\n→ \(error)") }
            }
        }
        #expect(failures == 0, "\(failures) of \(count) generated sentences were rejected")
        #expect(generator.unexpandable.isEmpty, "generation met informal sequences: \(generator.unexpandable)")
        // Generation reaches every rule (the insides of pooled token rules excepted).
        let needed = grammar.reachableRules(treatingAsOpaque: Set(Self.pools.keys))
        let missed = needed.subtracting(generator.usedRules)
        #expect(missed.isEmpty, "rules never generated: \(missed.sorted())")
        print("Grammar: \(count) generated sentences parsed (longest \(longest) bytes), \(generator.usedRules.count) rules used")
    }
}
