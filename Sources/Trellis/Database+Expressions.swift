import TrellisSyntax

extension Database {
    /// The value of one expression, such as `date('2024-09-01')` or `['maths', 'reading']`, given
    /// as text: what a parameter is set to from an interactive shell.
    ///
    /// The expression may use the parameters given and read the graph.
    /// - Throws: ``TrellisError`` with positions relative to `expression`.
    public func evaluate(_ expression: String, parameters: [String: Value] = [:]) throws -> Value {
        try checkStatementLength(expression)
        _ = try Parser.parseExpression(expression)
        let prefix = "RETURN "
        do {
            let result = try execute(prefix + expression, parameters: parameters)
            return result.rows.first?.first ?? .null
        } catch var error as TrellisError {
            if let range = error.range {
                error.range = SourceRange(start: range.start.shifted(back: prefix), end: range.end.shifted(back: prefix))
            }
            throw error
        }
    }
}

extension SourceLocation {
    /// The same place in text that lacks `prefix` at its start (a prefix without line breaks).
    fileprivate func shifted(back prefix: String) -> SourceLocation {
        guard line == 1 else {
            return SourceLocation(line: line, column: column, offset: max(0, offset - prefix.utf8.count))
        }
        return SourceLocation(line: 1, column: max(1, column - prefix.unicodeScalars.count),
                              offset: max(0, offset - prefix.utf8.count))
    }
}
