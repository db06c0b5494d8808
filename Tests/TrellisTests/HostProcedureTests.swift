import Testing
import Trellis

@Suite("Host procedures")
struct HostProcedureTests {
    @Test func aProcedureWithoutOutputsRunsAndReturnsNothing() throws {
        let db = Database()
        db.register(Procedure(name: "test.doNothing", parameters: [], outputs: [], body: { _ in [] }))
        let result = try db.execute("CALL test.doNothing()")
        #expect(result.rows.isEmpty)
    }

    @Test func aProcedureMapsArgumentsToRows() throws {
        let db = Database()
        db.register(Procedure(name: "test.twice", parameters: [.init(name: "x", type: "INTEGER?")],
                              outputs: [.init(name: "y", type: "INTEGER?")],
                              body: { args in
                                  guard case .int(let x) = args[0] else { return [[.null]] }
                                  return [[.int(x * 2)]]
                              }))
        #expect(try db.execute("UNWIND [1, 2] AS i CALL test.twice(i) YIELD y RETURN i, y").rows == [[1, 2], [2, 4]])
    }
}
