import Testing
import Trellis
@testable import TrellisCLI

@Suite("Statement buffer")
struct StatementBufferTests {
    private func texts(_ outcome: StatementBuffer.Outcome) -> [String] {
        guard case .ready(_, let statements) = outcome else { return [] }
        return statements.map(\.text)
    }

    @Test func aStatementEndsAtASemicolonOnALaterLine() {
        var buffer = StatementBuffer()
        #expect(buffer.add("MATCH (s:School)") == .incomplete)
        #expect(buffer.text == "MATCH (s:School)\n")
        let outcome = buffer.add("RETURN s.name;")
        #expect(texts(outcome) == ["MATCH (s:School)\nRETURN s.name"])
        #expect(buffer.isEmpty)
    }

    @Test func anEmptyLineRunsAStatementWithoutSemicolon() {
        var buffer = StatementBuffer()
        #expect(buffer.add("RETURN 1") == .incomplete)
        #expect(texts(buffer.add("")) == ["RETURN 1"])
        #expect(buffer.isEmpty)
        #expect(buffer.add("") == .incomplete)
    }

    @Test func semicolonsInStringsAndCommentsDoNotEndStatements() {
        var buffer = StatementBuffer()
        #expect(buffer.add("RETURN 'a;") == .incomplete)
        // An empty line inside an open string belongs to the string.
        #expect(buffer.add("") == .incomplete)
        #expect(texts(buffer.add("b' /* ; */ AS x;")) == ["RETURN 'a;\n\nb' /* ; */ AS x"])
    }

    @Test func whatFollowsTheLastSemicolonIsKept() {
        var buffer = StatementBuffer()
        #expect(texts(buffer.add("RETURN 1; RETURN 2; MATCH (n)")) == ["RETURN 1", "RETURN 2"])
        #expect(buffer.text == " MATCH (n)\n")
        #expect(texts(buffer.add("RETURN n;")) == ["MATCH (n)\nRETURN n"])
    }

    @Test func aCommentAfterTheLastSemicolonIsDropped() {
        var buffer = StatementBuffer()
        #expect(texts(buffer.add("RETURN 1; // done")) == ["RETURN 1"])
        #expect(buffer.isEmpty)
        #expect(buffer.add(";") == .incomplete)
        #expect(buffer.isEmpty)
    }

    @Test func historyEntriesAreOneLineEndingInSemicolons() {
        let split = StatementSplitter.split("MATCH (s:School)\n  RETURN s.name;\nRETURN 2")
        #expect(HistoryEntry.entries(for: split.statements) == ["MATCH (s:School) RETURN s.name; RETURN 2;"])
        let commented = StatementSplitter.split("MATCH (s) // every node\nRETURN s;")
        #expect(HistoryEntry.entries(for: commented.statements) == ["MATCH (s) // every node", "RETURN s;"])
        let multilineString = StatementSplitter.split("RETURN 'a\n b';")
        #expect(HistoryEntry.entries(for: multilineString.statements) == ["RETURN 'a", "b';"])
    }
}
