/// Finds the statements of a script: the text between top-level `;`s.
///
/// A `;` inside a string (`'…'`, `"…"`, with backslash escapes), an escaped name
/// (a name between backticks, with doubled backticks), a line comment (`// …`) or a block comment
/// (`/* … */`) does not end a statement. Statements holding nothing but whitespace and
/// comments are skipped. Every statement keeps its line, column and offset in the script,
/// so positions reported for it alone can be moved back into the script
/// (``ScriptStatement/relocating(_:)``). Columns count Unicode scalars.
public enum StatementSplitter {
    /// Splits `script`, whose first character is at `start` (the start of a file by default;
    /// pass a later location when `script` continues text already split).
    public static func split(_ script: String, startingAt start: SourceLocation = .start) -> StatementSplit {
        var scanner = Scanner(bytes: Array(script.utf8), start: start)
        return scanner.run()
    }

    private enum State {
        case code, singleQuoted, doubleQuoted, backticked, lineComment, blockComment
    }

    private struct Scanner {
        let bytes: [UInt8]
        var location: SourceLocation
        var index = 0
        var state = State.code
        var statements: [ScriptStatement] = []

        // The statement being scanned.
        var segmentStart = 0
        var segmentStartLocation: SourceLocation
        var firstNonSpace: (index: Int, location: SourceLocation)?
        var lastNonSpaceEnd: (index: Int, location: SourceLocation)?
        var hasCode = false

        init(bytes: [UInt8], start: SourceLocation) {
            self.bytes = bytes
            self.location = start
            self.segmentStartLocation = start
        }

        mutating func run() -> StatementSplit {
            while index < bytes.count {
                let byte = bytes[index]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                switch state {
                case .code:
                    switch byte {
                    case UInt8(ascii: ";"):
                        finishSegment(terminated: true)
                        advance()
                        segmentStart = index
                        segmentStartLocation = location
                        continue
                    case UInt8(ascii: "'"): state = .singleQuoted; hasCode = true
                    case UInt8(ascii: "\""): state = .doubleQuoted; hasCode = true
                    case UInt8(ascii: "`"): state = .backticked; hasCode = true
                    case UInt8(ascii: "/") where next == UInt8(ascii: "/"):
                        state = .lineComment
                        consume(2)
                        continue
                    case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                        state = .blockComment
                        consume(2)
                        continue
                    default:
                        if !Self.isSpace(byte) { hasCode = true }
                    }
                case .singleQuoted, .doubleQuoted:
                    let quote = state == .singleQuoted ? UInt8(ascii: "'") : UInt8(ascii: "\"")
                    if byte == UInt8(ascii: "\\"), next != nil {
                        consume(2)
                        continue
                    }
                    if byte == quote { state = .code }
                case .backticked:
                    if byte == UInt8(ascii: "`") {
                        if next == UInt8(ascii: "`") {
                            consume(2)
                            continue
                        }
                        state = .code
                    }
                case .lineComment:
                    if byte == UInt8(ascii: "\n") { state = .code }
                case .blockComment:
                    if byte == UInt8(ascii: "*"), next == UInt8(ascii: "/") {
                        state = .code
                        consume(2)
                        continue
                    }
                }
                consume(1)
            }
            let remainderStart = segmentStartLocation
            let remainder = String(decoding: bytes[segmentStart...], as: UTF8.self)
            finishSegment(terminated: false)
            let endsInside: Bool
            switch state {
            case .singleQuoted, .doubleQuoted, .backticked, .blockComment: endsInside = true
            case .code, .lineComment: endsInside = false
            }
            return StatementSplit(statements: statements, remainder: remainder, remainderStart: remainderStart,
                                  end: location, endsInsideLiteral: endsInside)
        }

        /// Consumes `count` bytes, noting where the statement's non-space text begins and ends.
        mutating func consume(_ count: Int) {
            for _ in 0..<count where index < bytes.count {
                let isSpace = Self.isSpace(bytes[index])
                if !isSpace, firstNonSpace == nil { firstNonSpace = (index, location) }
                advance()
                if !isSpace { lastNonSpaceEnd = (index, location) }
            }
        }

        mutating func advance() {
            let byte = bytes[index]
            index += 1
            location.offset += 1
            if byte == UInt8(ascii: "\n") {
                location.line += 1
                location.column = 1
            } else if byte & 0xC0 != 0x80 {
                location.column += 1
            }
        }

        mutating func finishSegment(terminated: Bool) {
            defer {
                firstNonSpace = nil
                lastNonSpaceEnd = nil
                hasCode = false
            }
            guard hasCode, let first = firstNonSpace, let last = lastNonSpaceEnd else { return }
            // A multi-byte character ends in continuation bytes, which are never spaces.
            var end = last
            while end.index < bytes.count, bytes[end.index] & 0xC0 == 0x80 { end.index += 1; end.location.offset += 1 }
            let text = String(decoding: bytes[first.index..<end.index], as: UTF8.self)
            statements.append(ScriptStatement(text: text, range: SourceRange(start: first.location, end: end.location),
                                              isTerminated: terminated))
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
        }
    }
}

/// What ``StatementSplitter`` found in a script.
public struct StatementSplit: Sendable, Hashable {
    /// Every statement, in order; only the last may lack its terminating `;`.
    public var statements: [ScriptStatement]
    /// The text after the last top-level `;` (all of the script when it has none).
    public var remainder: String
    /// Where ``remainder`` begins in the script.
    public var remainderStart: SourceLocation
    /// The location just past the end of the script.
    public var end: SourceLocation
    /// True when the script ends inside a string, an escaped name or a block comment.
    public var endsInsideLiteral: Bool

    /// The statements that a `;` ended.
    public var terminatedStatements: [ScriptStatement] { statements.filter(\.isTerminated) }

    /// The last statement when no `;` ended it.
    public var unterminatedStatement: ScriptStatement? {
        statements.last.flatMap { $0.isTerminated ? nil : $0 }
    }
}
