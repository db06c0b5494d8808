/// Renders errors the way compilers do, naming the file, line and column, then showing the
/// source line with a caret under the offending text:
///
/// ```
/// report.cypher:3:8: error: undefined variable 'x' [SyntaxError.UndefinedVariable]
/// RETURN x.name
///        ^
/// ```
///
/// An error without a range is rendered as `report.cypher: error: message [Kind.Code]`.
public struct DiagnosticRenderer: Sendable {
    /// The name shown for the source: a path, `<stdin>` or `<command>`.
    public var sourceName: String
    /// The text the error's positions refer to.
    public var source: String
    /// How many columns a tab advances to.
    public var tabWidth: Int

    /// A renderer for errors in `source`, shown under the name `sourceName`.
    public init(sourceName: String, source: String, tabWidth: Int = 4) {
        self.sourceName = sourceName
        self.source = source
        self.tabWidth = tabWidth
    }

    /// The diagnostic for `error`, each line ending in a newline.
    public func render(_ error: TrellisError) -> String {
        let message = "error: \(error.message) [\(Self.classification(of: error))]"
        guard let range = error.range else { return "\(sourceName): \(message)\n" }
        var text = "\(sourceName):\(range.start.line):\(range.start.column): \(message)\n"
        if let snippet = SourceSnippet(source: source, range: range, tabWidth: tabWidth) {
            text += snippet.line + "\n" + snippet.caret + "\n"
        }
        return text
    }

    /// The diagnostic for any error: a ``TrellisError`` as above,
    /// others as `name: error: description`.
    public func render(_ error: any Error) -> String {
        if let error = error as? TrellisError { return render(error) }
        return "\(sourceName): error: \(error)\n"
    }

    /// `Kind.Code`, e.g. `SyntaxError.UndefinedVariable`; just the kind when there is no code.
    public static func classification(of error: TrellisError) -> String {
        error.code.isEmpty ? error.kind.rawValue : "\(error.kind.rawValue).\(error.code)"
    }
}
