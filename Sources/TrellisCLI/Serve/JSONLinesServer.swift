import Foundation
import Trellis

/// Answers requests read one per line with responses written one per line: the protocol of
/// `trellis serve --stdio` (see ``ServeRequest`` and ``ServeResponse``).
///
/// Requests are answered one at a time, in the order they were read, each response written as
/// soon as it is ready. Lines are read on a thread of their own meanwhile, so that an interrupt
/// reaches the statement it cancels while that statement still runs.
struct JSONLinesServer {
    let database: Database

    /// Reads lines with `nextLine` (nil at the end of the input) and hands each response line,
    /// without its line break, to `respond`; returns once every request has been answered.
    /// Lines holding only whitespace are skipped.
    func run(readingLinesWith nextLine: @escaping @Sendable () -> [UInt8]?, respond: (String) -> Void) {
        let inbox = ServeInbox()
        let reader = Thread {
            while let line = nextLine() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { continue }
                inbox.post(ServeRequest(line: line))
            }
            inbox.end()
        }
        // Room for the decoder's recursion into arrays and objects nested up to its limit.
        reader.stackSize = 4 << 20
        reader.start()
        while let entry = inbox.next() {
            respond(answer(entry, inbox: inbox))
        }
    }

    /// The response line to one request.
    func answer(_ entry: ServeInbox.Entry, inbox: ServeInbox) -> String {
        let id = entry.request.id
        switch entry.request.action {
        case .invalid(let error):
            return ServeResponse.failure(id: id, error: error)
        case .interrupt:
            return ServeResponse.acknowledgement(id: id)
        case .query(let text, let parameters, let limits):
            if inbox.isCancelled(entry.sequence) {
                return ServeResponse.failure(id: id, error: TrellisError(
                    .cancelled, "Cancelled", "the request was interrupted before it started"))
            }
            database.limits = limits
            let database = self.database
            let outcome = StatementExecution(database: database).run(
                cancellingWhen: { inbox.isCancelled(entry.sequence) }
            ) {
                try Self.runScript(text, parameters: parameters, in: database)
            }
            switch outcome.result {
            case .success(let result): return ServeResponse.success(id: id, result: result)
            case .failure(let error): return ServeResponse.failure(id: id, error: error)
            }
        }
    }

    /// Runs every statement of `text`: the last statement's result, with the statistics of all of them.
    static func runScript(_ text: String, parameters: [String: Value], in database: Database) throws -> QueryResult {
        var last = QueryResult(columns: [], rows: [])
        var total = UpdateStatistics()
        try database.executeScript(text, parameters: parameters) { result in
            total.add(result.statistics)
            last = result
        }
        last.statistics = total
        return last
    }
}
