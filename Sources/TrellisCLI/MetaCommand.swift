/// A command to the shell itself rather than a query, typed on a line of its own starting with `:`.
enum MetaCommand: Equatable {
    /// `:help [TOPIC]`
    case help(topic: String?)
    /// `:schema`
    case schema
    /// `:open FILE`
    case open(path: String)
    /// `:save [FILE]`
    case save(path: String?)
    /// `:read SCRIPT`
    case read(path: String)
    /// `:mode [MODE]`; nil shows the current mode.
    case mode(ShellOutputMode?)
    /// `:output [FILE]`; nil sends results to the terminal again.
    case output(path: String?)
    /// `:timer [on|off]`; nil shows the setting.
    case timer(Bool?)
    /// `:rows [N|all]`: how many rows are shown on the terminal. `.some(nil)` is all; nil shows the setting.
    case rows(limit: Int??)
    /// `:param NAME => VALUE`
    case setParameter(name: String, expression: String)
    /// `:params`
    case listParameters
    /// `:params clear`
    case clearParameters
    /// `:explain QUERY`
    case explain(query: String)
    /// `:dot QUERY`
    case dot(query: String)
    /// `:quit`
    case quit

    /// A meta command as listed by `:help`.
    struct Description: Sendable {
        /// The name with its colon, e.g. `:schema`.
        var name: String
        /// Other names for it.
        var aliases: [String] = []
        /// The arguments, e.g. `FILE`, `[on|off]`; empty when there are none.
        var arguments: String = ""
        /// One line saying what it does.
        var summary: String
        /// More explanation for `:help :name`.
        var details: String = ""
        /// A use of it.
        var example: String

        /// The name and arguments, e.g. `:read SCRIPT`.
        var usage: String { arguments.isEmpty ? name : name + " " + arguments }
    }

    /// Every meta command, in the order `:help` lists them.
    static let descriptions: [Description] = [
        Description(name: ":help", aliases: [":h", ":?"], arguments: "[TOPIC]",
                    summary: "this list, or help on a clause, function or command",
                    details: "Topics are clauses (MATCH, WHERE, ORDER BY…), functions (toUpper, date…) and these commands.",
                    example: ":help MATCH"),
        Description(name: ":schema", summary: "labels, relationship types and property keys with counts, and indexes",
                    details: "Counts come from the graph as it is now; a key's count on a label is shown when not every node has it.",
                    example: ":schema"),
        Description(name: ":open", arguments: "FILE", summary: "open a database file instead of the current database",
                    example: ":open partnerships.trellis"),
        Description(name: ":save", arguments: "[FILE]", summary: "save the database (to FILE, or to the file it was opened from)",
                    example: ":save partnerships.trellis"),
        Description(name: ":read", arguments: "SCRIPT",
                    summary: "run the statements of a script file, showing their results",
                    details: "The first failing statement stops the script; errors point into the file.",
                    example: ":read Samples/partnerships.cypher"),
        Description(name: ":mode", arguments: "[MODE]",
                    summary: "how results are shown",
                    details: ShellOutputMode.allCases.map { "  \($0.rawValue.padding(to: 9)) \($0.summary)" }
                        .joined(separator: "\n"),
                    example: ":mode line"),
        Description(name: ":output", arguments: "[FILE]", summary: "write results to FILE; without FILE, to the terminal again",
                    details: "Results written to a file are complete: no row limit, no width limit, no colour.",
                    example: ":output schools.csv"),
        Description(name: ":timer", arguments: "[on|off]", summary: "show how long each statement takes",
                    example: ":timer on"),
        Description(name: ":rows", arguments: "[N|all]",
                    summary: "the most rows shown on the terminal (1000 to begin with)",
                    details: "A longer result is cut, with a note saying how many rows there are.",
                    example: ":rows all"),
        Description(name: ":param", arguments: "NAME => VALUE", summary: "set the parameter $NAME to the value of an expression",
                    details: "The value may be any expression: a number, a string, a list, a map, date('2024-09-01')…",
                    example: ":param urn => 900001"),
        Description(name: ":params", arguments: "[clear]", summary: "list the parameters, or clear them all",
                    example: ":params"),
        Description(name: ":explain", arguments: "QUERY", summary: "show the plan of a query without running it",
                    example: ":explain MATCH (s:School {urn: 900001}) RETURN s.name"),
        Description(name: ":dot", arguments: "QUERY", summary: "write the nodes and relationships a query returns as a Graphviz DOT picture",
                    details: "Send it to a file with :output first, then draw it with `dot -Tsvg FILE > picture.svg`.",
                    example: ":dot MATCH (p:Partnership)<-[m:MEMBER_OF]-(s:School)-[i:IN_AUTHORITY]->(a) RETURN p, m, s, i, a"),
        Description(name: ":quit", aliases: [":exit", ":q"], summary: "leave the shell (so does Ctrl-D on an empty line)",
                    example: ":quit"),
    ]

    /// The description of the command called `name` (with or without its colon, or an alias).
    static func description(named name: String) -> Description? {
        let spelled = name.hasPrefix(":") ? name.lowercased() : ":" + name.lowercased()
        return descriptions.first { $0.name == spelled || $0.aliases.contains(spelled) }
    }

    /// Every name and alias, with colons.
    static var allNames: [String] { descriptions.flatMap { [$0.name] + $0.aliases } }

    /// Reads a line starting with `:`.
    static func parse(_ line: String) throws(MetaCommandError) -> MetaCommand {
        let trimmed = line.trimmingWhitespace()
        let nameEnd = trimmed.firstIndex(where: \.isWhitespace) ?? trimmed.endIndex
        let name = String(trimmed[..<nameEnd]).lowercased()
        let argument = String(trimmed[nameEnd...]).trimmingWhitespace()
        guard let description = description(named: name) else { throw .unknown(name, suggestion: suggestion(for: name)) }
        func required() throws(MetaCommandError) -> String {
            if argument.isEmpty { throw .usage(description) }
            return argument
        }
        let optional: String? = argument.isEmpty ? nil : argument

        switch description.name {
        case ":help": return .help(topic: optional)
        case ":schema": return .schema
        case ":open": return .open(path: try required())
        case ":save": return .save(path: optional)
        case ":read": return .read(path: try required())
        case ":mode":
            guard let optional else { return .mode(nil) }
            guard let mode = ShellOutputMode(rawValue: optional.lowercased()) else { throw .usage(description) }
            return .mode(mode)
        case ":output": return .output(path: optional)
        case ":timer":
            switch optional?.lowercased() {
            case nil: return .timer(nil)
            case "on": return .timer(true)
            case "off": return .timer(false)
            default: throw .usage(description)
            }
        case ":rows":
            guard let optional else { return .rows(limit: nil) }
            if optional.lowercased() == "all" { return .rows(limit: .some(nil)) }
            guard let limit = Int(optional), limit > 0 else { throw .usage(description) }
            return .rows(limit: .some(limit))
        case ":param":
            guard let arrow = argument.firstRange(of: "=>") else { throw .usage(description) }
            var name = String(argument[..<arrow.lowerBound]).trimmingWhitespace()
            if name.hasPrefix("$") { name.removeFirst() }
            let expression = String(argument[arrow.upperBound...]).trimmingWhitespace()
            guard !name.isEmpty, !expression.isEmpty, name.allSatisfy({ QueryCompleter.isWordCharacter($0) }) else {
                throw .usage(description)
            }
            return .setParameter(name: name, expression: expression)
        case ":params":
            switch optional?.lowercased() {
            case nil: return .listParameters
            case "clear": return .clearParameters
            default: throw .usage(description)
            }
        case ":explain": return .explain(query: try required())
        case ":dot": return .dot(query: try required())
        default: return .quit
        }
    }

    /// The command name closest to a mistyped one, if any is close.
    static func suggestion(for name: String) -> String? {
        let typed = name.hasPrefix(":") ? name : ":" + name
        if let prefixed = allNames.first(where: { $0.hasPrefix(typed) && typed.count > 1 }) { return prefixed }
        let scored = descriptions.map { ($0.name, EditDistance.between(typed, $0.name)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }
}

/// A meta command that cannot be carried out as typed.
enum MetaCommandError: Error, Equatable, CustomStringConvertible {
    /// No command has this name.
    case unknown(String, suggestion: String?)
    /// The arguments are wrong; the description gives the usage.
    case usage(MetaCommand.Description)

    static func == (lhs: MetaCommandError, rhs: MetaCommandError) -> Bool {
        lhs.description == rhs.description
    }

    var description: String {
        switch self {
        case .unknown(let name, let suggestion):
            let hint = suggestion.map { "did you mean \($0)? " } ?? ""
            return "unknown command \(name); \(hint)type :help for the list"
        case .usage(let command):
            var text = "usage: \(command.usage)  (\(command.summary)); for example \(command.example)"
            if command.details.hasPrefix("  ") { text += "\n" + command.details }
            return text
        }
    }
}
