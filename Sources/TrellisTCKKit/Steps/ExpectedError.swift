import Foundation
import Trellis

/// The error a `Then a <Kind> should be raised at <phase>: <detail>` step expects.
public struct ExpectedError: Sendable, Hashable, CustomStringConvertible {
    /// When the error is expected to surface.
    public enum Phase: String, Sendable, Hashable {
        case compileTime = "compile time"
        case runtime = "runtime"
        /// `any time`: either phase is accepted.
        case anyTime = "any time"
    }

    /// The TCK's wildcard error type, accepting every kind.
    public static let anyKind = "Error"
    /// The TCK's wildcard detail, accepting every code.
    public static let anyDetail = "*"

    /// The TCK error type, e.g. `SyntaxError`; compared with `TrellisError.Kind.rawValue`.
    public var kind: String
    public var phase: Phase
    /// The detail code, e.g. `UndefinedVariable`, or `*`.
    public var detail: String

    public init(kind: String, phase: Phase, detail: String) {
        self.kind = kind
        self.phase = phase
        self.detail = detail
    }

    /// Reads the step text `a TypeError should be raised at runtime: InvalidArgumentValue`;
    /// nil when the text is not an error expectation.
    public init?(stepText text: String) {
        let article: String
        if text.hasPrefix("an ") { article = "an " } else if text.hasPrefix("a ") { article = "a " } else { return nil }
        let rest = text.dropFirst(article.count)
        guard let kindEnd = rest.range(of: " should be raised at ") else { return nil }
        let kind = String(rest[..<kindEnd.lowerBound])
        let afterPhase = rest[kindEnd.upperBound...]
        guard let colon = afterPhase.range(of: ": "),
              let phase = Phase(rawValue: String(afterPhase[..<colon.lowerBound])) else { return nil }
        let detail = String(afterPhase[colon.upperBound...]).trimmingGherkinWhitespace()
        guard !kind.isEmpty, !kind.contains(" "), !detail.isEmpty else { return nil }
        self.init(kind: kind, phase: phase, detail: detail)
    }

    /// `nil` when `error` is the expected one; otherwise what differs, on one line.
    /// Type, phase and detail are checked in that order, as the reference harness does.
    public func mismatch(with error: any Error) -> String? {
        guard let error = error as? TrellisError else {
            return "expected \(self), got a non-TCK error: \(OneLine.text(String(describing: error)))"
        }
        if kind != Self.anyKind && error.kind.rawValue != kind {
            return "expected \(self), got \(Self.describe(error))"
        }
        if phase != .anyTime && error.phase.rawValue != phase.rawValue {
            return "expected \(self), got \(Self.describe(error)) (wrong phase)"
        }
        if detail != Self.anyDetail && error.code != detail {
            return "expected \(self), got \(Self.describe(error)) (wrong detail)"
        }
        return nil
    }

    /// `TypeError at runtime: InvalidArgumentValue`.
    public var description: String { "\(kind) at \(phase.rawValue): \(detail)" }

    /// `SyntaxError at compile time: UndefinedVariable (message)`.
    public static func describe(_ error: TrellisError) -> String {
        "\(error.kind.rawValue) at \(error.phase.rawValue): \(error.code) (\(OneLine.text(error.message)))"
    }
}
