import Testing
@testable import TrellisCLI

@Suite("Choosing among completions")
struct CompletionResultTests {
    @Test func theOnlyCandidateIsFilledInWithItsSuffix() {
        let result = CompletionResult.choosing([CompletionCandidate("MATCH", suffix: " ")], replacing: "MAT")
        #expect(result == CompletionResult(replacing: "MAT", action: .insert("MATCH ")))
    }

    @Test func severalAreFilledInAsFarAsTheyAgree() {
        let candidates = [CompletionCandidate("Padnell Junior School"), CompletionCandidate("Padnell Infant School")]
        #expect(CompletionResult.choosing(candidates, replacing: "Pad").action == .insert("Padnell "))
    }

    @Test func severalThatAgreeNoFurtherAreListedSorted() {
        let candidates = [CompletionCandidate("School", display: "School"), CompletionCandidate("Result")]
        #expect(CompletionResult.choosing(candidates, replacing: "").action == .list(["Result", "School"]))
    }

    @Test func aSharedBeginningInAnotherCaseDoesNotEraseWhatWasTyped() {
        let candidates = [CompletionCandidate("MATCH"), CompletionCandidate("max")]
        #expect(CompletionResult.choosing(candidates, replacing: "ma").action == .list(["MATCH", "max"]))
    }

    @Test func duplicatesCountOnce() {
        let candidates = [CompletionCandidate("count", suffix: "("), CompletionCandidate("count", suffix: " ")]
        #expect(CompletionResult.choosing(candidates, replacing: "cou").action == .insert("count("))
    }

    @Test func nothingToChooseFrom() {
        #expect(CompletionResult.choosing([], replacing: "zz") == .nothing)
    }

    @Test func commonPrefixComparesCharacters() {
        #expect(CompletionResult.commonPrefix(of: ["Ysgol Gymraeg", "Ysgol Glan"]) == "Ysgol G")
        #expect(CompletionResult.commonPrefix(of: ["a", "b"]) == "")
        #expect(CompletionResult.commonPrefix(of: []) == "")
    }

    @Test func listsFitTheWidthInColumnsReadDownwards() {
        let text = CompletionList.layout(["IN_AUTHORITY", "IN_PROGRAMME", "IN_REGION", "MEMBER_OF"], width: 30)
        #expect(text == "IN_AUTHORITY  IN_REGION\nIN_PROGRAMME  MEMBER_OF\n")
        #expect(CompletionList.layout(["a", "b"], width: 80) == "a  b\n")
        let many = (1...130).map { "name\($0)" }
        #expect(CompletionList.layout(many, width: 80).hasSuffix("… and 10 more; type more letters to narrow them down\n"))
    }
}
