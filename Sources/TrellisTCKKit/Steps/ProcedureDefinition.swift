import Trellis

/// A procedure declared by `there exists a procedure name(in :: TYPE?) :: (out :: TYPE?):`
/// with a table whose header names the parameters then the outputs, and whose rows map
/// argument values to output values.
public struct ProcedureDefinition: Sendable {
    public var name: String
    public var parameters: [Procedure.Field]
    public var outputs: [Procedure.Field]
    /// Per table row: the values the arguments must match, and the output row produced.
    public var rows: [(arguments: [ExpectedValue], outputs: [Value])]

    /// Reads the signature text and the table.
    /// - Throws: ``ProcedureDefinitionError`` for malformed signatures or tables.
    public init(signature: String, table: DataTable) throws {
        let parsed = try Self.parseSignature(signature)
        name = parsed.name
        parameters = parsed.parameters
        outputs = parsed.outputs
        let expectedHeader = (parameters + outputs).map(\.name)
        guard table.header == expectedHeader else {
            throw ProcedureDefinitionError(message: "procedure table header \(table.header) does not match the signature \(expectedHeader)")
        }
        rows = try table.body.map { cells in
            let values = try cells.map { try ExpectedValueParser.parse($0) }
            return (Array(values.prefix(parsed.parameters.count)),
                    try values.dropFirst(parsed.parameters.count).map { try $0.engineValue() })
        }
    }

    /// The procedure to register: it yields the outputs of every row whose argument cells
    /// match the call's arguments (by the TCK's value equality, after an INTEGER argument
    /// is widened for a FLOAT parameter).
    public var procedure: Procedure {
        let rows = rows, parameters = parameters
        return Procedure(name: name, parameters: parameters, outputs: outputs) { arguments in
            let widened = zip(arguments, parameters).map { argument, field in
                Self.widen(argument, to: field.type)
            }
            let matcher = ValueMatcher()
            return rows.filter { row in
                row.arguments.count == widened.count && zip(row.arguments, widened).allSatisfy { matcher.matches($0, $1) }
            }.map(\.outputs)
        }
    }

    private static func widen(_ value: Value, to type: String) -> Value {
        let base = type.hasSuffix("?") ? String(type.dropLast()) : type
        if case .int(let number) = value, base.uppercased() == "FLOAT" { return .float(Double(number)) }
        return value
    }

    /// Splits `test.my.proc(a :: INTEGER?, b :: STRING?) :: (out :: INTEGER?)`.
    static func parseSignature(_ text: String) throws -> (name: String, parameters: [Procedure.Field], outputs: [Procedure.Field]) {
        let signature = text.trimmingGherkinWhitespace()
        guard let open = signature.firstIndex(of: "("), let close = signature[open...].firstIndex(of: ")") else {
            throw ProcedureDefinitionError(message: "procedure signature without parameter list: \(text)")
        }
        let name = signature[..<open].trimmingGherkinWhitespace()
        let parameters = try fields(signature[signature.index(after: open)..<close])
        var rest = signature[signature.index(after: close)...].trimmingGherkinWhitespace()[...]
        guard rest.hasPrefix("::") else { throw ProcedureDefinitionError(message: "procedure signature without outputs: \(text)") }
        rest = rest.dropFirst(2).trimmingGherkinWhitespace()[...]
        guard rest.first == "(", rest.last == ")" else {
            throw ProcedureDefinitionError(message: "procedure outputs are not parenthesised: \(text)")
        }
        let outputs = try fields(rest.dropFirst().dropLast())
        guard !name.isEmpty else { throw ProcedureDefinitionError(message: "procedure without a name: \(text)") }
        return (name, parameters, outputs)
    }

    private static func fields(_ list: Substring) throws -> [Procedure.Field] {
        let trimmed = list.trimmingGherkinWhitespace()
        if trimmed.isEmpty { return [] }
        return try trimmed.split(separator: ",").map { field in
            let parts = field.split(separator: ":", omittingEmptySubsequences: true)
            guard parts.count == 2 else { throw ProcedureDefinitionError(message: "procedure field \(field) is not name :: TYPE") }
            return Procedure.Field(name: parts[0].trimmingGherkinWhitespace(), type: parts[1].trimmingGherkinWhitespace())
        }
    }
}

/// A procedure step whose signature or table cannot be read.
public struct ProcedureDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
