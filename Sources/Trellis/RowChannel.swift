import Foundation
import TrellisCore
import TrellisEngine

/// Carries rows from the thread running a statement to the cursor that reads them, holding at most
/// `capacity` rows: the statement waits while the reader is behind, so a large result is never held
/// whole. Either side may end it: the statement when it finishes or fails, the reader by cancelling.
final class RowChannel: RowSink, @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    /// Stops the statement when the reader cancels, even between rows (while it sorts, say).
    let cancellation = StatementCancellation()
    // Guarded by `condition`:
    private var buffer: [Row] = []
    private var head = 0
    private var columns: [String]? = nil
    private var isFinished = false
    private var failure: (any Error)? = nil
    private var isCancelled = false
    private var statistics = UpdateStatistics()
    private var waiter: CheckedContinuation<Void, Never>? = nil

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    // MARK: - The statement's side

    func begin(columns: [String]) throws {
        update { self.columns = columns }
    }

    func receive(_ values: [Value], entities: ResultEntities) throws -> Bool {
        condition.lock()
        while buffer.count - head >= capacity && !isCancelled { condition.wait() }
        guard !isCancelled, let columns else {
            condition.unlock()
            return false
        }
        if head > capacity { buffer.removeFirst(head); head = 0 }
        buffer.append(Row(columns: columns, values: values, entities: entities))
        let waiting = takeWaiter()
        condition.broadcast()
        condition.unlock()
        waiting?.resume()
        return true
    }

    /// The statement ended: successfully (`error` nil) or not.
    func finish(_ result: Result<QueryResult, any Error>) {
        update {
            isFinished = true
            switch result {
            case .success(let r):
                statistics = r.statistics
                if columns == nil { columns = r.columns }
            case .failure(let e): failure = e
            }
        }
    }

    // MARK: - The reader's side

    /// Stops the statement at its next row and drops what is buffered.
    func cancel() {
        cancellation.cancel()
        update {
            isCancelled = true
            buffer = []
            head = 0
        }
    }

    /// Waits until the statement has started (its columns are known) or failed.
    func waitForColumns() throws -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while columns == nil && !isFinished { condition.wait() }
        if let columns { return columns }
        throw failure ?? TrellisError(.internalError, "NoColumns", "the statement ended without columns")
    }

    /// Suspends until the statement has started or failed.
    func columnsWhenReady() async throws -> [String] {
        while true {
            if let ready = try poll({ columns != nil || isFinished }, { columns }) { return ready }
            await suspend(until: { columns != nil || isFinished })
        }
    }

    /// The next row, waiting for it; nil at the end of the result.
    func next() throws -> Row? {
        condition.lock()
        defer { condition.unlock() }
        while !hasNext && !isFinished && !isCancelled { condition.wait() }
        return try takeRow()
    }

    /// The next row, suspending until it comes; nil at the end of the result.
    func nextWhenReady() async throws -> Row? {
        while true {
            if let ready = try poll({ hasNext || isFinished || isCancelled }, { Optional(try takeRow()) }) { return ready }
            await suspend(until: { hasNext || isFinished || isCancelled })
        }
    }

    /// What the statement changed, once it has finished.
    var finalStatistics: UpdateStatistics { update { statistics } }

    // MARK: - Guarded helpers (call with the condition locked)

    private var hasNext: Bool { buffer.count > head }

    private func takeRow() throws -> Row? {
        if isCancelled { throw TrellisError(.cancelled, "Cancelled", "the cursor was closed") }
        if hasNext {
            let row = buffer[head]
            head += 1
            condition.broadcast()
            return row
        }
        if let failure { throw failure }
        return nil
    }

    private func takeWaiter() -> CheckedContinuation<Void, Never>? {
        defer { waiter = nil }
        return waiter
    }

    private func update<T>(_ body: () -> T) -> T {
        condition.lock()
        let result = body()
        let waiting = takeWaiter()
        condition.broadcast()
        condition.unlock()
        waiting?.resume()
        return result
    }

    /// Under the lock: nil when not `ready`, else `value()`; when that is nil too, the statement
    /// ended without what was asked for, so its failure is thrown.
    private func poll<T>(_ ready: () -> Bool, _ value: () throws -> T?) throws -> T? {
        condition.lock()
        defer { condition.unlock() }
        guard ready() else { return nil }
        if let v = try value() { return v }
        throw failure ?? TrellisError(.internalError, "NoColumns", "the statement ended without columns")
    }

    /// Suspends the calling task until `ready` holds (checked under the lock, so no wake-up is lost).
    private func suspend(until ready: () -> Bool) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            if ready() {
                condition.unlock()
                continuation.resume()
            } else {
                waiter = continuation
                condition.unlock()
            }
        }
    }
}
