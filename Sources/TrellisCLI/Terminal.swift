import Trellis
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the program can tell about the terminal it runs in.
enum Terminal {
    /// Whether standard input is a terminal.
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The width of the terminal standard output writes to; nil when it is not a terminal.
    static func outputWidth() -> Int? {
        guard standardOutputIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 {
            return columns
        }
        return nil
    }

    /// Whether the locale asks for UTF-8 (`LC_ALL`, else `LC_CTYPE`, else `LANG`).
    static var localeIsUTF8: Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let raw = getenv(name) else { continue }
            let value = String(cString: raw)
            if value.isEmpty { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8")
        }
        return false
    }

    /// Box-drawing tables on a UTF-8 terminal, plain ASCII anywhere else (files, pipes).
    static func tableStyle() -> TableStyle {
        standardOutputIsTerminal && localeIsUTF8 ? .unicode : .ascii
    }
}
