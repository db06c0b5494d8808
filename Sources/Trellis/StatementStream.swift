import TrellisCore
import TrellisEngine

/// Statements read from text that arrives a line at a time as bytes, such as a pipe into
/// `trellis`: each statement is handed out as soon as its terminating `;` has been read.
///
/// Every line must be UTF-8: a bad byte is an error at its line, column and byte offset in the
/// whole input, never replaced by U+FFFD. A statement longer than ``maximumStatementBytes`` is
/// an error as soon as it grows past it, so the text held stays bounded however long the input.
public struct StatementStream: Sendable {
    /// The longest statement accepted, in UTF-8 bytes; nil for no bound.
    public var maximumStatementBytes: Int?
    /// All the input read so far, for diagnostics (bad bytes shown as U+FFFD).
    public private(set) var text = ""
    /// The text after the last top-level `;`, not yet a statement.
    private var pending = ""
    private var pendingStart = SourceLocation.start
    /// Just past the input read so far.
    public private(set) var end = SourceLocation.start

    public init(maximumStatementBytes: Int? = StatementLimits.defaultMaxStatementBytes) {
        self.maximumStatementBytes = maximumStatementBytes
    }

    /// Adds one line of input (its line break included, except perhaps at the end of the input).
    /// - Returns: The statements the line completed with a `;`, positions in the whole input.
    /// - Throws: ``TrellisError``: `SyntaxError`/`InvalidUTF8` when the line is not UTF-8;
    ///   `LimitExceeded`/`StatementTooLong` when the statement being read grows past the bound.
    public mutating func append(_ line: some Collection<UInt8>) throws -> [ScriptStatement] {
        let decoded: String
        do {
            decoded = try UTF8Text.decode(line, from: end)
        } catch {
            text += String(decoding: line, as: UTF8.self)
            throw error
        }
        text += decoded
        pending += decoded
        end = UTF8Text.location(ofOffset: line.count, in: line, from: end)
        var completed: [ScriptStatement] = []
        if decoded.utf8.contains(UInt8(ascii: ";")) {
            let split = StatementSplitter.split(pending, startingAt: pendingStart)
            completed = split.terminatedStatements
            pending = split.remainder
            pendingStart = split.remainderStart
        }
        if let maximumStatementBytes, pending.utf8.count > maximumStatementBytes {
            // At the statement's first word, not at the line break after the `;` before it.
            let start = StatementSplitter.split(pending, startingAt: pendingStart).statements.first?.range.start
            throw StatementLimits.statementTooLong(limit: maximumStatementBytes, at: start ?? pendingStart)
        }
        return completed
    }

    /// Notes a line that was too long to read whole (longer than any statement may be).
    /// - Throws: always: `LimitExceeded`/`StatementTooLong` at the line's start.
    public mutating func rejectOverlongLine() throws -> Never {
        throw StatementLimits.statementTooLong(limit: maximumStatementBytes ?? 0, at: pending.isEmpty ? end : pendingStart)
    }

    /// The end of the input: the last statement, when no `;` ended it.
    public mutating func finish() -> [ScriptStatement] {
        defer { pending = "" }
        return StatementSplitter.split(pending, startingAt: pendingStart).statements
    }
}
