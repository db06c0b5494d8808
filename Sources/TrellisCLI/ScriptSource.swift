#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Trellis

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

    /// A query given on the command line as the bytes it was written with: refused, with the
    /// position of the first bad byte, when they are not UTF-8.
    static func command(bytes: [UInt8]) throws -> ScriptSource {
        try decoded(bytes, name: commandName)
    }

    /// Everything on standard input; refused, with the position of the first bad byte, when it is not UTF-8.
    static func standardInput() throws -> ScriptSource {
        guard let input = fdopen(STDIN_FILENO, "rb") else { throw ScriptReadError(path: standardInputName, reason: currentErrorText()) }
        return try decoded(try readAll(input, name: standardInputName), name: standardInputName)
    }

    /// The script file at `path`; `-` stands for standard input. A file that is not UTF-8 is
    /// refused whole, naming the line, column and byte offset of its first bad byte.
    static func file(at path: String) throws -> ScriptSource {
        if path == "-" { return try standardInput() }
        guard let file = fopen(path, "rb") else { throw ScriptReadError(path: path, reason: currentErrorText()) }
        defer { fclose(file) }
        return try decoded(try readAll(file, name: path), name: path)
    }

    /// `bytes` as the text of the source `name`.
    /// - Throws: ``ScriptReadError`` carrying the `InvalidUTF8` error when they are not UTF-8.
    static func decoded(_ bytes: [UInt8], name: String) throws -> ScriptSource {
        do {
            return ScriptSource(name: name, text: try UTF8Text.decode(bytes))
        } catch let error as TrellisError {
            throw ScriptReadError(path: name, reason: error.message,
                                  invalidText: (error, String(decoding: bytes, as: UTF8.self)))
        }
    }

    private static func readAll(_ file: UnsafeMutablePointer<FILE>, name path: String) throws -> [UInt8] {
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
        return bytes
    }

    private static func currentErrorText() -> String {
        String(cString: strerror(errno))
    }
}

/// A script file that could not be read, or whose bytes are not UTF-8 text.
struct ScriptReadError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    /// For text that is not UTF-8: the error, at the first bad byte, and the text with bad bytes
    /// shown as U+FFFD (the same up to that byte), for the diagnostic's source line.
    var invalidText: (error: TrellisError, shown: String)?

    /// `FILE: error: cannot read script: REASON`, or for text that is not UTF-8 a diagnostic
    /// compiler-style (`FILE:LINE:COLUMN: error: …` with the line and a caret), without a last line break.
    var description: String {
        guard let (error, shown) = invalidText else { return "\(path): error: cannot read script: \(reason)" }
        var text = DiagnosticRenderer(sourceName: path, source: shown).render(error)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
