import Foundation
import Testing
import Trellis

/// `=~` backtracks; a pattern that backtracks exponentially must still stop.
@Suite("Hardening: regular expressions")
struct RegexBombTests {
    let db = Database()

    /// Each row's match backtracks for about a second; a million rows would take days.
    static let slowQuery = """
        UNWIND range(1, 1000000) AS i
        WITH i WHERE 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' =~ '(a|aa)*c'
        RETURN count(i)
        """

    @Test func theStatementTimeoutStopsAMatch() throws {
        db.limits = StatementLimits(timeout: 0.3)
        let started = Date()
        try expectFailure(db, Self.slowQuery, .limitExceeded, "Timeout")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func interruptStopsAMatch() throws {
        let db = self.db
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { db.interrupt() }
        try expectFailure(db, Self.slowQuery, .cancelled, "Cancelled")
    }

    @Test func catastrophicPatternsGiveAResultOrAnError() throws {
        let text = "An input string that takes a long time or even makes this regex to hang!"
        do {
            #expect(try value(db, "RETURN '\(text)' =~ '(\\\\w+\\\\s?)*'") == .bool(false))
        } catch let error as TrellisError {
            #expect(error.kind == .limitExceeded && error.code == "RegexTooComplex")
        }
        #expect(try value(db, "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$'") == .bool(false))
    }

    /// ICU's backtracking stack is bounded; running out of it is an error, not a silent false.
    @Test func exhaustingTheBacktrackingStackIsAnError() throws {
        try expectFailure(db, "RETURN reduce(s = '', i IN range(1, 500000) | s + 'ab') =~ '(a|b)*'", .limitExceeded, "RegexTooComplex")
    }

    @Test func matchesTheWholeTextWithJavaSyntax() throws {
        let row = try db.execute("""
            RETURN 'ab' =~ 'a|ab', 'abc' =~ 'ab', 'Mayfield' =~ '(?i)may.*', '116110' =~ '\\\\d{6}', 'a\\nb' =~ 'a.b'
            """).rows[0]
        #expect(row == [.bool(true), .bool(false), .bool(true), .bool(true), .bool(false)])
        try expectFailure(db, "RETURN 'x' =~ 'a)(b'", .argumentError, "InvalidArgumentValue")
    }
}
