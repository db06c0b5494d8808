/// Writes results as comma-separated values following RFC 4180.
///
/// A header row of column names comes first, then one row per record. Fields holding
/// a comma, a double quote, a carriage return or a line feed are enclosed in double quotes,
/// with inner double quotes doubled. Values are rendered as in a table (strings raw, lists
/// and entities as literals); null is an empty field.
///
/// Statements without columns write nothing; an EXPLAIN writes its plan as text.
public struct CSVFormatter: ResultFormatter {
    /// What ends each record: `"\n"` by default, `"\r\n"` for strict RFC 4180 consumers.
    public var lineTerminator: String

    /// A CSV formatter.
    public init(lineTerminator: String = "\n") {
        self.lineTerminator = lineTerminator
    }

    public func write<Target: TextOutputStream>(_ result: QueryResult, to output: inout Target) {
        if let plan = result.plan {
            output.write(plan.hasSuffix("\n") || plan.isEmpty ? plan : plan + "\n")
            return
        }
        guard !result.columns.isEmpty else { return }
        writeRecord(result.columns, to: &output)
        let renderer = ValueRenderer(for: result)
        for row in result.rows {
            writeRecord(row.map { $0.isNull ? "" : renderer.display($0) }, to: &output)
        }
    }

    private func writeRecord<Target: TextOutputStream>(_ fields: [String], to output: inout Target) {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += Self.field(field)
        }
        output.write(line + lineTerminator)
    }

    /// One field, quoted when it holds `,`, `"`, CR or LF.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
        guard needsQuotes else { return text }
        var out = "\""
        for character in text {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out + "\""
    }
}
