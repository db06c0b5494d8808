import TrellisCore
import TrellisEngine

/// The rows of one statement, read one at a time while the statement runs, so that a large result
/// is never held in memory whole.
///
/// ```swift
/// let cursor = try db.cursor("MATCH (s:School) RETURN s.name AS name")
/// while let row = try cursor.next() {
///     print(try row["name", as: String.self])
/// }
/// // or, in async code:
/// for try await row in try await db.cursor("MATCH (s:School) RETURN s.name AS name") { … }
/// ```
///
/// A read-only statement runs on a thread of its own, a few hundred rows ahead of the reader, and
/// holds the database's read lock until its last row is read or the cursor is closed: writers wait
/// meanwhile, and all rows come from one consistent state of the graph. So read to the end or call
/// ``close()`` (dropping the cursor closes it too), and do not run a writing statement on the same
/// database from the thread reading an open cursor: it would wait for the cursor forever. A writing
/// statement runs and commits in full before its first row is read.
///
/// One reader at a time: a cursor is safe to hand to another thread or task, not to read from two at once.
public final class RowCursor: Sendable {
    /// The column names, in order.
    public let columns: [String]
    private let channel: RowChannel

    init(columns: [String], channel: RowChannel) {
        self.columns = columns
        self.channel = channel
    }

    deinit { channel.cancel() }

    /// The next row, waiting for the statement to produce it; nil after the last one.
    /// - Throws: the statement's error (a runtime error, `Cancelled`, `LimitExceeded`) at the row where it
    ///   happened; the rows before it were delivered. `Cancelled` after ``close()``.
    public func next() throws -> Row? { try channel.next() }

    /// Stops the statement and releases the database; later reads throw `Cancelled`.
    public func close() { channel.cancel() }

    /// What the statement changed (for a writing statement), once every row has been read.
    public var statistics: UpdateStatistics { channel.finalStatistics }

    /// Reads every remaining row into an array.
    public func all() throws -> [Row] {
        var rows: [Row] = []
        while let row = try next() { rows.append(row) }
        return rows
    }

    /// Starts `statement` on a worker thread and returns its cursor once the statement has started.
    static func start(_ run: @escaping @Sendable (RowChannel) throws -> QueryResult) throws -> RowCursor {
        let channel = RowChannel()
        WorkerThread.start { channel.finish(Result { try run(channel) }) }
        return RowCursor(columns: try channel.waitForColumns(), channel: channel)
    }

    /// Starts `statement` on a worker thread and returns its cursor once the statement has started,
    /// suspending meanwhile.
    static func start(_ run: @escaping @Sendable (RowChannel) throws -> QueryResult) async throws -> RowCursor {
        let channel = RowChannel()
        WorkerThread.start { channel.finish(Result { try run(channel) }) }
        do {
            let columns = try await withTaskCancellationHandler {
                try await channel.columnsWhenReady()
            } onCancel: {
                channel.cancel()
            }
            return RowCursor(columns: columns, channel: channel)
        } catch {
            channel.cancel()
            throw error
        }
    }
}

extension RowCursor: AsyncSequence {
    public typealias Element = Row

    /// Reads a cursor's rows in async code: `for try await row in cursor`. Cancelling the task closes the cursor.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let cursor: RowCursor

        public mutating func next() async throws -> Row? {
            let channel = cursor.channel
            return try await withTaskCancellationHandler {
                try await channel.nextWhenReady()
            } onCancel: {
                channel.cancel()
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(cursor: self) }
}
