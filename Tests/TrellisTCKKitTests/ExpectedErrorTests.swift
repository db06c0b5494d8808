import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct ExpectedErrorTests {
    @Test func readsErrorSteps() throws {
        let typeError = try #require(ExpectedError(stepText: "a TypeError should be raised at runtime: InvalidArgumentValue"))
        #expect(typeError == ExpectedError(kind: "TypeError", phase: .runtime, detail: "InvalidArgumentValue"))
        let entity = try #require(ExpectedError(stepText: "an EntityNotFound should be raised at runtime: DeletedEntityAccess"))
        #expect(entity.kind == "EntityNotFound")
        let any = try #require(ExpectedError(stepText: "a TypeError should be raised at any time: *"))
        #expect(any.phase == .anyTime && any.detail == "*")
        let compile = try #require(ExpectedError(stepText: "a SyntaxError should be raised at compile time: UndefinedVariable"))
        #expect(compile.phase == .compileTime)
        #expect(ExpectedError(stepText: "a TypeError should be raised at noon: X") == nil)
        #expect(ExpectedError(stepText: "the result should be empty") == nil)
    }

    @Test func matchesKindPhaseAndDetail() {
        let expected = ExpectedError(kind: "SyntaxError", phase: .compileTime, detail: "UndefinedVariable")
        #expect(expected.mismatch(with: TrellisError.syntax("UndefinedVariable", "x is not defined", at: nil)) == nil)
        #expect(expected.mismatch(with: TrellisError.syntax("VariableAlreadyBound", "m", at: nil))
                == "expected SyntaxError at compile time: UndefinedVariable, got SyntaxError at compile time: VariableAlreadyBound (m) (wrong detail)")
        #expect(expected.mismatch(with: TrellisError(.syntaxError, "UndefinedVariable", "m", phase: .runtime))?
            .hasSuffix("(wrong phase)") == true)
        #expect(expected.mismatch(with: TrellisError.type("UndefinedVariable", "m"))
                == "expected SyntaxError at compile time: UndefinedVariable, got TypeError at runtime: UndefinedVariable (m)")
    }

    @Test func wildcards() {
        let anyDetail = ExpectedError(kind: "TypeError", phase: .anyTime, detail: "*")
        #expect(anyDetail.mismatch(with: TrellisError.type("Whatever", "m")) == nil)
        #expect(anyDetail.mismatch(with: TrellisError(.typeError, "Other", "m", phase: .compileTime)) == nil)
        #expect(anyDetail.mismatch(with: TrellisError.argument("Whatever", "m")) != nil)
        let anyKind = ExpectedError(kind: "Error", phase: .runtime, detail: "X")
        #expect(anyKind.mismatch(with: TrellisError.argument("X", "m")) == nil)
    }

    @Test func otherErrorsNeverMatch() {
        struct Crash: Error {}
        let expected = ExpectedError(kind: "Error", phase: .anyTime, detail: "*")
        #expect(expected.mismatch(with: Crash())?.contains("non-TCK error") == true)
    }
}
