import Trellis

/// Compares a query result with an expected table the way the TCK does: column names exactly
/// and in order, then rows either as a sequence ("in order") or as a multiset ("in any order").
public struct ResultComparison: Sendable {
    public var expected: ExpectedTable
    /// True for "in order": row *i* must match expected row *i*.
    public var isOrdered: Bool
    /// True for "(ignoring element order for lists)".
    public var ignoresListOrder: Bool

    public init(expected: ExpectedTable, isOrdered: Bool, ignoresListOrder: Bool = false) {
        self.expected = expected
        self.isOrdered = isOrdered
        self.ignoresListOrder = ignoresListOrder
    }

    /// `nil` when `result` is the expected one; otherwise the first difference, on one line.
    public func firstDifference(in result: QueryResult) -> String? {
        let description = ActualValueDescription(result: result)
        guard result.columns == expected.columns else {
            return "expected columns \(Self.list(expected.columns)), got \(Self.list(result.columns))"
        }
        if let wrongRow = result.rows.firstIndex(where: { $0.count != expected.columns.count }) {
            return "result row \(wrongRow + 1) has \(result.rows[wrongRow].count) values for \(expected.columns.count) columns"
        }
        let matcher = ValueMatcher(result: result, ignoresListOrder: ignoresListOrder)
        func rowMatches(_ expectedRow: [ExpectedValue], _ actualRow: [Value]) -> Bool {
            expectedRow.count == actualRow.count && zip(expectedRow, actualRow).allSatisfy { matcher.matches($0, $1) }
        }
        func text(_ row: [Value]) -> String { "| " + row.map(description.text(of:)).joined(separator: " | ") + " |" }
        func text(_ row: [ExpectedValue]) -> String { "| " + row.map(\.description).joined(separator: " | ") + " |" }

        if isOrdered {
            for (offset, (expectedRow, actualRow)) in zip(expected.rows, result.rows).enumerated()
            where !rowMatches(expectedRow, actualRow) {
                return "row \(offset + 1): expected \(text(expectedRow)), got \(text(actualRow))"
            }
            if expected.rows.count != result.rows.count {
                return "expected \(expected.rows.count) rows, got \(result.rows.count)" + Self.firstExtra(
                    expected: expected.rows.dropFirst(result.rows.count).first.map(text),
                    actual: result.rows.dropFirst(expected.rows.count).first.map(text))
            }
            return nil
        }

        var unmatched = Array(result.rows.indices)
        var missing: [ExpectedValue]?
        for expectedRow in expected.rows {
            if let position = unmatched.firstIndex(where: { rowMatches(expectedRow, result.rows[$0]) }) {
                unmatched.remove(at: position)
            } else if missing == nil {
                missing = expectedRow
            }
        }
        guard missing != nil || !unmatched.isEmpty else { return nil }
        let counts = expected.rows.count == result.rows.count
            ? "" : "expected \(expected.rows.count) rows, got \(result.rows.count); "
        if let missing {
            let unexpected = unmatched.first.map { "; first unexpected row \(text(result.rows[$0]))" } ?? ""
            return counts + "missing row \(text(missing))" + unexpected
        }
        return counts + "unexpected row \(text(result.rows[unmatched[0]]))"
    }

    private static func list(_ names: [String]) -> String { "[" + names.joined(separator: ", ") + "]" }

    private static func firstExtra(expected: String?, actual: String?) -> String {
        if let expected { return "; first missing row \(expected)" }
        if let actual { return "; first unexpected row \(actual)" }
        return ""
    }
}
