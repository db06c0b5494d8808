@testable import TrellisSyntax
import TrellisCore

/// Renders syntax trees compactly, without source ranges, so tests can state
/// the expected shape in one line: `1 + 2 * 3` is `(+ 1 (* 2 3))`.
enum SyntaxTreePrinter {
    /// A value of a folded list literal, written as the literal it was folded from would be.
    static func render(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .int(let value): return "\(value)"
        case .float(let value): return "\(value)"
        case .string(let value): return "'\(value)'"
        case .list(let values): return "[" + values.map(render).joined(separator: ", ") + "]"
        default: return "\(value)"
        }
    }

    static func render(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let literal):
            switch literal {
            case .null: return "null"
            case .bool(let value): return "\(value)"
            case .integer(let value): return "\(value)"
            case .float(let value): return "\(value)"
            case .string(let value): return "'\(value)'"
            case .list(let values): return "[" + values.map(render).joined(separator: ", ") + "]"
            }
        case .parameter(let name): return "$\(name)"
        case .variable(let name): return name
        case .property(let subject, let key): return "(. \(render(subject)) \(key))"
        case .index(let subject, let index): return "(index \(render(subject)) \(render(index)))"
        case .slice(let subject, let from, let to):
            return "(slice \(render(subject)) \(from.map(render) ?? "_") \(to.map(render) ?? "_"))"
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .unary(let op, let operand): return "(\(op.rawValue) \(render(operand)))"
        case .binary(let op, let lhs, let rhs): return "(\(op.rawValue) \(render(lhs)) \(render(rhs)))"
        case .isNull(let operand, let negated): return "(IS \(negated ? "NOT " : "")NULL \(render(operand)))"
        case .hasLabels(let subject, let labels): return "(: \(render(subject)) \(labels.joined(separator: " ")))"
        case .function(let name, let distinct, let arguments):
            return "\(name)(\(distinct ? "DISTINCT " : "")\(arguments.map(render).joined(separator: ", ")))"
        case .countStar: return "count(*)"
        case .caseExpression(let subject, let alternatives, let otherwise):
            var parts = ["case"]
            if let subject { parts.append(render(subject)) }
            parts += alternatives.map { "(when \(render($0.when)) \(render($0.then)))" }
            if let otherwise { parts.append("(else \(render(otherwise)))") }
            return "(" + parts.joined(separator: " ") + ")"
        case .listComprehension(let variable, let source, let predicate, let projection):
            return "[\(variable) IN \(render(source))\(predicate.map { " WHERE " + render($0) } ?? "")\(projection.map { " | " + render($0) } ?? "")]"
        case .quantified(let quantifier, let variable, let source, let predicate):
            return "\(quantifier.rawValue)(\(variable) IN \(render(source))\(predicate.map { " WHERE " + render($0) } ?? ""))"
        case .reduce(let accumulator, let initial, let variable, let source, let expression):
            return "reduce(\(accumulator) = \(render(initial)), \(variable) IN \(render(source)) | \(render(expression)))"
        case .patternComprehension(let path, let pattern, let predicate, let projection):
            return "[\(path.map { $0 + " = " } ?? "")\(render(pattern))\(predicate.map { " WHERE " + render($0) } ?? "") | \(render(projection))]"
        case .patternPredicate(let pattern): return "<\(render(pattern))>"
        case .existsSubquery(let pattern, let predicate):
            return "exists{\(render(pattern))\(predicate.map { " WHERE " + render($0) } ?? "")}"
        case .existsQuery(let query): return "exists{\(render(query))}"
        case .mapProjection(let variable, let items):
            let rendered = items.map { item -> String in
                switch item {
                case .property(let key): return ".\(key)"
                case .literal(let key, let value): return "\(key): \(render(value))"
                case .variable(let name): return name
                case .allProperties: return ".*"
                }
            }
            return "\(variable){" + rendered.joined(separator: ", ") + "}"
        }
    }

    static func render(_ pattern: Pattern) -> String {
        pattern.parts.map(render).joined(separator: ", ")
    }

    static func render(_ part: PatternPart) -> String {
        var text = render(part.element)
        switch part.shortest {
        case .shortest: text = "shortestPath(\(text))"
        case .all: text = "allShortestPaths(\(text))"
        case nil: break
        }
        return (part.pathVariable.map { $0 + " = " } ?? "") + text
    }

    static func render(_ element: PatternElement) -> String {
        var text = render(element.start)
        for step in element.chain { text += render(step.relationship) + render(step.node) }
        return text
    }

    static func render(_ node: NodePattern) -> String {
        var text = node.variable ?? ""
        for label in node.labels { text += ":" + label }
        if let properties = node.properties { text += (text.isEmpty ? "" : " ") + render(properties) }
        return "(" + text + ")"
    }

    static func render(_ relationship: RelationshipPattern) -> String {
        var detail = relationship.variable ?? ""
        if !relationship.types.isEmpty { detail += ":" + relationship.types.joined(separator: "|") }
        if let length = relationship.length {
            detail += "*"
            if length.minimum == length.maximum {
                detail += length.minimum.map(String.init) ?? ""
            } else {
                detail += (length.minimum.map(String.init) ?? "") + ".." + (length.maximum.map(String.init) ?? "")
            }
        }
        if let properties = relationship.properties { detail += (detail.isEmpty ? "" : " ") + render(properties) }
        let body = detail.isEmpty ? "--" : "-[\(detail)]-"
        switch relationship.direction {
        case .outgoing: return body + ">"
        case .incoming: return "<" + body
        case .either: return body
        }
    }

    static func render(_ query: Query) -> String {
        var text = ""
        for (position, part) in query.parts.enumerated() {
            if position > 0 { text += query.unionAll[position - 1] ? " UNION ALL " : " UNION " }
            text += part.clauses.map(render).joined(separator: " ")
        }
        return text
    }

    static func render(_ clause: Clause) -> String {
        switch clause.kind {
        case .match(let match):
            return (match.optional ? "OPTIONAL " : "") + "MATCH " + render(match.pattern)
                + (match.predicate.map { " WHERE " + render($0) } ?? "")
        case .unwind(let unwind): return "UNWIND \(render(unwind.expression)) AS \(unwind.variable)"
        case .loadCSV(let load):
            return "LOAD CSV" + (load.withHeaders ? " WITH HEADERS" : "") + " FROM \(render(load.source)) AS \(load.variable)"
                + (load.fieldTerminator.map { " FIELDTERMINATOR '\($0)'" } ?? "")
        case .with(let with):
            return "WITH " + render(with.projection) + (with.predicate.map { " WHERE " + render($0) } ?? "")
        case .return(let projection): return "RETURN " + render(projection)
        case .create(let pattern): return "CREATE " + render(pattern)
        case .merge(let merge):
            return "MERGE " + render(merge.part)
                + (merge.onCreate.isEmpty ? "" : " ON CREATE SET " + merge.onCreate.map(render).joined(separator: ", "))
                + (merge.onMatch.isEmpty ? "" : " ON MATCH SET " + merge.onMatch.map(render).joined(separator: ", "))
        case .set(let items): return "SET " + items.map(render).joined(separator: ", ")
        case .remove(let items):
            return "REMOVE " + items.map { item -> String in
                switch item.kind {
                case .property(let target, let key): return "(. \(render(target)) \(key))"
                case .labels(let variable, let labels): return variable + labels.map { ":" + $0 }.joined()
                }
            }.joined(separator: ", ")
        case .delete(let delete):
            return (delete.detach ? "DETACH " : "") + "DELETE " + delete.expressions.map(render).joined(separator: ", ")
        case .call(let call):
            var text = "CALL " + call.procedure
            if let arguments = call.arguments { text += "(" + arguments.map(render).joined(separator: ", ") + ")" }
            if call.yieldAll { text += " YIELD *" }
            if let yields = call.yields {
                text += " YIELD " + yields.map { $0.field + ($0.alias.map { " AS " + $0 } ?? "") }.joined(separator: ", ")
            }
            if let predicate = call.predicate { text += " WHERE " + render(predicate) }
            return text
        }
    }

    static func render(_ item: SetItem) -> String {
        switch item.kind {
        case .property(let target, let key, let value): return "(. \(render(target)) \(key)) = \(render(value))"
        case .replaceProperties(let variable, let value): return "\(variable) = \(render(value))"
        case .mergeProperties(let variable, let value): return "\(variable) += \(render(value))"
        case .labels(let variable, let labels): return variable + labels.map { ":" + $0 }.joined()
        }
    }

    static func render(_ projection: Projection) -> String {
        var items: [String] = projection.includesAll ? ["*"] : []
        items += projection.items.map { render($0.expression) + ($0.alias.map { " AS " + $0 } ?? "") }
        var text = (projection.distinct ? "DISTINCT " : "") + items.joined(separator: ", ")
        if !projection.orderBy.isEmpty {
            text += " ORDER BY " + projection.orderBy.map { render($0.expression) + ($0.ascending ? "" : " DESC") }
                .joined(separator: ", ")
        }
        if let skip = projection.skip { text += " SKIP " + render(skip) }
        if let limit = projection.limit { text += " LIMIT " + render(limit) }
        return text
    }
}
