import Trellis
import TrellisServe

/// A small graph for the requests' queries to find something in.
private let graphScript = """
    CREATE (a:School {name: 'Alder', urn: 1, tags: ['rural']}), (b:School {name: 'Birch', urn: 2}),
           (p:Partnership {name: 'North'}), (a)-[:MEMBER_OF {since: 2019}]->(p), (b)-[:MEMBER_OF]->(p)
    """

/// The limits every fuzzed query runs under, whatever "limits" its request holds: nothing the
/// input asks for may hang the fuzzer or exhaust its memory.
private let fuzzLimits = StatementLimits(timeout: 1, maxResultRows: 1_000, maxIntermediateRows: 10_000, maxPathLength: 6,
                                         maxStatementBytes: 1 << 16)

/// Tries one input two ways:
///
/// - as `trellis serve` request lines (split at line breaks): each is decoded, run on a fresh copy
///   of the small graph and answered; every answer must itself be one valid JSON object;
/// - as standard input piped into `trellis`: the lines go through ``StatementStream``, which
///   must refuse exactly the lines that are not UTF-8 and hand out statements that split again
///   to themselves.
func fuzzServe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)

    let database = Database()
    do {
        try database.execute(graphScript)
    } catch {
        fatalError("the fuzzing graph could not be built: \(error)")
    }
    database.limits = fuzzLimits
    let server = JSONLinesServer(database: database, maximumResponseBytes: 1 << 20)
    for line in lines.prefix(8) {
        var request = ServeRequest(line: Array(line))
        if case .query(let text, let parameters, _) = request.action {
            request.action = .query(text, parameters: parameters, limits: fuzzLimits)
        }
        let response = server.answer(request)
        guard case .map(let members)? = try? JSONValueDecoder().decode(response), members["ok"] != nil else {
            fatalError("the response is not a JSON object with \"ok\": \(response)")
        }
    }

    var stream = StatementStream(maximumStatementBytes: 1 << 12)
    for (index, line) in lines.enumerated() {
        let withBreak = index < lines.count - 1 ? Array(line) + [0x0A] : Array(line)
        let isUTF8 = String(validating: withBreak, as: UTF8.self) != nil
        do {
            for statement in try stream.append(withBreak) {
                let again = StatementSplitter.split(statement.text).statements
                guard again.count == 1, again[0].text == statement.text else {
                    fatalError("the statement \(statement.text.debugDescription) splits into \(again.map(\.text))")
                }
            }
            guard isUTF8 else { fatalError("a line that is not UTF-8 was taken: \(withBreak)") }
        } catch let error as TrellisError {
            if error.code == UTF8Text.invalidCode {
                guard !isUTF8, let offset = UTF8Text.firstInvalidOffset(in: withBreak),
                      String(validating: withBreak.prefix(offset), as: UTF8.self) != nil else {
                    fatalError("a UTF-8 line was refused, or at the wrong byte: \(withBreak), \(error)")
                }
            } else if error.code != "StatementTooLong" {
                fatalError("unexpected error from the statement stream: \(error)")
            }
            break
        } catch {
            fatalError("unexpected error from the statement stream: \(error)")
        }
    }
    _ = stream.finish()
    return 0
}
