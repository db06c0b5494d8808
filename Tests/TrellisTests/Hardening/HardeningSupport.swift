import Foundation
import Testing
import Trellis

/// The stack of a secondary thread on macOS, and less than any thread Trellis should need:
/// statements that nest deeply must not depend on the caller's stack.
let smallStackSize = 512 << 10

/// What a thread's work gave; read only once the thread has signalled that it is done.
private final class ThreadOutcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// Runs `body` on a new thread with a ``smallStackSize`` stack and waits for its outcome.
func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
    let outcome = ThreadOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        outcome.result = Result { try body() }
        done.signal()
    }
    thread.stackSize = smallStackSize
    thread.start()
    done.wait()
    return try outcome.result!.get()
}

/// The error `query` fails with on `db`, on a small stack; a test failure when it succeeds.
func failure(_ db: Database, _ query: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TrellisError {
    do {
        _ = try onSmallStack { try db.execute(query) }
    } catch let error as TrellisError {
        return error
    }
    Issue.record("expected \(query.prefix(80)) to fail", sourceLocation: sourceLocation)
    throw CancellationError()
}

/// Expects `query` to fail on `db` with an error of `kind` and `code`; returns the error.
@discardableResult
func expectFailure(_ db: Database, _ query: String, _ kind: TrellisError.Kind, _ code: String,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TrellisError {
    let error = try failure(db, query, sourceLocation: sourceLocation)
    #expect(error.kind == kind && error.code == code, "\(query.prefix(80)): \(error)", sourceLocation: sourceLocation)
    return error
}

/// The single value `query` returns on `db`, run on a small stack.
func value(_ db: Database, _ query: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
    let rows = try onSmallStack { try db.execute(query).rows }
    try #require(rows.count == 1 && rows[0].count == 1, "\(query.prefix(80)) gave \(rows.count) rows", sourceLocation: sourceLocation)
    return rows[0][0]
}
