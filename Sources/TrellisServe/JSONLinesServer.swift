import Foundation
import Trellis

/// Answers requests read one per line with responses written one per line: the protocol of
/// `trellis serve --stdio` (see ``ServeRequest`` and ``ServeResponse``).
///
/// Requests are answered one at a time, in the order they were read, each response written as
/// soon as it is ready. Lines are read on a thread of their own meanwhile, so that an interrupt
/// reaches the statement it cancels while that statement still runs.
public struct JSONLinesServer: Sendable {
    /// The default bound on a request line: 64 MiB.
    public static let defaultMaximumRequestBytes = 64 << 20
    /// The default bound on a response line: 256 MiB.
    public static let defaultMaximumResponseBytes = 256 << 20

    public let database: Database
    /// The longest response line written; a longer one is replaced by a `LimitExceeded`
    /// (`ResponseTooLarge`) error, and its encoding stops as soon as it goes past. Nil for no bound.
    public var maximumResponseBytes: Int?
    /// The bound on a statement's length the server was started with, kept whatever limits a request sets.
    private let maximumStatementBytes: Int?

    public init(database: Database, maximumResponseBytes: Int? = JSONLinesServer.defaultMaximumResponseBytes) {
        self.database = database
        self.maximumResponseBytes = maximumResponseBytes
        self.maximumStatementBytes = database.limits.maxStatementBytes
    }

    /// Reads lines with `nextLine` (nil at the end of the input) and hands each response line,
    /// without its line break, to `respond`; returns once every request has been answered.
    /// Lines holding only whitespace are skipped.
    public func run(readingLinesWith nextLine: @escaping @Sendable () -> [UInt8]?, respond: (String) -> Void) {
        run(reading: { nextLine().map { .line($0) } }, respond: respond)
    }

    /// As ``run(readingLinesWith:respond:)``, with lines that may have been too long to read
    /// (``FileDescriptorLines/Line/tooLong(byteCount:)``): each is answered `RequestTooLong`.
    package func run(reading nextLine: @escaping @Sendable () -> FileDescriptorLines.Line?,
                     maximumRequestBytes: Int = JSONLinesServer.defaultMaximumRequestBytes,
                     respond: (String) -> Void) {
        let inbox = ServeInbox()
        let reader = Thread {
            while let line = nextLine() {
                switch line {
                case .line(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { continue }
                    inbox.post(ServeRequest(line: bytes))
                case .tooLong(let count):
                    inbox.post(ServeRequest(id: .null, action: .invalid(
                        .requestTooLong(byteCount: count, limit: maximumRequestBytes))))
                }
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
        answer(entry.request, isCancelled: { inbox.isCancelled(entry.sequence) })
    }

    /// The response line to `request`; `isCancelled` tells whether an interrupt has cancelled it.
    public func answer(_ request: ServeRequest, isCancelled: @escaping () -> Bool = { false }) -> String {
        let id = request.id
        switch request.action {
        case .invalid(let error):
            return ServeResponse.failure(id: id, error: error)
        case .interrupt:
            return ServeResponse.acknowledgement(id: id)
        case .query(let text, let parameters, var limits):
            if isCancelled() {
                return ServeResponse.failure(id: id, error: TrellisError(
                    .cancelled, "Cancelled", "the request was interrupted before it started"))
            }
            limits.maxStatementBytes = maximumStatementBytes
            database.limits = limits
            let database = self.database
            let outcome = StatementExecution(database: database).run(cancellingWhen: isCancelled) {
                try Self.runScript(text, parameters: parameters, in: database)
            }
            switch outcome.result {
            case .success(let result):
                return ServeResponse.success(id: id, result: result, maximumBytes: maximumResponseBytes)
            case .failure(let error):
                return ServeResponse.failure(id: id, error: error)
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
