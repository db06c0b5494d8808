import TrellisCore

extension SyntaxParser {
    /// `pattern = patternPart { "," patternPart } ;`
    mutating func parsePattern() throws -> Pattern {
        var parts = [try parsePatternPart()]
        while consume(.comma) != nil {
            parts.append(try parsePatternPart())
        }
        return Pattern(parts: parts)
    }

    /// `patternPart = [ variable "=" ] ( shortestPathPattern | patternElement ) ;`
    mutating func parsePatternPart() throws -> PatternPart {
        let start = current.range.start
        var pathVariable: String? = nil
        if isVariableName(current), peek(1).is(.equal) {
            pathVariable = try parseVariable().name
            advance()
        }
        var shortest: PatternPart.Shortest? = nil
        if at(.shortestPath) || at(.allShortestPaths), peek(1).is(.leftParen) {
            shortest = at(.shortestPath) ? .shortest : .all
            advance()
            advance()
            let element = try parsePatternElement(inExpression: false)
            try expect(.rightParen)
            return PatternPart(pathVariable: pathVariable, element: element, shortest: shortest, range: range(from: start))
        }
        guard at(.leftParen) else { throw unexpected(expected: "a pattern such as (n)") }
        let element = try parsePatternElement(inExpression: false)
        return PatternPart(pathVariable: pathVariable, element: element, shortest: nil, range: range(from: start))
    }

    /// `patternElement = nodePattern { relationshipPattern nodePattern } ;`
    ///
    /// Inside expressions a step that does not parse ends the chain instead of
    /// failing, so that e.g. `(a) - [1]` can still be read as arithmetic.
    mutating func parsePatternElement(inExpression: Bool) throws -> PatternElement {
        let start = current.range.start
        let first = try parseNodePattern()
        var chain: [PatternStep] = []
        while at(.minus) || at(.less) || at(.arrowRight) {
            if inExpression {
                guard let step = attempt({ try $0.parsePatternStep() }) else { break }
                chain.append(step)
            } else {
                chain.append(try parsePatternStep())
            }
        }
        return PatternElement(start: first, chain: chain, range: range(from: start))
    }

    private mutating func parsePatternStep() throws -> PatternStep {
        let relationship = try parseRelationshipPattern()
        let node = try parseNodePattern()
        return PatternStep(relationship: relationship, node: node)
    }

    /// `nodePattern = "(" [ variable ] [ nodeLabels ] [ properties ] ")" ;`
    mutating func parseNodePattern() throws -> NodePattern {
        let start = current.range.start
        guard consume(.leftParen) != nil else { throw unexpected(expected: "'(' to start a node pattern") }
        var variable: String? = nil
        if isVariableName(current) {
            variable = try parseVariable().name
        }
        var labels: [String] = []
        while consume(.colon) != nil {
            labels.append(try parseSymbolicName("a label name").name)
        }
        let properties = try parsePropertiesIfPresent()
        guard consume(.rightParen) != nil else {
            throw unexpected(expected: variable == nil && labels.isEmpty && properties == nil
                ? "a variable, ':', '{' or ')' in a node pattern" : "')' to close the node pattern")
        }
        return NodePattern(variable: variable, labels: labels, properties: properties, range: range(from: start))
    }

    /// `properties = mapLiteral | Parameter ;`
    mutating func parsePropertiesIfPresent() throws -> Expression? {
        if at(.leftBrace) { return try parseMapLiteral() }
        if case .parameter(let name) = current.kind {
            let token = advance()
            return Expression(.parameter(name), token.range)
        }
        return nil
    }

    /// `relationshipPattern = ( "<" "-" | "-" ) [ relationshipDetail ] ( "-" | "->" ) ;`
    mutating func parseRelationshipPattern() throws -> RelationshipPattern {
        let start = current.range.start
        let pointsLeft = consume(.less) != nil
        guard consume(.minus) != nil else {
            throw unexpected(expected: pointsLeft ? "'-' after '<' in a relationship pattern" : "a relationship pattern such as -[:TYPE]->")
        }
        var variable: String? = nil
        var types: [String] = []
        var length: VariableLength? = nil
        var properties: Expression? = nil
        if consume(.leftBracket) != nil {
            if isVariableName(current) {
                variable = try parseVariable().name
            }
            if consume(.colon) != nil {
                types = try parseRelationshipTypes()
            }
            if at(.star) {
                length = try parseVariableLength()
            } else if at(.dotDot) {
                throw TrellisError.syntax("InvalidRelationshipPattern",
                                          "a variable-length relationship needs '*' before its bounds, e.g. *1..3",
                                          at: current.range)
            }
            properties = try parsePropertiesIfPresent()
            guard consume(.rightBracket) != nil else {
                throw unexpected(expected: "']' to close the relationship pattern")
            }
        }
        let pointsRight: Bool
        if consume(.arrowRight) != nil {
            pointsRight = true
        } else if consume(.minus) != nil {
            pointsRight = false
        } else {
            throw unexpected(expected: "'-' or '->' to end the relationship pattern")
        }
        let direction: RelationshipDirection = pointsLeft == pointsRight ? .either : (pointsLeft ? .incoming : .outgoing)
        return RelationshipPattern(variable: variable, types: types, direction: direction, length: length,
                                   properties: properties, range: range(from: start))
    }

    /// `relationshipTypes = ":" relTypeName { "|" relTypeName } | ":" relTypeName { "|" ":" relTypeName } ;`
    private mutating func parseRelationshipTypes() throws -> [String] {
        var types = [try parseSymbolicName("a relationship type").name]
        var withColons: Bool? = nil
        while consume(.pipe) != nil {
            let colon = consume(.colon)
            if let style = withColons, style != (colon != nil) {
                throw TrellisError.syntax("InvalidRelationshipPattern",
                                          "write either ':A|B' or ':A|:B', not a mixture of both",
                                          at: colon?.range ?? current.range)
            }
            withColons = colon != nil
            types.append(try parseSymbolicName("a relationship type").name)
        }
        return types
    }

    /// `variableLength = "*" [ IntegerLiteral ] [ ".." [ IntegerLiteral ] ] ;`
    private mutating func parseVariableLength() throws -> VariableLength {
        try expect(.star)
        var minimum: Int64? = nil
        var maximum: Int64? = nil
        if case .integer = current.kind {
            minimum = try integerValue(advance(), negated: false)
        }
        if consume(.dotDot) != nil {
            if case .integer = current.kind {
                maximum = try integerValue(advance(), negated: false)
            }
        } else {
            maximum = minimum
        }
        return VariableLength(minimum: minimum, maximum: maximum)
    }
}
