import TrellisEngine

/// How values are spelled in the fields of the CSV import format, read and written.
///
/// - `string`: the text as it is. `int`: decimal digits with an optional sign. `float`: decimal
///   or scientific notation, `NaN`, `Infinity`, `-Infinity`. `bool`: `true` or `false`.
///   Temporal types: ISO 8601 as the `date()`, `datetime()`, ... functions read it
///   (`2023-09-01`, `2024-03-01T09:30+01:00[Europe/London]`, `P1Y2M`).
/// - Spaces and tabs around a value that is not a string are ignored; a value that is not a
///   string and is only spaces is absent.
/// - Lists: items separated by `;`; a backslash takes the next character literally (`\;`, `\\`);
///   one trailing `;` is ignored, so a list ending in an empty string ends `;;` and the list of
///   one empty string is `;`. The empty text is the empty list.
enum ImportValueText {
    /// What a field holds.
    enum Reading: Equatable {
        case value(Value)
        /// Nothing: the property is not set.
        case absent
        /// The text cannot be read as the column's type; the reason says why.
        case invalid(String)
    }

    /// Reads a field that is present in the file (even if empty) as `type`.
    static func read(_ text: String, as type: ImportFieldType) -> Reading {
        if type.isList {
            var items: [Value] = []
            for item in listItems(text) {
                switch scalar(item, type.scalar) {
                case .value(let value): items.append(value)
                case .absent: return .invalid("a \(type) list cannot hold an empty item")
                case .invalid(let reason): return .invalid(reason)
                }
            }
            return .value(.list(items))
        }
        return scalar(text, type.scalar)
    }

    /// Reads one scalar.
    static func scalar(_ text: String, _ type: ImportFieldType.Scalar) -> Reading {
        if type == .string { return .value(.string(text)) }
        let trimmed = trimmingBlanks(text)
        if trimmed.isEmpty { return .absent }
        var invalid: Reading { .invalid("\(ValueFormatting.quote(trimmed)) is not \(type.phrase)") }
        switch type {
        case .string:
            return .value(.string(text))
        case .int:
            return Int64(trimmed).map { .value(.int($0)) } ?? invalid
        case .float:
            // Swift also reads hexadecimal floats; the format does not have them.
            guard !trimmed.utf8.contains(where: { $0 == 0x78 || $0 == 0x58 }), let d = Double(trimmed) else { return invalid }
            return .value(.float(d))
        case .bool:
            switch trimmed.lowercased() {
            case "true": return .value(.bool(true))
            case "false": return .value(.bool(false))
            default: return invalid
            }
        case .date, .datetime, .localdatetime, .time, .localtime, .duration:
            guard let function = temporalConstructors[type],
                  let value = try? function([.string(trimmed)]), !value.isNull else { return invalid }
            return .value(value)
        }
    }

    /// The constructor function that parses each temporal type's ISO 8601 text.
    private static let temporalConstructors: [ImportFieldType.Scalar: ScalarFunction] = {
        var functions: [ImportFieldType.Scalar: ScalarFunction] = [:]
        for type in [ImportFieldType.Scalar.date, .datetime, .localdatetime, .time, .localtime, .duration] {
            functions[type] = ScalarFunctions.lookup(type.rawValue)
        }
        return functions
    }()

    /// Splits list text into items, undoing backslash escapes; one trailing `;` is dropped.
    static func listItems(_ text: String) -> [String] {
        var items: [String] = []
        var item = ""
        var escaped = false
        // True right after an unescaped `;`: the text so far ends with a closed item.
        var closed = true
        for character in text {
            if escaped {
                item.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
                closed = false
            } else if character == ";" {
                items.append(item)
                item = ""
                closed = true
            } else {
                item.append(character)
                closed = false
            }
        }
        if escaped { item.append("\\") }
        if !closed { items.append(item) }
        return items
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingBlanks(_ text: String) -> String {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let first = text.utf8.first, let last = text.utf8.last, isBlank(first) || isBlank(last) else { return text }
        var slice = Substring(text)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    // MARK: - Writing

    /// The field text of a value that ``ImportFieldType/of(_:)`` gives a type.
    static func text(_ value: Value) -> String {
        if case .list(let items) = value {
            var text = items.map { escapeListItem(scalarText($0)) }.joined(separator: ";")
            if case .string(let last)? = items.last, last.isEmpty { text += ";" }
            return text
        }
        return scalarText(value)
    }

    /// A scalar as the format writes it.
    static func scalarText(_ value: Value) -> String {
        switch value {
        case .float(let d): return ValueFormatting.formatFloat(d)
        default: return ValueFormatting.plainText(value) ?? ""
        }
    }

    private static func escapeListItem(_ item: String) -> String {
        guard item.contains(where: { $0 == ";" || $0 == "\\" }) else { return item }
        var escaped = ""
        for character in item {
            if character == ";" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
