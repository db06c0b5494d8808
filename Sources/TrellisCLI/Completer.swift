import Trellis

/// Answers Tab in the shell: meta commands and their arguments on a line starting with `:`,
/// query text anywhere else (see ``QueryCompleter``).
struct Completer {
    let vocabulary: any CompletionVocabulary
    var paths = PathCompleter()

    func complete(_ request: CompletionRequest) -> CompletionResult {
        let queries = QueryCompleter(vocabulary: vocabulary)
        let line = request.lineBeforeCursor.drop { $0 == " " || $0 == "\t" }
        guard request.pendingText.isEmpty, line.hasPrefix(":") else {
            return queries.complete(request.pendingText + request.lineBeforeCursor,
                                    textAfterCursor: request.lineAfterCursor)
        }
        guard let nameEnd = line.firstIndex(where: \.isWhitespace) else {
            let typed = String(line)
            let names = MetaCommand.descriptions.map(\.name).filter { $0.hasPrefix(typed.lowercased()) }
            return .choosing(names.map { CompletionCandidate($0, suffix: " ") }, replacing: typed)
        }
        let argument = String(line[nameEnd...].drop { $0 == " " || $0 == "\t" })
        switch MetaCommand.description(named: String(line[..<nameEnd]))?.name {
        case ":read", ":open", ":save", ":output":
            return paths.complete(argument)
        case ":mode":
            return words(ShellOutputMode.allCases.map(\.rawValue), argument)
        case ":timer":
            return words(["on", "off"], argument)
        case ":rows":
            return words(["all"], argument)
        case ":params":
            return words(["clear"], argument)
        case ":help":
            return words(HelpTopics.allNames + vocabulary.procedureNames, argument, suffix: "")
        case ":explain":
            return queries.complete(argument, textAfterCursor: request.lineAfterCursor)
        case ":param":
            guard let arrow = argument.firstRange(of: "=>") else {
                return words(vocabulary.parameterNames, argument, suffix: " => ")
            }
            return queries.complete(String(argument[arrow.upperBound...]), textAfterCursor: request.lineAfterCursor)
        default:
            return .nothing
        }
    }

    private func words(_ words: [String], _ typed: String, suffix: String = "") -> CompletionResult {
        let lowered = typed.lowercased()
        let candidates = words.filter { $0.lowercased().hasPrefix(lowered) }.map { CompletionCandidate($0, suffix: suffix) }
        return .choosing(candidates, replacing: typed)
    }
}
