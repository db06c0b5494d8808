import Foundation
import Testing
import Trellis
@testable import TrellisServe

/// Every member of a `trellis serve` request is checked for its type as Docs/serve-protocol.md
/// says: a `null` where an object, a string or a number belongs is `InvalidField`, not "absent".
@Suite("trellis serve request members")
struct ServeRequestFieldTests {
    func code(_ line: String) -> (id: Value, code: String?, message: String?) {
        let request = ServeRequest(line: Array(line.utf8))
        guard case .invalid(let error) = request.action else { return (request.id, nil, nil) }
        return (request.id, error.code, error.message)
    }

    @Test func nullParametersAndLimitsAreInvalidFields() {
        let parameters = code(#"{"id": 1, "query": "RETURN 1", "parameters": null}"#)
        #expect(parameters.code == "InvalidField")
        #expect(parameters.message == "\"parameters\" must be an object, not null")
        #expect(parameters.id == 1)
        let limits = code(#"{"id": 2, "query": "RETURN 1", "limits": null}"#)
        #expect(limits.code == "InvalidField")
        #expect(limits.message == "\"limits\" must be an object, not null")
    }

    @Test func nullInsideLimitsIsAnInvalidField() {
        for name in ["timeout", "maxResultRows", "maxIntermediateRows", "maxPathLength"] {
            let result = code(#"{"id": 3, "query": "RETURN 1", "limits": {"\#(name)": null}}"#)
            #expect(result.code == "InvalidField", "\(name)")
            #expect(result.message?.hasPrefix("\"\(name)\" must be") == true, "\(name): \(result.message ?? "")")
        }
    }

    @Test func nullQueryAndCommandAreInvalidFields() {
        #expect(code(#"{"id": 4, "query": null}"#).code == "InvalidField")
        #expect(code(#"{"id": 5, "command": null}"#).code == "InvalidField")
    }

    @Test func absentMembersAndAnyIdAreStillFine() {
        #expect(code(#"{"query": "RETURN 1"}"#).code == nil)
        #expect(code(#"{"id": null, "query": "RETURN 1", "parameters": {}, "limits": {}}"#).code == nil)
        #expect(code(#"{"id": [1, {"a": null}], "command": "interrupt"}"#).code == nil)
    }
}
