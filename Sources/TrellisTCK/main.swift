import ArgumentParser
import Foundation
import Trellis
import TrellisTCKKit

/// `trellis-tck`: runs openCypher TCK feature files against Trellis and reports conformance.
struct TrellisTCKCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trellis-tck",
        abstract: "Measures Trellis against the openCypher TCK feature files.",
        discussion: """
            Prints a passed/failed table per folder and ends with the line `N passed, N failed` \
            (plus `, N skipped` when scenarios marked @ignore were skipped). Exits with status 0 \
            when at least --min-pass scenarios passed.
            """
    )

    @Flag(name: .long, help: "Print one line per failing scenario: file, scenario title, first difference.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("The least number of passing scenarios for exit status 0.", valueName: "n"))
    var minPass = 0

    @Option(name: .long, help: ArgumentHelp("Run only scenarios whose 'path: title' contains this text.", valueName: "substring"))
    var filter: String?

    @Option(name: .long, help: ArgumentHelp("The named-graphs directory (default: <features root>/../graphs).", valueName: "dir"))
    var graphs: String?

    @Option(name: .long, help: ArgumentHelp("Write every scenario's outcome to this JSON file.", valueName: "file"))
    var json: String?

    @Flag(name: .long, help: "Run each feature file in a child process, so that an engine crash fails only its scenario.")
    var isolate = false

    @Option(name: .long, help: ArgumentHelp("Per-scenario time limit in seconds.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(name: .long, help: ArgumentHelp("Total time limit in seconds; scenarios not reached by then fail as not run.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(name: .long, help: .hidden)
    var workerIndices: String?

    @Argument(help: ArgumentHelp("Feature directories or files.", valueName: "dir"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one features directory.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive.") }
        guard timeLimit.map({ $0 > 0 }) ?? true else { throw ValidationError("--time-limit must be positive.") }
        guard minPass >= 0 else { throw ValidationError("--min-pass must not be negative.") }
    }

    func run() throws {
        let runner = ConformanceRunner(
            scenarioRunner: ScenarioRunner(graphs: NamedGraphs(directory: graphsDirectory())) { Database() },
            execution: isolate && workerIndices == nil ? .childProcesses(childProcessRunner()) : .inProcess,
            timeoutSeconds: timeout,
            filter: filter,
            deadline: timeLimit.map { Date().addingTimeInterval($0) }
        )
        if let workerIndices {
            let indices = workerIndices.split(separator: ",").compactMap { Int($0) }
            let url = URL(fileURLWithPath: paths[0])
            try runner.runAsWorker(FeatureFile(url: url, relativePath: url.lastPathComponent), indices: indices)
            return
        }

        let files = try FeatureDiscovery.featureFiles(in: paths)
        let records = runner.run(files) { record in
            if verbose && record.outcome.status == .failed { print(record.failureLine) }
        }
        let report = ConformanceReport(records: records)
        if let json {
            try report.json().write(to: URL(fileURLWithPath: json))
        }
        if verbose && !report.failureLines.isEmpty { print("") }
        print(report.folderTable)
        let passed = report.totals.passed
        if passed < minPass {
            FileHandle.standardError.write(Data("only \(passed) scenarios passed, fewer than --min-pass \(minPass)\n".utf8))
        }
        print(report.headingLine)
        print(report.summaryLine)
        if passed < minPass { throw ExitCode.failure }
    }

    private func graphsDirectory() -> URL {
        if let graphs { return URL(fileURLWithPath: graphs) }
        let root = FeatureDiscovery.featuresRoot(for: URL(fileURLWithPath: paths[0]))
        return root.deletingLastPathComponent().appendingPathComponent("graphs", isDirectory: true)
    }

    private func childProcessRunner() -> ChildProcessRunner {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let graphsPath = graphsDirectory().path
        let timeout = timeout
        return ChildProcessRunner(executable: executable, silenceLimit: timeout * 2 + 10) { file, indices in
            ["--worker-indices", indices.map(String.init).joined(separator: ","),
             "--graphs", graphsPath, "--timeout", String(timeout), file.url.path]
        }
    }
}

TrellisTCKCommand.main()
