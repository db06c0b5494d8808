import ArgumentParser
import Trellis

/// Runs statements against a database, printing each result as soon as it completes and
/// reporting errors compiler-style.
struct ScriptRunner {
    let database: Database
    let printer: ResultPrinter
    let reporter: ErrorReporter

    /// Runs every statement of `source` in order.
    ///
    /// - Parameters:
    ///   - continueOnError: Report an error and go on with the next statement, instead of stopping.
    ///   - printsResults: Whether results are printed; errors are always reported.
    /// - Returns: Whether every statement succeeded.
    func run(_ source: ScriptSource, continueOnError: Bool = false, printsResults: Bool = true) -> Bool {
        if continueOnError {
            var succeeded = true
            for statement in StatementSplitter.split(source.text).statements {
                if !run(statement, sourceName: source.name, source: source.text, printsResult: printsResults) {
                    succeeded = false
                }
            }
            return succeeded
        }
        do {
            try database.executeScript(source.text) { result in
                if printsResults { printer.print(result) }
            }
            return true
        } catch {
            reporter.report(error, sourceName: source.name, source: source.text)
            return false
        }
    }

    /// Runs one statement found in `source`; errors are reported at their place in `source`.
    /// - Returns: Whether the statement succeeded.
    func run(_ statement: ScriptStatement, sourceName: String, source: String, printsResult: Bool = true) -> Bool {
        do {
            let result = try database.execute(statement.text)
            if printsResult { printer.print(result) }
            return true
        } catch let error as TrellisError {
            reporter.report(statement.relocating(error), sourceName: sourceName, source: source)
            return false
        } catch {
            reporter.report(error, sourceName: sourceName, source: source)
            return false
        }
    }
}

extension ScriptRunner {
    /// Runs the script at `path` showing only its errors (as `--init` does); a script that cannot
    /// be read or that fails ends the command with exit status 1.
    func runQuietly(scriptAt path: String) throws {
        let source: ScriptSource
        do {
            source = try ScriptSource.file(at: path)
        } catch {
            reporter.report(String(describing: error))
            throw ExitCode.failure
        }
        guard run(source, printsResults: false) else { throw ExitCode.failure }
    }
}
