import Foundation
import TrellisCore

/// The pattern of `text =~ pattern`, compiled: ICU's regular expressions (through Foundation),
/// whose syntax and semantics are Java's, as openCypher specifies.
///
/// A backtracking matcher can take exponential time on patterns such as `(a|aa)*c`, so a match
/// reports its progress every few thousand steps: it stops with the statement when the statement
/// is cancelled or runs out of time, and on its own after ``maximumProgressReports`` reports
/// (seconds of matching; an everyday pattern on a long text needs a few hundred). A match that
/// exhausts ICU's backtracking stack is an error too, rather than a silent "no match".
struct RegularExpression {
    static let maximumProgressReports = 20_000

    private let wholeText: NSRegularExpression

    /// Compiles `pattern`; nil when it is not a valid regular expression.
    init?(_ pattern: String) {
        // Compiled alone first, so that a pattern such as `a)(b` is not made valid by the wrapping.
        guard (try? NSRegularExpression(pattern: pattern)) != nil,
              let wholeText = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z") else { return nil }
        self.wholeText = wholeText
    }

    /// True when the pattern matches all of `text`. `checkCancelled` runs at each progress report
    /// and may throw to stop the match.
    func matches(_ text: String, range: SourceRange, checkCancelled: () throws -> Void) throws -> Bool {
        var matched = false
        var reports = 0
        var stoppedBy: (any Error)?
        let whole = NSRange(location: 0, length: (text as NSString).length)
        // The callback runs only while enumerateMatches does.
        withoutActuallyEscaping(checkCancelled) { checkCancelled in
            let options: NSRegularExpression.MatchingOptions = [.reportProgress, .reportCompletion]
            wholeText.enumerateMatches(in: text, options: options, range: whole) { result, flags, stop in
                if result != nil {
                    matched = true
                    stop.pointee = true
                    return
                }
                if flags.contains(.internalError) {
                    stoppedBy = TrellisError(.limitExceeded, "RegexTooComplex",
                                             "the regular expression needs more memory to match than it may use", at: range)
                }
                guard flags.contains(.progress) else { return }
                reports += 1
                do {
                    try checkCancelled()
                    if reports > RegularExpression.maximumProgressReports {
                        throw TrellisError(.limitExceeded, "RegexTooComplex",
                                           "the regular expression needs too many steps to match (it backtracks too much)",
                                           at: range)
                    }
                } catch {
                    stoppedBy = error
                    stop.pointee = true
                }
            }
        }
        if let stoppedBy { throw stoppedBy }
        return matched
    }
}
