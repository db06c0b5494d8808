/// How the files of the CSV import format are named: `NAME.csv` or `NAME.ANYTHING.csv`, where
/// NAME — the text before the first `.` — is the label of a node file or the type of a
/// relationship file, and `()` names the node file of nodes without a label.
///
/// A character that cannot stand in a file name, or would be misread in one, is written `%XX`
/// (its UTF-8 bytes in hexadecimal); `%` itself is `%25`. The writer encodes `%`, `.`, `/`, `\`,
/// `:`, `(`, `)`, `*`, `?`, `"`, `<`, `>`, `|` and control characters; the reader decodes any `%XX`.
enum ImportFileName {
    /// The stem of the file that holds nodes without a label.
    static let unlabelledStem = "()"

    /// True for names ending `.csv` (in any case).
    static func isCSV(_ fileName: String) -> Bool {
        fileName.lowercased().hasSuffix(".csv") && !fileName.hasPrefix(".")
    }

    /// What a file name stands for.
    enum Stem: Hashable {
        /// `().csv`: nodes without a label.
        case unlabelled
        /// A label or relationship type, decoded.
        case named(String)
    }

    /// The label or type a file name stands for; nil when the name is empty or badly encoded.
    static func stem(of fileName: String) -> Stem? {
        let withoutExtension = fileName.dropLast(4)
        let stem = withoutExtension.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard !stem.isEmpty else { return nil }
        if stem == unlabelledStem { return .unlabelled }
        return decode(stem).map(Stem.named)
    }

    /// The file name for `name` (nil: nodes without a label), with `part` between the name and
    /// `.csv` when given: `School.csv`, `MEMBER_OF.School-Partnership.csv`.
    static func fileName(for name: String?, part: String? = nil) -> String {
        let stem = name.map(encode) ?? unlabelledStem
        return stem + (part.map { "." + encode($0) } ?? "") + ".csv"
    }

    static func encode(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || "%./\\:()*?\"<>|".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func decode(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
