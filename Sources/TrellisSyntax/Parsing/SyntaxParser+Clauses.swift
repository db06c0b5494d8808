import TrellisCore

extension SyntaxParser {
    /// True when the current token starts a clause.
    var atClauseStart: Bool {
        guard case .keyword(let keyword) = current.kind else { return false }
        switch keyword {
        case .match, .optional, .unwind, .with, .return, .create, .merge, .set, .remove, .delete, .detach, .call:
            return true
        case .load:
            return peek(1).kind == .keyword(.csv)
        default:
            return false
        }
    }

    /// Parses the clause at the cursor, or returns nil when none starts here.
    mutating func parseClauseIfPresent() throws -> Clause? {
        guard case .keyword(let keyword) = current.kind else { return nil }
        let start = current.range.start
        let kind: ClauseKind
        switch keyword {
        case .match, .optional: kind = .match(try parseMatch())
        case .unwind: kind = .unwind(try parseUnwind())
        case .with: kind = .with(try parseWith())
        case .return:
            advance()
            kind = .return(try parseProjection())
        case .create:
            advance()
            kind = .create(try parsePattern())
        case .merge: kind = .merge(try parseMerge())
        case .set:
            advance()
            kind = .set(try parseSetItems())
        case .remove: kind = .remove(try parseRemove())
        case .delete, .detach: kind = .delete(try parseDelete())
        case .call: kind = .call(try parseCall())
        case .load where peek(1).kind == .keyword(.csv): kind = .loadCSV(try parseLoadCSV())
        default: return nil
        }
        return Clause(kind, range(from: start))
    }

    /// `matchClause = [ "OPTIONAL" ] "MATCH" pattern [ where ] ;`
    mutating func parseMatch() throws -> MatchClause {
        let optional = consume(.optional) != nil
        try expect(.match)
        let pattern = try parsePattern()
        return MatchClause(optional: optional, pattern: pattern, predicate: try parseWhereIfPresent())
    }

    /// `where = "WHERE" expression ;`
    mutating func parseWhereIfPresent() throws -> Expression? {
        guard consume(.where) != nil else { return nil }
        return try parseExpression()
    }

    /// `unwindClause = "UNWIND" expression "AS" alias ;`
    mutating func parseUnwind() throws -> UnwindClause {
        try expect(.unwind)
        let expression = try parseExpression()
        try expect(.as)
        let (name, range) = try parseSymbolicName("a variable name")
        return UnwindClause(expression: expression, variable: name, variableRange: range)
    }

    /// `loadCSVClause = "LOAD" "CSV" [ "WITH" "HEADERS" ] "FROM" expression "AS" alias [ "FIELDTERMINATOR" StringLiteral ] ;`
    mutating func parseLoadCSV() throws -> LoadCSVClause {
        try expect(.load)
        try expect(.csv)
        var withHeaders = false
        if consume(.with) != nil {
            try expect(.headers)
            withHeaders = true
        }
        try expect(.from)
        let source = try parseExpression()
        try expect(.as)
        let (name, range) = try parseSymbolicName("a variable name")
        var terminator: String? = nil
        if consume(.fieldTerminator) != nil {
            guard case .string(let text) = current.kind else { throw unexpected(expected: "a string with the field terminator") }
            guard text.unicodeScalars.count == 1 else {
                throw unexpected(expected: "a field terminator of exactly one character", code: "InvalidArgumentValue")
            }
            advance()
            terminator = text
        }
        return LoadCSVClause(withHeaders: withHeaders, source: source, variable: name, variableRange: range, fieldTerminator: terminator)
    }

    /// `withClause = "WITH" projectionBody [ where ] ;`
    mutating func parseWith() throws -> WithClause {
        try expect(.with)
        let projection = try parseProjection()
        return WithClause(projection: projection, predicate: try parseWhereIfPresent())
    }

    /// `projectionBody = [ "DISTINCT" ] projectionItems [ order ] [ skip ] [ limit ] ;`
    mutating func parseProjection() throws -> Projection {
        let distinct = consume(.distinct) != nil
        var includesAll = false
        var items: [ProjectionItem] = []
        if consume(.star) != nil {
            includesAll = true
        } else {
            items.append(try parseProjectionItem())
        }
        while consume(.comma) != nil {
            items.append(try parseProjectionItem())
        }
        var orderBy: [SortItem] = []
        if consume(.order) != nil {
            try expect(.by)
            repeat {
                orderBy.append(try parseSortItem())
            } while consume(.comma) != nil
        }
        let skip = consume(.skip) != nil ? try parseExpression() : nil
        let limit = consume(.limit) != nil ? try parseExpression() : nil
        return Projection(distinct: distinct, includesAll: includesAll, items: items, orderBy: orderBy,
                          skip: skip, limit: limit)
    }

    /// `projectionItem = expression [ "AS" alias ] ;`
    mutating func parseProjectionItem() throws -> ProjectionItem {
        let expression = try parseExpression()
        var alias: String? = nil
        if consume(.as) != nil {
            alias = try parseSymbolicName("a column name").name
        }
        return ProjectionItem(expression: expression, alias: alias, text: text(expression.range))
    }

    /// `sortItem = expression [ "ASC" | "ASCENDING" | "DESC" | "DESCENDING" ] ;`
    mutating func parseSortItem() throws -> SortItem {
        let expression = try parseExpression()
        var ascending = true
        if consume(.asc) != nil || consume(.ascending) != nil {
            ascending = true
        } else if consume(.desc) != nil || consume(.descending) != nil {
            ascending = false
        }
        return SortItem(expression: expression, ascending: ascending)
    }

    /// `mergeClause = "MERGE" patternPart { "ON" ( "MATCH" | "CREATE" ) setClause } ;`
    mutating func parseMerge() throws -> MergeClause {
        try expect(.merge)
        let part = try parsePatternPart()
        var onCreate: [SetItem] = []
        var onMatch: [SetItem] = []
        while consume(.on) != nil {
            if consume(.create) != nil {
                try expect(.set)
                onCreate += try parseSetItems()
            } else if consume(.match) != nil {
                try expect(.set)
                onMatch += try parseSetItems()
            } else {
                throw unexpected(expected: "CREATE or MATCH")
            }
        }
        return MergeClause(part: part, onCreate: onCreate, onMatch: onMatch)
    }

    /// `setItem { "," setItem }`
    mutating func parseSetItems() throws -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            items.append(try parseSetItem())
        } while consume(.comma) != nil
        return items
    }

    /// `setItem = propertyExpression "=" expression | variable ( "=" | "+=" ) expression | variable nodeLabels ;`
    mutating func parseSetItem() throws -> SetItem {
        let start = current.range.start
        let target = try parsePostfixExpression()
        if let equal = consume(.equal) {
            switch target.kind {
            case .property(let subject, let key):
                let value = try parseExpression()
                return SetItem(.property(target: subject, key: key, value: value), range(from: start))
            case .variable(let name):
                let value = try parseExpression()
                return SetItem(.replaceProperties(variable: name, value: value), range(from: start))
            default:
                throw TrellisError.syntax("UnexpectedSyntax",
                                          "expected a variable or a property such as n.key before '='",
                                          at: SourceRange(start: target.range.start, end: equal.range.end))
            }
        }
        if let plusEqual = consume(.plusEqual) {
            guard case .variable(let name) = target.kind else {
                throw TrellisError.syntax("UnexpectedSyntax", "expected a variable before '+='",
                                          at: SourceRange(start: target.range.start, end: plusEqual.range.end))
            }
            let value = try parseExpression()
            return SetItem(.mergeProperties(variable: name, value: value), range(from: start))
        }
        if case .hasLabels(let subject, let labels) = target.kind, let name = subject.variableName {
            return SetItem(.labels(variable: name, labels: labels), range(from: start))
        }
        throw unexpected(expected: "'=', '+=' or a label")
    }

    /// `removeClause = "REMOVE" removeItem { "," removeItem } ;`
    mutating func parseRemove() throws -> [RemoveItem] {
        try expect(.remove)
        var items: [RemoveItem] = []
        repeat {
            let start = current.range.start
            let target = try parsePostfixExpression()
            switch target.kind {
            case .property(let subject, let key):
                items.append(RemoveItem(.property(target: subject, key: key), range(from: start)))
            case .hasLabels(let subject, let labels) where subject.variableName != nil:
                items.append(RemoveItem(.labels(variable: subject.variableName!, labels: labels), range(from: start)))
            default:
                throw TrellisError.syntax("UnexpectedSyntax",
                                          "expected a property such as n.key or labels such as n:Label to remove",
                                          at: target.range)
            }
        } while consume(.comma) != nil
        return items
    }

    /// `deleteClause = [ "DETACH" ] "DELETE" expression { "," expression } ;`
    mutating func parseDelete() throws -> DeleteClause {
        let detach = consume(.detach) != nil
        try expect(.delete)
        var expressions: [Expression] = []
        repeat {
            expressions.append(try parseExpression())
        } while consume(.comma) != nil
        return DeleteClause(detach: detach, expressions: expressions)
    }

    /// `callClause = "CALL" procedureName [ "(" [ expression { "," expression } ] ")" ]
    ///   [ "YIELD" ( "*" | yieldItem { "," yieldItem } [ where ] ) ] ;`
    mutating func parseCall() throws -> CallClause {
        let callToken = try expect(.call)
        let nameStart = current.range.start
        var parts = [try parseSymbolicName("a procedure name").name]
        while consume(.dot) != nil {
            parts.append(try parseSymbolicName("a procedure name").name)
        }
        let procedureRange = range(from: nameStart)
        var arguments: [Expression]? = nil
        if consume(.leftParen) != nil {
            arguments = try parseArguments()
        }
        var yields: [CallClause.YieldItem]? = nil
        var yieldAll = false
        var predicate: Expression? = nil
        if consume(.yield) != nil {
            if let star = consume(.star) {
                yieldAll = true
                yieldStars[callToken.range.start.offset] = star.range
            } else {
                var items: [CallClause.YieldItem] = []
                repeat {
                    let start = current.range.start
                    let field = try parseSymbolicName("a field name").name
                    var alias: String? = nil
                    if consume(.as) != nil { alias = try parseSymbolicName("a variable name").name }
                    items.append(CallClause.YieldItem(field: field, alias: alias, range: range(from: start)))
                } while consume(.comma) != nil
                yields = items
                predicate = try parseWhereIfPresent()
            }
        }
        return CallClause(procedure: parts.joined(separator: "."), procedureRange: procedureRange,
                          arguments: arguments, yields: yields, yieldAll: yieldAll, predicate: predicate)
    }

    /// Arguments after an opening parenthesis, through the closing one.
    mutating func parseArguments() throws -> [Expression] {
        var arguments: [Expression] = []
        if consume(.rightParen) != nil { return arguments }
        repeat {
            arguments.append(try parseExpression())
        } while consume(.comma) != nil
        try expect(.rightParen)
        return arguments
    }
}

extension Expression {
    /// The name when this is a plain variable reference.
    var variableName: String? {
        if case .variable(let name) = kind { return name }
        return nil
    }
}
