import Foundation
import Testing
import Trellis

/// Bytes that are not UTF-8 reach Trellis as replacement characters or are refused, never a crash.
@Suite("Hardening: invalid UTF-8")
struct InvalidUTF8Tests {
    let db = Database()

    func decoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func inAStringLiteralTheyBecomeReplacementCharacters() throws {
        let query = decoded(Array("RETURN '".utf8) + [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80] + Array("' AS s".utf8))
        guard case .string(let s) = try value(db, query) else { Issue.record("expected a string"); return }
        #expect(s.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" || $0 == "(" })
        #expect(s.contains("("))
    }

    @Test func elsewhereTheyAreASyntaxError() throws {
        for bytes: [UInt8] in [[0xFF], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let query = decoded(Array("RETURN 1 ".utf8) + bytes)
            let error = try failure(db, query)
            #expect(error.kind == .syntaxError, "\(bytes): \(error)")
            #expect(error.range?.start.offset == 9, "\(bytes): \(error)")
        }
    }

    @Test(.enabled(if: ExecutableTests.executable != nil || programsAreRequired, "the trellis program has not been built"))
    func theCommandRefusesAScriptFileThatIsNotUTF8() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-invalid-\(UUID().uuidString).cypher")
        try Data(Array("RETURN '".utf8) + [0xFF, 0xFE] + Array("' AS s;\n".utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExecutableTests.run(["run", file.path])
        #expect(result.status == 1)
        #expect(result.error.contains("not valid UTF-8"))
    }
}
