import ArgumentParser
import Testing
import Trellis
@testable import TrellisCLI

@Suite("Command-line parsing")
struct CommandLineParsingTests {
    @Test func bareTrellisOpensAnInMemoryDatabase() throws {
        let command = try #require(try TrellisCommand.parseAsRoot([]) as? TrellisCommand)
        #expect(command.target.database == nil)
        #expect(command.command == nil)
        #expect(command.initScript == nil)
        #expect(command.output.format == .table)
    }

    @Test func databaseQueryAndFormat() throws {
        let command = try #require(
            try TrellisCommand.parseAsRoot(["school.trellis", "-c", "RETURN 1", "--format", "jsonl"]) as? TrellisCommand)
        #expect(command.target.database == "school.trellis")
        #expect(command.command == "RETURN 1")
        #expect(command.output.format == .jsonl)
        let long = try #require(try TrellisCommand.parseAsRoot(["--command", "RETURN 2"]) as? TrellisCommand)
        #expect(long.command == "RETURN 2")
    }

    @Test func databaseReadOnly() throws {
        let command = try #require(try TrellisCommand.parseAsRoot(["school.trellis", "--read-only"]) as? TrellisCommand)
        #expect(command.target.database == "school.trellis")
        #expect(command.target.readOnly)
        let bare = try #require(try TrellisCommand.parseAsRoot(["school.trellis"]) as? TrellisCommand)
        #expect(!bare.target.readOnly)
    }

    @Test func serveTakesStdioADatabaseAndReadOnly() throws {
        let command = try #require(
            try TrellisCommand.parseAsRoot(["serve", "--stdio", "school.trellis", "--read-only"]) as? ServeCommand)
        #expect(command.stdio)
        #expect(command.target.database == "school.trellis")
        #expect(command.target.readOnly)
        let inMemory = try #require(try TrellisCommand.parseAsRoot(["serve", "--stdio"]) as? ServeCommand)
        #expect(inMemory.target.database == nil)
        #expect(!inMemory.target.readOnly)
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["serve", "school.trellis"]) }
    }

    @Test func initScript() throws {
        let command = try #require(
            try TrellisCommand.parseAsRoot(["--init", "Samples/partnerships.cypher"]) as? TrellisCommand)
        #expect(command.initScript == "Samples/partnerships.cypher")
    }

    @Test func everyFormatIsAccepted() throws {
        for format in OutputFormat.allCases {
            let command = try #require(try TrellisCommand.parseAsRoot(["--format", format.rawValue]) as? TrellisCommand)
            #expect(command.output.format == format)
        }
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["--format", "xml"]) }
    }

    @Test func runWithFiles() throws {
        let run = try #require(try TrellisCommand.parseAsRoot(["run", "a.cypher", "b.cypher"]) as? RunCommand)
        #expect(run.files == ["a.cypher", "b.cypher"])
        #expect(run.command == nil)
        #expect(run.database == nil)
        #expect(!run.readOnly)
        #expect(!run.continueOnError)
        #expect(run.output.format == .table)
    }

    @Test func runWithEveryOption() throws {
        let run = try #require(try TrellisCommand.parseAsRoot(
            ["run", "--db", "x.trellis", "--read-only", "--continue-on-error", "--format", "csv", "-c", "RETURN 1"])
            as? RunCommand)
        #expect(run.database == "x.trellis")
        #expect(run.readOnly)
        #expect(run.continueOnError)
        #expect(run.output.format == .csv)
        #expect(run.command == "RETURN 1")
        #expect(run.files.isEmpty)
    }

    @Test func runRejectsBothFilesAndQuery() {
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["run", "a.cypher", "-c", "RETURN 1"]) }
        do {
            _ = try TrellisCommand.parseAsRoot(["run", "a.cypher", "-c", "RETURN 1"])
        } catch {
            #expect(TrellisCommand.message(for: error).contains("not both"))
        }
    }

    @Test func runRequiresFilesOrQuery() {
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["run"]) }
        do {
            _ = try TrellisCommand.parseAsRoot(["run", "--continue-on-error"])
        } catch {
            #expect(TrellisCommand.message(for: error).contains("-c QUERY"))
        }
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["--frobnicate"]) }
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["run", "--frobnicate", "a"]) }
        #expect(throws: (any Error).self) { try TrellisCommand.parseAsRoot(["a.trellis", "b.trellis"]) }
    }

    @Test func subcommandNamesAreNotTakenForADatabase() {
        #expect(ObjectIdentifier(SubcommandRouter.route(["run", "a"]).root) == ObjectIdentifier(TrellisSubcommands.self))
        #expect(ObjectIdentifier(SubcommandRouter.route(["help", "run"]).root) == ObjectIdentifier(TrellisSubcommands.self))
        #expect(SubcommandRouter.route(["help"]).arguments == ["--help"])
        #expect(ObjectIdentifier(SubcommandRouter.route(["./run"]).root) == ObjectIdentifier(TrellisCommand.self))
        #expect(ObjectIdentifier(SubcommandRouter.route([]).root) == ObjectIdentifier(TrellisCommand.self))
    }

    @Test func helpDocumentsTheContract() {
        let help = TrellisCommand.helpMessage()
        for text in ["trellis [DB] [-c QUERY] [--format F] [--init FILE]",
                     "trellis run [--db DB] [--read-only] [--continue-on-error] [--format F] [--max-statement-size SIZE] (FILE... | -c QUERY)",
                     "--max-statement-size", "InvalidUTF8", "StatementTooLong", "openCypher family", "--format", "jsonl", "--init", "<stdin>", "<command>",
                     "--read-only", "CHECKPOINT", "run"] {
            #expect(help.contains(text), "help lacks \(text)")
        }
        let runHelp = TrellisCommand.helpMessage(for: RunCommand.self)
        for text in ["--continue-on-error", "--read-only", "--db", "-c, --command"] {
            #expect(runHelp.contains(text), "run help lacks \(text)")
        }
    }
}
