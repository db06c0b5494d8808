import ArgumentParser
import Foundation
import Trellis

/// `trellis new [--partnership] FILE`: creates a database file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a database file.",
        usage: "trellis new [--partnership] FILE",
        discussion: """
            Creates FILE as an empty database (an error when FILE exists). With --partnership the \
            database enforces the partnership schema: School.urn, Authority.code, Partnership.id and the \
            other keys are required and unique, properties have their types and allowed values (a \
            school's phase, a review's status...), and relationships connect only the labels they are \
            meant for, such as (:School)-[:IN_AUTHORITY]->(:Authority). A statement that breaks a rule \
            fails and changes nothing. `:schema` in the shell and CALL trellis.schema() show the rules.
            """)

    @Flag(help: "Enforce the partnership schema.")
    var partnership = false

    @Argument(help: ArgumentHelp("The database file to create.", valueName: "FILE"))
    var file: String

    mutating func run() throws {
        let reporter = ErrorReporter()
        if FileManager.default.fileExists(atPath: file) {
            reporter.report("\(file): error: a file is already there; `trellis \(file)` opens it")
            throw ExitCode.failure
        }
        do {
            let database = try Database(path: file)
            if partnership { try database.apply(.partnership) }
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
        let output = FileDescriptorOutput.standardOutput()
        output.write("Created \(file)" + (partnership ? " with the partnership schema.\n" : ".\n"))
        output.flush()
    }
}
