import Foundation

/// Runs feature files and collects one ``ScenarioRecord`` per selected scenario.
public struct ConformanceRunner: Sendable {
    /// Where scenarios run.
    public enum Execution: Sendable {
        /// In this process; a scenario that overruns its time limit is abandoned and failed.
        case inProcess
        /// One child process per feature file, restarted after a crash.
        case childProcesses(ChildProcessRunner)
    }

    public var scenarioRunner: ScenarioRunner
    public var execution: Execution
    /// Per-scenario time limit in seconds.
    public var timeoutSeconds: Double
    /// When set, only scenarios whose `path: title` contains this text are run or counted.
    public var filter: String?
    /// When set, scenarios not finished by this moment fail as not run, bounding the whole run.
    public var deadline: Date?

    public init(scenarioRunner: ScenarioRunner, execution: Execution = .inProcess, timeoutSeconds: Double = 30,
                filter: String? = nil, deadline: Date? = nil) {
        self.scenarioRunner = scenarioRunner
        self.execution = execution
        self.timeoutSeconds = timeoutSeconds
        self.filter = filter
        self.deadline = deadline
    }

    /// The outcome of a scenario the run had no time left for.
    public static let notRunOutcome = ScenarioOutcome.failed("not run: the run's time limit was reached")

    /// Runs every selected scenario of `files`, handing each record to `onRecord` as it is made.
    public func run(_ files: [FeatureFile], onRecord: (ScenarioRecord) -> Void = { _ in }) -> [ScenarioRecord] {
        var records: [ScenarioRecord] = []
        func add(_ record: ScenarioRecord) {
            records.append(record)
            onRecord(record)
        }
        for file in files {
            let scenarios: [Scenario]
            do {
                scenarios = try file.scenarios()
            } catch {
                let title = "(feature file)"
                if isSelected("\(file.relativePath): \(title)") {
                    let line = (error as? GherkinParseError)?.line ?? 0
                    add(ScenarioRecord(path: file.relativePath, folder: file.folder, title: title, line: line,
                                       outcome: .failed("cannot read feature file: \(OneLine.text(String(describing: error)))")))
                }
                continue
            }
            let selected = scenarios.indices.filter { isSelected(scenarios[$0], in: file) }
            let toRun = selected.filter { !scenarios[$0].isMarkedIgnored }
            let outcomes = outcomes(of: scenarios, indices: toRun, in: file)
            for index in selected {
                let scenario = scenarios[index]
                let outcome = scenario.isMarkedIgnored
                    ? scenarioRunner.run(scenario)
                    : outcomes[index] ?? .failed("no outcome reported")
                add(ScenarioRecord(path: file.relativePath, folder: file.folder, title: scenario.title,
                                   line: scenario.line, outcome: outcome))
            }
        }
        return records
    }

    /// True when the filter (if any) occurs in `path: title`.
    public func isSelected(_ scenario: Scenario, in file: FeatureFile) -> Bool {
        isSelected("\(file.relativePath): \(scenario.title)")
    }

    private func isSelected(_ name: String) -> Bool {
        guard let filter, !filter.isEmpty else { return true }
        return name.contains(filter)
    }

    private func outcomes(of scenarios: [Scenario], indices: [Int], in file: FeatureFile) -> [Int: ScenarioOutcome] {
        guard !indices.isEmpty else { return [:] }
        switch execution {
        case .childProcesses(let children):
            return children.run(file, indices: indices, deadline: deadline)
        case .inProcess:
            var outcomes: [Int: ScenarioOutcome] = [:]
            runInProcess(scenarios, indices: indices) { outcomes[$0] = $1 }
            return outcomes
        }
    }

    /// Runs the scenarios at `indices` in this process, one at a time under the time limit.
    public func runInProcess(_ scenarios: [Scenario], indices: [Int], onOutcome: (Int, ScenarioOutcome) -> Void) {
        let runner = scenarioRunner
        for index in indices {
            let scenario = scenarios[index]
            let remaining = deadline.map { $0.timeIntervalSinceNow } ?? .infinity
            guard remaining > 0 else {
                onOutcome(index, Self.notRunOutcome)
                continue
            }
            let limit = min(timeoutSeconds, remaining)
            let outcome = TimeoutGuard.run(seconds: limit) { runner.run(scenario) }
                ?? (limit < timeoutSeconds ? Self.notRunOutcome
                    : .failed("timed out after \(Seconds.text(timeoutSeconds))", seconds: timeoutSeconds))
            onOutcome(index, outcome)
        }
    }

    /// The worker side of ``Execution/childProcesses(_:)``: runs the scenarios at `indices`
    /// of `file` and writes one ``WorkerMessage`` line per scenario to standard output.
    public func runAsWorker(_ file: FeatureFile, indices: [Int]) throws {
        let scenarios = try file.scenarios()
        let valid = indices.filter { scenarios.indices.contains($0) }
        runInProcess(scenarios, indices: valid) { index, outcome in
            FileHandle.standardOutput.write(Data((WorkerMessage(index: index, outcome: outcome).line() + "\n").utf8))
        }
    }
}
