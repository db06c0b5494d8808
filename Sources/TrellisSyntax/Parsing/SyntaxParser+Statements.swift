import TrellisCore

extension SyntaxParser {
    /// `script = [ statement ] { ";" [ statement ] } ;`
    mutating func parseScript() throws -> Script {
        var statements: [Statement] = []
        while true {
            while consume(.semicolon) != nil {}
            if isAtEnd { break }
            statements.append(try parseStatement())
            if isAtEnd { break }
            guard at(.semicolon) else { throw unexpected(expected: "';' or the end of the statement") }
        }
        return Script(statements: statements)
    }

    /// One statement with optional `;` around it, and nothing else.
    mutating func parseSingleStatement() throws -> Statement {
        while consume(.semicolon) != nil {}
        guard !isAtEnd else { throw unexpected(expected: "a statement") }
        let statement = try parseStatement()
        while consume(.semicolon) != nil {}
        guard isAtEnd else {
            throw TrellisError.syntax("UnexpectedSyntax", "expected a single statement but found another one starting with \(describe(current))",
                                      at: current.range)
        }
        return statement
    }

    /// `statement = query | "EXPLAIN" query | "PROFILE" query | createIndex | dropIndex | checkpoint ;`
    mutating func parseStatement() throws -> Statement {
        let start = current.range.start
        deepest = 0
        let kind: StatementKind
        if consume(.explain) != nil {
            kind = .explain(try parseQuery())
        } else if consume(.profile) != nil {
            kind = .profile(try parseQuery())
        } else if consume(.checkpoint) != nil {
            // `checkpoint = "CHECKPOINT" ;` (no query starts with a name, so the word is free here)
            kind = .checkpoint
        } else if at(.create), peek(1).is(.index), !peek(2).is(.equal) {
            kind = try parseCreateIndex()
        } else if at(.drop), peek(1).is(.index) {
            kind = try parseDropIndex()
        } else {
            kind = .query(try parseQuery())
        }
        let range = range(from: start)
        return Statement(kind: kind, range: range, text: text(range), depth: deepest)
    }

    /// `query = singleQuery { "UNION" [ "ALL" ] singleQuery } ;`
    mutating func parseQuery() throws -> Query {
        var parts = [try parseSingleQuery()]
        var unionAll: [Bool] = []
        while consume(.union) != nil {
            unionAll.append(consume(.all) != nil)
            parts.append(try parseSingleQuery())
        }
        // `YIELD *` is only allowed when the CALL is the whole query.
        for part in parts {
            for clause in part.clauses {
                guard case .call(let call) = clause.kind, call.yieldAll,
                      parts.count > 1 || part.clauses.count > 1,
                      let star = yieldStars[clause.range.start.offset] else { continue }
                throw TrellisError.syntax("UnexpectedSyntax",
                                          "YIELD * is only allowed in a CALL that makes up the whole query",
                                          at: star)
            }
        }
        return Query(parts: parts, unionAll: unionAll)
    }

    /// `singleQuery = clause { clause } ;`
    mutating func parseSingleQuery() throws -> SingleQuery {
        let start = current.range.start
        var clauses: [Clause] = []
        while let clause = try parseClauseIfPresent() {
            clauses.append(clause)
            // Running the clauses recurses once per clause.
            guard clauses.count <= SyntaxParser.maximumClauses else {
                throw TrellisError.syntax("UnexpectedSyntax", "the query has more than \(SyntaxParser.maximumClauses) clauses",
                                          at: clause.range)
            }
            deepest = max(deepest, nesting + clauses.count)
        }
        guard !clauses.isEmpty else {
            throw unexpected(expected: "a clause such as MATCH, CREATE or RETURN")
        }
        return SingleQuery(clauses: clauses, range: range(from: start))
    }

    /// `createIndex = "CREATE" "INDEX" ( "ON" ":" labelName "(" propertyKeyName ")"
    ///   | [ indexName ] [ "IF" "NOT" "EXISTS" ] "FOR" "(" variable ":" labelName ")"
    ///     "ON" "(" variable "." propertyKeyName ")" ) ;`
    mutating func parseCreateIndex() throws -> StatementKind {
        try expect(.create)
        try expect(.index)
        if consume(.on) != nil {
            let (label, key) = try parseLabelAndKey()
            return .createIndex(name: nil, label: label, key: key, ifNotExists: false)
        }
        var name: String? = nil
        if isVariableName(current), !(at(.for) && peek(1).is(.leftParen)), !(at(.if) && peek(1).is(.not)) {
            name = try parseVariable("an index name").name
        }
        var ifNotExists = false
        if consume(.if) != nil {
            try expect(.not)
            try expect(.exists)
            ifNotExists = true
        }
        try expect(.for)
        try expect(.leftParen)
        let variable = try parseVariable()
        try expect(.colon)
        let label = try parseSymbolicName("a label name").name
        try expect(.rightParen)
        try expect(.on)
        try expect(.leftParen)
        let keyOwner = try parseVariable()
        guard keyOwner.name == variable.name else {
            throw TrellisError.syntax("UnexpectedSyntax",
                                      "expected the variable '\(variable.name)' declared after FOR but found '\(keyOwner.name)'",
                                      at: keyOwner.range)
        }
        try expect(.dot)
        let key = try parseSymbolicName("a property key").name
        try expect(.rightParen)
        return .createIndex(name: name, label: label, key: key, ifNotExists: ifNotExists)
    }

    /// `dropIndex = "DROP" "INDEX" ( "ON" ":" labelName "(" propertyKeyName ")" | indexName [ "IF" "EXISTS" ] ) ;`
    mutating func parseDropIndex() throws -> StatementKind {
        try expect(.drop)
        try expect(.index)
        if consume(.on) != nil {
            let (label, key) = try parseLabelAndKey()
            return .dropIndex(name: nil, label: label, key: key, ifExists: false)
        }
        let name = try parseVariable("an index name").name
        var ifExists = false
        if consume(.if) != nil {
            try expect(.exists)
            ifExists = true
        }
        return .dropIndex(name: name, label: nil, key: nil, ifExists: ifExists)
    }

    /// `":" labelName "(" propertyKeyName ")"`
    private mutating func parseLabelAndKey() throws -> (String, String) {
        try expect(.colon)
        let label = try parseSymbolicName("a label name").name
        try expect(.leftParen)
        let key = try parseSymbolicName("a property key").name
        try expect(.rightParen)
        return (label, key)
    }
}
