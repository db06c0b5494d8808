#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Statements to run and the name diagnostics give them: a script's path, `<stdin>` or `<command>`.
struct ScriptSource: Sendable, Hashable {
    /// The name shown in diagnostics.
    var name: String
    /// The statements, `;`-separated.
    var text: String

    /// The name diagnostics use for standard input.
    static let standardInputName = "<stdin>"
    /// The name diagnostics use for a query given with `-c`.
    static let commandName = "<command>"

    /// A query given on the command line.
    static func command(_ text: String) -> ScriptSource {
        ScriptSource(name: commandName, text: text)
    }

    /// Everything on standard input.
    static func standardInput() -> ScriptSource {
        var text = ""
        while let line = readLine(strippingNewline: false) { text += line }
        return ScriptSource(name: standardInputName, text: text)
    }

    /// The script file at `path`; `-` stands for standard input.
    static func file(at path: String) throws -> ScriptSource {
        if path == "-" { return standardInput() }
        guard let file = fopen(path, "rb") else { throw ScriptReadError(path: path, reason: currentErrorText()) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes.append(contentsOf: chunk[..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { throw ScriptReadError(path: path, reason: currentErrorText()) }
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ScriptReadError(path: path, reason: "not valid UTF-8 text")
        }
        return ScriptSource(name: path, text: text)
    }

    private static func currentErrorText() -> String {
        String(cString: strerror(errno))
    }
}

/// A script file that could not be read.
struct ScriptReadError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): error: cannot read script: \(reason)" }
}
