import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal of its own, driven like a person at a keyboard:
/// keys are written to the terminal, and what the program writes is applied to a
/// ``VirtualScreen`` that the test reads.
///
/// The program is the leader of a new session with the terminal as its controlling terminal,
/// so Ctrl-C reaches it as SIGINT, as it does in a terminal window.
final class TerminalSession {
    /// Keys with a meaning of their own.
    enum Key: String {
        case enter = "\r"
        case tab = "\t"
        case up = "\u{1B}[A"
        case down = "\u{1B}[B"
        case controlC = "\u{03}"
        case controlD = "\u{04}"
        case controlU = "\u{15}"
    }

    /// The screen's state so far.
    private(set) var screen: VirtualScreen
    let processID: pid_t
    private let controller: Int32
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and exactly `environment`, in a terminal of `rows` by `columns`.
    init(executable: String, arguments: [String], environment: [String: String], rows: Int = 40,
         columns: Int = 120) throws {
        let pty = try PseudoTerminal.open(rows: rows, columns: columns)
        controller = pty.controller
        screen = VirtualScreen(rows: rows, columns: columns)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after the new session starts, the terminal becomes the session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, pty.devicePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, pty.controller)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGINT)
        sigaddset(&defaultSignals, SIGPIPE)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(PseudoTerminal.spawnNewSession | POSIX_SPAWN_SETSIGDEF
                                                    | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(controller)
            throw TerminalSessionError.cannotStart(executable, String(cString: strerror(status)))
        }
        processID = pid
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(controller)
    }

    /// Types `text` (`\r` is Enter, `\t` is Tab).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            written += count
        }
    }

    /// Presses `key`.
    func press(_ key: Key) { type(key.rawValue) }

    /// Waits until `condition` holds for the screen, reading what the program writes meanwhile.
    /// - Returns: The screen's text when it held.
    /// - Throws: ``TerminalSessionError/timedOut(_:screen:)`` with the screen as it was.
    @discardableResult
    func waitUntil(_ description: String, timeout: Duration = .seconds(15),
                   _ condition: (VirtualScreen) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !condition(screen) {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { throw TerminalSessionError.timedOut(description, screen: screen.history) }
            let milliseconds = Int32(min(remaining.components.seconds * 1000 + 1, 200))
            readAvailable(waitingUpTo: milliseconds)
        }
        return screen.text
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitForText(_ text: String, timeout: Duration = .seconds(15)) throws -> String {
        try waitUntil("the screen to show \"\(text)\"", timeout: timeout) { $0.text.contains(text) }
    }

    /// Waits until the cursor's line is exactly `line` (trailing spaces aside), such as an empty prompt.
    @discardableResult
    func waitForCursorLine(_ line: String, timeout: Duration = .seconds(15)) throws -> String {
        let wanted = line.withoutTrailingSpaces
        return try waitUntil("the cursor line to be \"\(line)\"", timeout: timeout) { $0.cursorLine == wanted }
    }

    /// Waits for the program to end; returns its exit status, or nil when it did not end in time.
    func waitForExit(timeout: Duration = .seconds(15)) -> Int32? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            readAvailable(waitingUpTo: 20)
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result < 0, errno == ECHILD {
                Issue.record("the program \(processID) was reaped by someone else")
                return nil
            }
            if result == processID {
                let exited = status & 0x7F == 0
                exitStatus = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                readAvailable(waitingUpTo: 0)
                return exitStatus
            }
        }
        return nil
    }

    private func readAvailable(waitingUpTo milliseconds: Int32) {
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(controller, &buffer, buffer.count)
        if count > 0 { screen.feed(Array(buffer[..<count])) }
    }
}
