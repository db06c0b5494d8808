import TrellisCore

/// What a token is, with the value it denotes where it has one.
public enum TokenKind: Sendable, Hashable {
    /// A plain identifier that is not a keyword.
    case identifier(String)
    /// A backtick-quoted identifier; the payload is the name with ``` `` ``` unescaped.
    case quotedIdentifier(String)
    /// A keyword, in whatever letter case it was written.
    case keyword(Keyword)
    /// An integer literal's magnitude, or nil when it does not fit in 64 bits.
    /// The sign is a separate `-` token; whether the value fits in a signed
    /// 64-bit integer is decided by the parser.
    case integer(UInt64?)
    /// A finite floating-point literal.
    case float(Double)
    /// A string literal with its escapes resolved.
    case string(String)
    /// `$name` or `$0`; the payload is the name without the dollar sign.
    case parameter(String)
    case punctuation(Punctuation)
    /// A `//` or `/* */` comment (only produced on request).
    case comment
    /// The end of the text.
    case endOfInput
}

/// One token of query text and where it was written.
///
/// The position is kept in 32-bit fields (a text is parsed only when shorter than 4 GiB), so
/// that a token takes 48 bytes rather than 72: a long statement has a token or two per element.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    private var startOffset: UInt32
    private var endOffset: UInt32
    private var startLine: UInt32
    private var startColumn: UInt32
    private var endLine: UInt32
    private var endColumn: UInt32

    /// The longest text whose positions a token can hold.
    public static let maximumTextBytes = Int(UInt32.max)

    public init(kind: TokenKind, range: SourceRange) {
        self.kind = kind
        startOffset = UInt32(clamping: range.start.offset)
        endOffset = UInt32(clamping: range.end.offset)
        startLine = UInt32(clamping: range.start.line)
        startColumn = UInt32(clamping: range.start.column)
        endLine = UInt32(clamping: range.end.line)
        endColumn = UInt32(clamping: range.end.column)
    }

    /// Where the token was written.
    public var range: SourceRange {
        get {
            SourceRange(start: SourceLocation(line: Int(startLine), column: Int(startColumn), offset: Int(startOffset)),
                        end: SourceLocation(line: Int(endLine), column: Int(endColumn), offset: Int(endOffset)))
        }
        set { self = Token(kind: kind, range: newValue) }
    }

    /// The byte offsets of the token in the UTF-8 text it came from.
    public var byteRange: Range<Int> { Int(startOffset) ..< Int(endOffset) }

    /// The token exactly as written in `text` (the text it was lexed from).
    public func text(in text: String) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.start.offset)
        let to = utf8.index(from, offsetBy: range.end.offset - range.start.offset)
        return String(text[from..<to])
    }

    /// True when this token is the keyword `keyword`.
    @inlinable public func `is`(_ keyword: Keyword) -> Bool {
        if case .keyword(keyword) = kind { return true }
        return false
    }

    /// True when this token is the punctuation mark `mark`.
    @inlinable public func `is`(_ mark: Punctuation) -> Bool {
        if case .punctuation(mark) = kind { return true }
        return false
    }
}
