/// Every failure Trellis reports: a kind, a detail code, a message and, where known, the source range.
///
/// Kinds and detail codes follow the openCypher TCK vocabulary so that tools written
/// for Cypher-family databases can classify them.
public struct TrellisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad class of a failure.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Text that cannot be run: bad syntax, an undefined variable, a misused clause (found before any data is touched).
        case syntaxError = "SyntaxError"
        /// A statement that parses but asks for something impossible: dropping an index that does not exist, say.
        case semanticError = "SemanticError"
        /// A value of the wrong type for an operator, function or property, or read as the wrong Swift type.
        case typeError = "TypeError"
        /// A function given an argument outside what it accepts.
        case argumentError = "ArgumentError"
        /// A node or relationship used after it was deleted.
        case entityNotFound = "EntityNotFound"
        /// A write that would break a rule: deleting a node that still has relationships, a schema rule.
        case constraintVerificationFailed = "ConstraintVerificationFailed"
        /// A `$parameter` the statement uses was given no value.
        case parameterMissing = "ParameterMissing"
        /// A procedure called with CALL failed, or does not exist.
        case procedureError = "ProcedureError"
        /// Integer overflow or division by zero.
        case arithmeticError = "ArithmeticError"
        /// The operating system refused a file operation.
        case ioError = "IOError"
        /// A database file is locked, read-only, damaged or of another format.
        case storageError = "StorageError"
        /// The statement was cancelled: `interrupt()`, task cancellation or a closed cursor.
        case cancelled = "Cancelled"
        /// The statement went past a limit: its time, its rows, its paths, or the size or depth of a value.
        case limitExceeded = "LimitExceeded"
        /// The host program asked the embedding API for something it cannot give: a column a row
        /// does not have, several statements where one is expected, and so on.
        case usageError = "UsageError"
        /// A fault in Trellis itself; please report it.
        case internalError = "InternalError"
    }

    /// When the failure was detected: before any data was touched, or while running.
    public enum Phase: String, Sendable, Hashable {
        case compileTime = "compile time"
        case runtime = "runtime"
    }

    /// The broad class of the failure.
    public var kind: Kind
    /// A finer classification, e.g. `UndefinedVariable`, `IntegerOverflow`.
    public var code: String
    /// What went wrong, in a sentence for people.
    public var message: String
    /// The offending text, for errors about the text of a statement; positions are relative to the text that was run.
    public var range: SourceRange?
    /// Whether the failure was found before the statement touched any data.
    public var phase: Phase

    public init(_ kind: Kind, _ code: String, _ message: String, at range: SourceRange? = nil, phase: Phase = .runtime) {
        self.kind = kind
        self.code = code
        self.message = message
        self.range = range
        self.phase = phase
    }

    public var description: String {
        if let range { return "\(range.start): \(kind.rawValue): \(message)" }
        return "\(kind.rawValue): \(message)"
    }

    /// The same error with a range filled in if it had none.
    public func located(_ fallback: SourceRange?) -> TrellisError {
        var copy = self
        if copy.range == nil { copy.range = fallback }
        return copy
    }

    // Convenience constructors for the common kinds.
    public static func syntax(_ code: String, _ message: String, at range: SourceRange?) -> TrellisError {
        TrellisError(.syntaxError, code, message, at: range, phase: .compileTime)
    }
    /// A compile-time error found by semantic analysis. The TCK files these under `SyntaxError` as well.
    public static func compile(_ code: String, _ message: String, at range: SourceRange?) -> TrellisError {
        TrellisError(.syntaxError, code, message, at: range, phase: .compileTime)
    }
    public static func type(_ code: String, _ message: String, at range: SourceRange? = nil) -> TrellisError {
        TrellisError(.typeError, code, message, at: range, phase: .runtime)
    }
    public static func argument(_ code: String, _ message: String, at range: SourceRange? = nil) -> TrellisError {
        TrellisError(.argumentError, code, message, at: range, phase: .runtime)
    }
}
