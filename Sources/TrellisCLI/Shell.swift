import Trellis
import TrellisServe

/// The interactive shell: reads statements and meta commands, runs them, shows results.
///
/// - A statement ends at a `;` outside strings and comments and may span lines (the prompt
///   changes to ``continuationPrompt``); an empty line runs a statement typed without `;`.
/// - Lines starting with `:` at the start of a statement are meta commands (``MetaCommand``).
/// - Ctrl-C while a statement runs cancels it; at the prompt it clears what was typed.
///   Ctrl-D on an empty line leaves.
/// - Errors are shown with a caret under the offending text, and the shell carries on.
final class Shell {
    /// The prompt for a new statement.
    static let prompt = "trellis> "
    /// The prompt for a statement's further lines.
    static let continuationPrompt = "   ...> "

    /// Where lines come from.
    let reader: any LineReader
    /// The database statements run against.
    private(set) var database: Database
    /// Shows results.
    let presenter: ResultPresenter
    /// Where errors go (standard error).
    let errors: any TextSink
    /// How errors look.
    let diagnostics: ShellDiagnostics
    /// The names Tab completes.
    let vocabulary: DatabaseVocabulary
    /// Opens and saves database files.
    var databaseFiles: any DatabaseFiles
    /// Values of `$name` parameters, set with `:param`.
    private(set) var parameters: [String: Value] = [:]
    /// A note printed when the shell starts, such as the script it was initialised with.
    var greeting: String?
    /// The width output is fitted to.
    var terminalWidth: () -> Int? = { nil }

    init(reader: any LineReader, database: Database, presenter: ResultPresenter, errors: any TextSink,
         style: TerminalStyle = .plain, databaseFiles: any DatabaseFiles = CommandLineDatabaseFiles()) {
        self.reader = reader
        self.database = database
        self.presenter = presenter
        self.errors = errors
        self.diagnostics = ShellDiagnostics(style: style)
        self.databaseFiles = databaseFiles
        self.vocabulary = DatabaseVocabulary(database: database)
        vocabulary.parameterNamesProvider = { [weak self] in self?.parameters.keys.sorted() ?? [] }
    }

    /// The shell on the terminal: libedit line editing with completion and `~/.trellis_history`,
    /// results fitted to the window, colour where the terminal allows it.
    static func interactive(database: Database, format: OutputFormat, greeting: String?) -> Shell {
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath())
        let presenter = ResultPresenter(mode: ShellOutputMode(format), terminal: FileDescriptorOutput.standardOutput(),
                                        terminalWidth: Terminal.outputWidth, tableStyle: Terminal.tableStyle())
        let shell = Shell(reader: editor, database: database, presenter: presenter,
                          errors: FileDescriptorOutput.standardError(), style: .detect())
        shell.greeting = greeting
        shell.terminalWidth = Terminal.outputWidth
        let completer = Completer(vocabulary: shell.vocabulary)
        editor.completer = { completer.complete($0) }
        return shell
    }

    /// Reads and runs statements and commands until `:quit` or the end of input.
    func run() {
        presenter.write("Trellis, a query language in the openCypher family. End statements with ';'.\n"
                        + "Type :help for help, Tab to complete, Ctrl-D to leave.\n")
        if let greeting { presenter.write(greeting + "\n") }
        var buffer = StatementBuffer()
        while true {
            let prompt = buffer.isEmpty ? Self.prompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt, pendingText: buffer.text) {
            case .endOfInput:
                presenter.write("\n")
                return
            case .interrupted:
                buffer.clear()
            case .invalid(let error, let shown):
                // The statement being typed is dropped with the line: it cannot be what was meant.
                buffer.clear()
                report(diagnostics.render(error, source: shown))
            case .line(let line):
                if buffer.isEmpty, line.trimmingWhitespace().hasPrefix(":") {
                    let command = line.trimmingWhitespace()
                    reader.addHistory(command)
                    guard perform(command) else { return }
                    continue
                }
                guard case .ready(let source, let statements) = buffer.add(line) else { continue }
                HistoryEntry.entries(for: statements).forEach(reader.addHistory)
                runTyped(statements, in: source)
            }
        }
    }

    // MARK: - Statements

    /// Runs statements typed at the prompt, stopping at the first that fails or is cancelled.
    func runTyped(_ statements: [ScriptStatement], in source: String) {
        for statement in statements {
            let succeeded = execute(statement.text) { error in
                let located = (error as? TrellisError).map { statement.relocating($0) as any Error } ?? error
                report(diagnostics.render(located, source: source))
            }
            if !succeeded { return }
        }
    }

    /// Runs `text`, showing its result; `reportError` shows a failure.
    /// - Returns: Whether it succeeded and was not interrupted.
    private func execute(_ text: String, reportError: (any Error) -> Void) -> Bool {
        let outcome = StatementExecution(database: database).run(text, parameters: parameters)
        vocabulary.invalidate()
        switch outcome.result {
        case .success(let result):
            presenter.present(result, elapsed: outcome.elapsed)
            return !outcome.wasInterrupted
        case .failure(let error):
            reportError(error)
            return false
        }
    }

    private func report(_ text: String) {
        errors.write(text)
        errors.flush()
    }

    private func note(_ text: String) {
        presenter.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    // MARK: - Meta commands

    /// Carries out a line starting with `:`.
    /// - Returns: False when the shell should end.
    func perform(_ line: String) -> Bool {
        let command: MetaCommand
        do {
            command = try MetaCommand.parse(line)
        } catch {
            report(diagnostics.render(message: error.description))
            return true
        }
        switch command {
        case .quit:
            return false
        case .help(let topic):
            showHelp(topic)
        case .schema:
            note(SchemaPrinter(style: diagnostics.style, width: terminalWidth()).render(database.schemaSummary(), rules: database.schema))
        case .open(let path):
            do {
                database = try databaseFiles.open(path: PathCompleter.expandingTilde(path))
                vocabulary.database = database
                note("Opened \(path).")
            } catch {
                report(diagnostics.render(message: String(describing: error)))
                note("The shell goes on with the database it had.")
            }
        case .save(let path):
            do {
                let saved = try databaseFiles.save(database, to: path.map(PathCompleter.expandingTilde))
                note("Saved to \(saved).")
            } catch {
                report(diagnostics.render(message: String(describing: error)))
            }
        case .read(let path):
            readScript(path)
        case .mode(let mode):
            if let mode { presenter.mode = mode }
            note("Mode \(presenter.mode.rawValue): \(presenter.mode.summary).")
        case .output(let path):
            redirectOutput(to: path)
        case .timer(let enabled):
            if let enabled { presenter.timerEnabled = enabled }
            note("The timer is \(presenter.timerEnabled ? "on" : "off").")
        case .rows(let limit):
            if let limit { presenter.rowLimit = limit }
            note(presenter.rowLimit.map { "Up to \(ResultPresenter.count($0, "row is", "rows are")) shown on the terminal." }
                 ?? "Every row is shown on the terminal.")
        case .setParameter(let name, let expression):
            setParameter(name, to: expression)
        case .listParameters:
            listParameters()
        case .clearParameters:
            parameters.removeAll()
            note("Cleared the parameters.")
        case .explain(let query):
            explain(query)
        case .dot(let query):
            dot(query)
        }
        return true
    }

    private func showHelp(_ topic: String?) {
        guard let topic else {
            note(Self.generalHelp)
            return
        }
        if let text = HelpTopics.text(for: topic, procedures: database.callableProcedures) {
            note(text)
            return
        }
        let suggestions = HelpTopics.suggestions(for: topic)
        let hint = suggestions.isEmpty ? "type :help for the topics" : "perhaps " + suggestions.joined(separator: ", ")
        report(diagnostics.render(message: "no help on \(topic); \(hint)"))
    }

    /// The text of `:help`.
    static var generalHelp: String {
        let commands = MetaCommand.descriptions.map { "  " + $0.usage.padding(to: 22) + $0.summary }
        let topics = HelpTopics.language.map(\.name).joined(separator: ", ")
        return """
            Type statements in a query language of the openCypher family, ending each with ';'.
            A statement may span lines; an empty line also runs what has been typed.

              Tab        complete keywords, functions, labels, types, property keys and values
                         (after name: ' it completes existing names)
              Up, Down   earlier statements, also from earlier sessions; Ctrl-R searches them
              Ctrl-C     cancel the running statement, or clear what has been typed
              Ctrl-D     leave (on an empty line)

            Commands:
            \(commands.joined(separator: "\n"))

            Help on the language: :help TOPIC, where TOPIC is one of
            \(topics.wrapped(width: 78, indent: "  "))
            or a function, e.g. :help toUpper, :help date.

            """
    }

    private func readScript(_ path: String) {
        let source: ScriptSource
        do {
            source = try ScriptSource.file(at: PathCompleter.expandingTilde(path))
        } catch {
            report(diagnostics.render(message: String(describing: error)))
            return
        }
        let split = StatementSplitter.split(source.text)
        var count = 0
        for statement in split.statements {
            let succeeded = execute(statement.text) { error in
                let located = (error as? TrellisError).map { statement.relocating($0) as any Error } ?? error
                report(diagnostics.renderInScript(located, sourceName: path, source: source.text))
            }
            guard succeeded else {
                note("Stopped \(path) after \(ResultPresenter.count(count, "statement", "statements")).")
                return
            }
            count += 1
        }
        note("Ran \(ResultPresenter.count(count, "statement", "statements")) from \(path).")
    }

    private func redirectOutput(to path: String?) {
        guard let path else {
            presenter.redirect(to: nil)
            note("Results go to the terminal.")
            return
        }
        do {
            let file = try OutputFile(path: PathCompleter.expandingTilde(path))
            presenter.redirect(to: (path, file))
            note("Results go to \(path) (:output alone sends them to the terminal again).")
        } catch {
            report(diagnostics.render(message: String(describing: error)))
        }
    }

    private func setParameter(_ name: String, to expression: String) {
        do {
            let value = try database.evaluate(expression, parameters: parameters)
            parameters[name] = value
            vocabulary.invalidate()
            note("$\(name) = \(ValueRenderer().literal(value))")
        } catch {
            report(diagnostics.render(error, source: expression))
        }
    }

    private func listParameters() {
        guard !parameters.isEmpty else {
            note("No parameters are set; set one with :param name => value.")
            return
        }
        let renderer = ValueRenderer()
        note(parameters.keys.sorted().map { "$\($0) = \(renderer.literal(parameters[$0]!))" }.joined(separator: "\n"))
    }

    /// Runs `query` and writes its nodes, relationships and paths as DOT.
    private func dot(_ query: String) {
        var text = query.trimmingWhitespace()
        while text.hasSuffix(";") { text.removeLast() }
        let outcome = StatementExecution(database: database).run(text, parameters: parameters)
        vocabulary.invalidate()
        switch outcome.result {
        case .success(let result): note(DotExporter.dot(for: result))
        case .failure(let error): report(diagnostics.render(error, source: text))
        }
    }

    private func explain(_ query: String) {
        var text = query.trimmingWhitespace()
        while text.hasSuffix(";") { text.removeLast() }
        let prefix = "EXPLAIN "
        _ = execute(prefix + text) { error in
            var shifted = error
            if var located = error as? TrellisError, let range = located.range {
                located.range = SourceRange(start: range.start.movedBack(over: prefix),
                                            end: range.end.movedBack(over: prefix))
                shifted = located
            }
            report(diagnostics.render(shifted, source: text))
        }
    }
}
