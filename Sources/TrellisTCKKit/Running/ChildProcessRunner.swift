import Foundation

/// Runs the scenarios of one feature file in a child process of the runner's own executable,
/// so that an engine crash costs only the scenario that crashed: the child is started again
/// for the scenarios after it.
public struct ChildProcessRunner: Sendable {
    /// The executable to start, normally the runner itself.
    public var executable: URL
    /// The child's arguments for running the given scenario indices of a file.
    public var arguments: @Sendable (FeatureFile, [Int]) -> [String]
    /// How long to wait for the next scenario's outcome before the child is stopped.
    public var silenceLimit: Double

    public init(executable: URL, silenceLimit: Double, arguments: @escaping @Sendable (FeatureFile, [Int]) -> [String]) {
        self.executable = executable
        self.silenceLimit = silenceLimit
        self.arguments = arguments
    }

    /// The outcome of every index in `indices`; scenarios not finished by `deadline` fail as not run.
    public func run(_ file: FeatureFile, indices: [Int], deadline: Date? = nil) -> [Int: ScenarioOutcome] {
        var outcomes: [Int: ScenarioOutcome] = [:]
        var remaining = indices
        while !remaining.isEmpty {
            if let deadline, deadline.timeIntervalSinceNow <= 0 {
                for index in remaining { outcomes[index] = ConformanceRunner.notRunOutcome }
                return outcomes
            }
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments(file, remaining)
            let pipe = Pipe()
            process.standardOutput = pipe
            do {
                try process.run()
            } catch {
                for index in remaining { outcomes[index] = .failed("cannot start worker process: \(error)") }
                return outcomes
            }
            let reader = LineReader(pipe.fileHandleForReading)
            var stoppedForSilence = false
            var stoppedForDeadline = false
            reading: while true {
                let untilDeadline = deadline.map { max(0, $0.timeIntervalSinceNow) } ?? .infinity
                let wait = min(silenceLimit, untilDeadline)
                switch reader.next(timeout: wait) {
                case .line(let line):
                    guard let message = WorkerMessage(line: line) else { continue }
                    outcomes[message.index] = message.outcome
                    remaining.removeAll { $0 == message.index }
                case .end:
                    break reading
                case .timedOut:
                    if wait < silenceLimit { stoppedForDeadline = true } else { stoppedForSilence = true }
                    Self.stop(process)
                    break reading
                }
            }
            process.waitUntilExit()
            guard let unfinished = remaining.first else { break }
            if stoppedForDeadline {
                for index in remaining { outcomes[index] = ConformanceRunner.notRunOutcome }
                return outcomes
            }
            if stoppedForSilence {
                outcomes[unfinished] = .failed("worker process stopped after \(Seconds.text(silenceLimit)) without an outcome")
            } else {
                let how = process.terminationReason == .uncaughtSignal
                    ? "signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)"
                outcomes[unfinished] = .failed("engine crashed (\(how))")
            }
            remaining.removeFirst()
        }
        return outcomes
    }

    /// Kills the child: it holds no state worth a graceful shutdown.
    private static func stop(_ process: Process) {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
