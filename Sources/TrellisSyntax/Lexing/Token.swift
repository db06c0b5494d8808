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
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var range: SourceRange

    public init(kind: TokenKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The byte offsets of the token in the UTF-8 text it came from.
    public var byteRange: Range<Int> { range.start.offset ..< range.end.offset }

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
