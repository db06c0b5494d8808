/// Why a terminal session could not go on.
enum TerminalSessionError: Error, CustomStringConvertible {
    case cannotOpenTerminal(String)
    case cannotStart(String, String)
    case timedOut(String, screen: String)

    var description: String {
        switch self {
        case .cannotOpenTerminal(let reason): "cannot open a pseudo-terminal: \(reason)"
        case .cannotStart(let program, let reason): "cannot start \(program): \(reason)"
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen showed:\n\(screen)"
        }
    }
}
