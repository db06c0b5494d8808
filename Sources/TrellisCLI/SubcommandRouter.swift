import ArgumentParser

/// Chooses the command tree that parses a command line.
///
/// `trellis` takes an optional positional DB, and a positional argument would swallow the
/// name of a subcommand (`trellis run x.cypher` would open a database called `run`). So a
/// command line that starts with a subcommand name is parsed by ``TrellisSubcommands``,
/// the same tree without the positional, and any other by ``TrellisCommand``.
enum SubcommandRouter {
    /// The root command type that should parse `arguments`, and the arguments to give it.
    static func route(_ arguments: [String]) -> (root: any ParsableCommand.Type, arguments: [String]) {
        guard let first = arguments.first else { return (TrellisCommand.self, arguments) }
        if first == "help" {
            // `trellis help` alone is the root's help; `trellis help run` the subcommand's.
            return arguments.count == 1 ? (TrellisCommand.self, ["--help"]) : (TrellisSubcommands.self, arguments)
        }
        let names = TrellisCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        return names.contains(first) ? (TrellisSubcommands.self, arguments) : (TrellisCommand.self, arguments)
    }
}

/// `trellis` as a plain group of subcommands, used to parse command lines that name one.
struct TrellisSubcommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: TrellisCommand.configuration.commandName,
        abstract: TrellisCommand.configuration.abstract,
        subcommands: TrellisCommand.configuration.subcommands)
}
