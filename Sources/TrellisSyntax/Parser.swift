import TrellisCore

/// Turns query text into the syntax tree.
///
/// All failures are thrown as ``TrellisCore/TrellisError`` of kind `SyntaxError`
/// (phase compile time) whose range points at the first offending token.
public enum Parser {
    /// Parses a script: statements separated by `;`. Empty statements are ignored
    /// and a trailing `;` is optional.
    public static func parseScript(_ text: String) throws -> Script {
        var parser = try SyntaxParser(text)
        return try parser.runOnAdequateStack { try $0.parseScript() }
    }

    /// Parses exactly one statement, optionally followed by `;`.
    public static func parseStatement(_ text: String) throws -> Statement {
        var parser = try SyntaxParser(text)
        return try parser.runOnAdequateStack { try $0.parseSingleStatement() }
    }

    /// Parses one expression that makes up the whole text.
    public static func parseExpression(_ text: String) throws -> Expression {
        var parser = try SyntaxParser(text)
        return try parser.runOnAdequateStack { parser in
            let expression = try parser.parseExpression()
            guard parser.isAtEnd else { throw parser.unexpected(expected: "the end of the expression") }
            return expression
        }
    }
}
