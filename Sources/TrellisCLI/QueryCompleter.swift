import Trellis
import TrellisSyntax

/// Completes query text by looking at what comes before the cursor:
///
/// | before the cursor | completes |
/// | --- | --- |
/// | `(s:Sch`, `SET s:Sch` | labels |
/// | `-[:MEMB`, `[r:A\|B` | relationship types |
/// | `s.na` (after a variable) | property keys, of `s`'s labels when they are known |
/// | `{na`, `{name: 'x', ur` | property keys, of the pattern's labels |
/// | `{name: 'Padn`, `s.name = 'Padn` | existing values of that property |
/// | `$` | parameters |
/// | `CALL trellis.sug` | procedures |
/// | `mat`, `toUp`, `date.tr` | keywords, functions and the statement's variables |
struct QueryCompleter {
    let vocabulary: any CompletionVocabulary

    /// Namespaces of dotted function names such as `date.truncate`.
    private static let functionNamespaces: Set<String> = Set(
        FunctionCatalog.all.compactMap { function in
            function.name.firstIndex(of: ".").map { function.name[..<$0].lowercased() }
        })

    /// Words written like function calls that are part of the language rather than functions.
    private static let functionLikeForms = ["shortestPath", "allShortestPaths"]

    /// Keywords offered as words (those written like function calls are offered as functions).
    private static let keywords: [String] = {
        let functionNames = Set((FunctionCatalog.all.map(\.name) + functionLikeForms).map { $0.lowercased() })
        return Keyword.allCases.map(\.rawValue).filter { !functionNames.contains($0.lowercased()) }
    }()

    /// Function names without a namespace, and the function-like forms.
    private static let functionNames: [String] =
        FunctionCatalog.all.map(\.name).filter { !$0.contains(".") } + functionLikeForms

    /// Completes the end of `text`, the statement typed so far up to the cursor.
    /// - Parameter textAfterCursor: What follows the cursor on its line (a closing quote already there is not added again).
    func complete(_ text: String, textAfterCursor: String = "") -> CompletionResult {
        let statement = StatementSplitter.split(text).remainder
        switch LexicalEnd.of(statement) {
        case .comment, .quotedName:
            return .nothing
        case .string(let quote, let contentStart):
            return completeString(in: statement, quote: quote, contentStart: contentStart, textAfterCursor: textAfterCursor)
        case .code:
            return completeCode(statement)
        }
    }

    // MARK: - Inside a string

    private func completeString(in statement: String, quote: Character, contentStart: String.Index,
                                textAfterCursor: String) -> CompletionResult {
        let typed = String(statement[contentStart...])
        let quoteIndex = statement.index(before: contentStart)
        let context = TokenContext(String(statement[..<quoteIndex]))
        guard let property = context.propertyCompared() else { return .nothing }
        let values = vocabulary.propertyValues(of: property.key, startingWith: typed,
                                               label: property.owner.labels.first,
                                               relationshipType: property.owner.relationshipTypes.first)
        let closing = textAfterCursor.first == quote ? "" : String(quote)
        let candidates = values.map { value in
            CompletionCandidate(Self.escaped(value, quote: quote), suffix: closing, display: value)
        }
        return .choosing(candidates, replacing: typed)
    }

    /// `value` as it is written between `quote`s: backslashes and the quote escaped.
    static func escaped(_ value: String, quote: Character) -> String {
        var out = ""
        for character in value {
            if character == "\\" || character == quote { out.append("\\") }
            out.append(character)
        }
        return out
    }

    // MARK: - In code

    private func completeCode(_ statement: String) -> CompletionResult {
        var wordStart = statement.endIndex
        while wordStart > statement.startIndex {
            let previous = statement.index(before: wordStart)
            guard Self.isWordCharacter(statement[previous]) else { break }
            wordStart = previous
        }
        let word = String(statement[wordStart...])
        let before = String(statement[..<wordStart])
        let context = TokenContext(before)

        if let typed = context.procedureNameBeforeCursor(word: word) {
            let candidates = vocabulary.procedureNames.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
                .map { CompletionCandidate($0, suffix: "(") }
            return .choosing(candidates, replacing: typed)
        }
        if before.last == "$" {
            return .choosing(matching(vocabulary.parameterNames, word).map { CompletionCandidate($0) }, replacing: word)
        }
        if before.last == "." {
            return completeAfterDot(word: word, before: before, context: context)
        }
        if let last = context.tokens.last {
            if last.is(.colon) || (last.is(.pipe) && context.followsLabelAlternative) {
                switch context.innermostOpenBracket?.kind {
                case .punctuation(.leftBrace)?:
                    break
                case .punctuation(.leftBracket)?:
                    return names(vocabulary.relationshipTypes, word)
                default:
                    return names(vocabulary.labels, word)
                }
            }
            if let brace = context.innermostOpenBracket, brace.is(.leftBrace), last.is(.leftBrace) || last.is(.comma),
               !context.braceOpensSubquery {
                let owner = context.ownerOfInnermostBrace()
                return names(vocabulary.propertyKeys(labels: owner.labels, relationshipTypes: owner.relationshipTypes), word)
            }
        }
        guard !word.isEmpty else { return .nothing }
        return .choosing(generalCandidates(word, context: context), replacing: word)
    }

    private func completeAfterDot(word: String, before: String, context: TokenContext) -> CompletionResult {
        let tokens = context.tokens
        guard tokens.count >= 2 else { return names(vocabulary.propertyKeys(labels: [], relationshipTypes: []), word) }
        let subject = tokens[tokens.count - 2]
        if let name = context.name(of: subject) {
            let variables = context.variables
            if !variables.contains(name), Self.functionNamespaces.contains(name.lowercased()) {
                let typed = context.text(of: subject) + "." + word
                let candidates = FunctionCatalog.all
                    .filter { $0.name.lowercased().hasPrefix(typed.lowercased()) }
                    .map { CompletionCandidate($0.name, suffix: "(") }
                return .choosing(candidates, replacing: typed)
            }
            let owner = context.owner(ofVariable: name)
            return names(vocabulary.propertyKeys(labels: owner.labels, relationshipTypes: owner.relationshipTypes), word)
        }
        // A map projection: s {.name, .ur
        if subject.is(.leftBrace) || subject.is(.comma), let brace = context.innermostOpenBracket, brace.is(.leftBrace) {
            let owner = context.ownerOfProjection()
            return names(vocabulary.propertyKeys(labels: owner.labels, relationshipTypes: owner.relationshipTypes), word)
        }
        return names(vocabulary.propertyKeys(labels: [], relationshipTypes: []), word)
    }

    private func names(_ names: [String], _ word: String) -> CompletionResult {
        .choosing(matching(names, word).map { CompletionCandidate(LiteralText.name($0)) }, replacing: word)
    }

    /// Keywords (in the letter case of `word`), functions and the statement's variables.
    private func generalCandidates(_ word: String, context: TokenContext) -> [CompletionCandidate] {
        let lowercase = word.contains(where: \.isLowercase) && !word.contains(where: \.isUppercase)
        var candidates: [CompletionCandidate] = []
        for variable in matching(context.variables.sorted(), word) {
            candidates.append(CompletionCandidate(variable))
        }
        for function in matching(Self.functionNames, word) {
            candidates.append(CompletionCandidate(function, suffix: "("))
        }
        for keyword in matching(Self.keywords, word) {
            candidates.append(CompletionCandidate(lowercase ? keyword.lowercased() : keyword, suffix: " "))
        }
        return candidates
    }

    private func matching(_ names: [String], _ word: String) -> [String] {
        let lowered = word.lowercased()
        return names.filter { $0.lowercased().hasPrefix(lowered) }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character == "_" || character.isLetter || character.isNumber
    }
}
