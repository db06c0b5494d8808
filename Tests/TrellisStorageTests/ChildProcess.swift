import Foundation

/// The `trellis-crashwriter` program built beside the tests, run as a child process whose
/// standard output is collected line by line while it runs.
final class ChildProcess {
    /// The program, looked for next to the test bundle.
    static let program: URL? = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("trellis-crashwriter")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// What the reading threads collect.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var _lines: [String] = []
        private var _finished = false
        private var _errorText = ""
        var lines: [String] { lock.withLock { _lines } }
        var finished: Bool { lock.withLock { _finished } }
        var errorText: String { lock.withLock { _errorText } }
        func append(_ line: String) { lock.withLock { _lines.append(line) } }
        func finish() { lock.withLock { _finished = true } }
        func setErrorText(_ text: String) { lock.withLock { _errorText = text } }
    }

    private let process: Process
    private let input: Pipe
    private let collected = Collected()

    init(_ arguments: [String]) throws {
        guard let program = ChildProcess.program else { throw ChildProcessError("the trellis-crashwriter program has not been built") }
        process = Process()
        process.executableURL = program
        process.arguments = arguments
        input = Pipe()
        let output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let reading = output.fileHandleForReading
        let collected = self.collected
        Thread.detachNewThread {
            var pending = Data()
            while true {
                let chunk = reading.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    collected.append(line)
                }
            }
            collected.finish()
        }
        let errorReading = error.fileHandleForReading
        Thread.detachNewThread {
            let data = errorReading.readDataToEndOfFile()
            collected.setErrorText(String(decoding: data, as: UTF8.self))
        }
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// The lines printed so far.
    var output: [String] { collected.lines }

    /// What the child wrote to standard error (complete once it has exited).
    var errorOutput: String { collected.errorText }

    /// Waits until the child has printed `line` (true), or exited or `timeout` passed (false).
    func waitFor(_ line: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if output.contains(line) { return true }
            if !process.isRunning && collected.finished { return output.contains(line) }
            Thread.sleep(forTimeInterval: 0.001)
        }
        return false
    }

    /// Kills the child with SIGKILL and waits until it is gone and its output is read.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        finish()
    }

    /// Ends the child's standard input.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits for the child to exit and its output to be read.
    func finish() {
        process.waitUntilExit()
        while !collected.finished { Thread.sleep(forTimeInterval: 0.001) }
    }

    var terminationStatus: Int32 { process.terminationStatus }
    var wasKilled: Bool { process.terminationReason == .uncaughtSignal }
}

struct ChildProcessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
