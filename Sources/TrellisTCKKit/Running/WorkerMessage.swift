import Foundation

/// One line a worker process writes per scenario when feature files run in child processes.
///
/// Lines carry a fixed prefix so that anything else the engine prints to standard output is
/// told apart and ignored.
public struct WorkerMessage: Sendable, Hashable, Codable {
    /// The prefix of every protocol line.
    public static let prefix = "TCK-OUTCOME "

    /// Index of the scenario among the file's runnable scenarios.
    public var index: Int
    public var outcome: ScenarioOutcome

    public init(index: Int, outcome: ScenarioOutcome) {
        self.index = index
        self.outcome = outcome
    }

    /// The message as one protocol line, without the line break.
    public func line() -> String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return Self.prefix + String(decoding: data, as: UTF8.self)
    }

    /// The message a protocol line carries; nil for any other line.
    public init?(line: String) {
        guard line.hasPrefix(Self.prefix),
              let message = try? JSONDecoder().decode(WorkerMessage.self, from: Data(line.dropFirst(Self.prefix.count).utf8))
        else { return nil }
        self = message
    }
}
