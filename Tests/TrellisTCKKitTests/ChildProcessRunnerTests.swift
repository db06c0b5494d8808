import Foundation
import Testing
@testable import TrellisTCKKit

/// Child-process runs, with a shell script standing in for the worker executable.
@Suite struct ChildProcessRunnerTests {
    private let file = FeatureFile(url: URL(fileURLWithPath: "/nonexistent/X.feature"), relativePath: "a/b/X.feature")

    /// A worker that passes every index, except that it kills itself on `crashOn` and hangs on `hangOn`
    /// (by becoming `sleep`, so that like the real worker it is a single process).
    private func worker(crashOn: Int? = nil, hangOn: Int? = nil, silenceLimit: Double = 20) -> ChildProcessRunner {
        ChildProcessRunner(executable: URL(fileURLWithPath: "/bin/sh"), silenceLimit: silenceLimit) { _, indices in
            let script = indices.map { index -> String in
                if index == crashOn { return "kill -SEGV $$" }
                if index == hangOn { return "exec sleep 30" }
                let line = WorkerMessage(index: index, outcome: .passed()).line()
                return "echo 'engine chatter'; echo '\(line)'"
            }.joined(separator: "; ")
            return ["-c", script]
        }
    }

    @Test func collectsEveryOutcome() {
        let outcomes = worker().run(file, indices: [0, 1, 2])
        #expect(outcomes.keys.sorted() == [0, 1, 2])
        #expect(outcomes.values.allSatisfy { $0.status == .passed })
    }

    @Test func aCrashFailsOnlyTheScenarioThatCrashed() {
        let outcomes = worker(crashOn: 1).run(file, indices: [0, 1, 2, 3])
        #expect(outcomes[0]?.status == .passed)
        #expect(outcomes[1]?.status == .failed)
        #expect(outcomes[1]?.detail?.hasPrefix("engine crashed (signal") == true)
        #expect(outcomes[2]?.status == .passed)
        #expect(outcomes[3]?.status == .passed)
    }

    @Test func aSilentWorkerIsStopped() {
        let outcomes = worker(hangOn: 1, silenceLimit: 0.5).run(file, indices: [0, 1, 2])
        #expect(outcomes[0]?.status == .passed)
        #expect(outcomes[1]?.detail?.hasPrefix("worker process stopped after") == true)
        #expect(outcomes[2]?.status == .passed)
    }

    @Test func thePastDeadlineRunsNothing() {
        let outcomes = worker().run(file, indices: [0, 1], deadline: Date().addingTimeInterval(-1))
        #expect(outcomes[0] == ConformanceRunner.notRunOutcome)
        #expect(outcomes[1] == ConformanceRunner.notRunOutcome)
    }
}
