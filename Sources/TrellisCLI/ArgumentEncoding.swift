import Trellis
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as the bytes it was given: the standard library's `CommandLine.arguments`
/// replaces bytes that are not UTF-8 with U+FFFD, which would run a query or open a file other
/// than the one written. Such an argument is refused before anything runs.
enum ArgumentEncoding {
    /// The program's arguments (without its name), as given.
    static func rawArguments() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                             count: strlen(argument)))
        }
    }

    /// The diagnostic for the first argument of `arguments` that is not UTF-8, or nil when all are.
    /// The query of `-c`/`--command` is reported compiler-style as `<command>:LINE:COLUMN: error: …`
    /// with the line and a caret; any other argument by its place on the command line.
    static func diagnostic(for arguments: [[UInt8]]) -> String? {
        for (index, argument) in arguments.enumerated() {
            guard let offset = UTF8Text.firstInvalidOffset(in: argument) else { continue }
            // The query: `-c QUERY`, `--command QUERY`, `--command=QUERY` or `-cQUERY`.
            var query: ArraySlice<UInt8>?
            let previous = index > 0 ? arguments[index - 1] : []
            if previous == Array("-c".utf8) || previous == Array("--command".utf8) {
                query = argument[...]
            } else if argument.starts(with: "--command=".utf8) {
                query = argument.dropFirst("--command=".utf8.count)
            } else if argument.starts(with: "-c".utf8), !argument.starts(with: "--".utf8) {
                query = argument.dropFirst(2)
            }
            if let query, let queryOffset = UTF8Text.firstInvalidOffset(in: query) {
                let error = UTF8Text.invalidError(in: query, atOffset: queryOffset)
                return DiagnosticRenderer(sourceName: ScriptSource.commandName,
                                          source: String(decoding: query, as: UTF8.self)).render(error)
            }
            let error = UTF8Text.invalidError(in: argument, atOffset: offset)
            return "trellis: error: argument \(index + 1) (\(String(decoding: argument, as: UTF8.self))) "
                + "is not valid UTF-8: \(error.message.replacingPrefix("the text is not valid UTF-8: ")) "
                + "[\(DiagnosticRenderer.classification(of: error))]\n"
        }
        return nil
    }
}

private extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
